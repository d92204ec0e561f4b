import { lazy, type ComponentType, type ReactNode } from 'react';
import { route, type RouteDef } from '../router';
import { RequireAuth } from '../features/auth/RequireAuth';
import { LoginPage } from '../features/auth/LoginPage';
import { TokensPage } from '../features/auth/TokensPage';
import { TerritorySearchPage } from '../features/territories/TerritorySearchPage';
import { TerritoryPage } from '../features/territories/TerritoryPage';
// Pages behind login load on demand so that the login page and public pages stay light.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function page<M extends Record<K, ComponentType<any>>, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(async () => ({ default: (await load())[name] }));
}
const OrganisationPage = page(() => import('../features/organisations/OrganisationPage'), 'OrganisationPage');
const MembersPage = page(() => import('../features/organisations/MembersPage'), 'MembersPage');
const InvitationPage = page(() => import('../features/organisations/InvitationPage'), 'InvitationPage');
const PlanPage = page(() => import('../features/plans/PlanPage'), 'PlanPage');
const ActionPage = page(() => import('../features/actions/ActionPage'), 'ActionPage');
const ActionCreatePage = page(() => import('../features/actions/ActionEditorPage'), 'ActionCreatePage');
const ActionEditPage = page(() => import('../features/actions/ActionEditorPage'), 'ActionEditPage');
const WorkshopBoard = page(() => import('../features/workshops/WorkshopBoard'), 'WorkshopBoard');
const ImportPage = page(() => import('../features/imports/ImportPage'), 'ImportPage');
const LeverMatrixPage = page(() => import('../features/levers/LeverMatrixPage'), 'LeverMatrixPage');
const DashboardPage = page(() => import('../features/indicators/DashboardPage'), 'DashboardPage');
const IndicatorPage = page(() => import('../features/indicators/IndicatorPage'), 'IndicatorPage');
const ValueImportPage = page(() => import('../features/indicators/ValueImportPage'), 'ValueImportPage');
const CoveragePage = page(() => import('../features/indicators/CoveragePage'), 'CoveragePage');
import { HomePage } from './HomePage';

const auth = (page: ReactNode) => <RequireAuth>{page}</RequireAuth>;

/** Every page of the app; the first matching pattern wins. */
export const routes: RouteDef[] = [
  route('/', () => <HomePage />),
  route('/connexion', () => <LoginPage />),
  route('/invitation/:token', ({ token }) => <InvitationPage token={token} />),
  route('/compte/jetons', () => auth(<TokensPage />)),
  route('/territoires', () => <TerritorySearchPage />),
  route('/territoires/:id', ({ id }) => <TerritoryPage id={id} />),
  route('/organisations/:id', ({ id }) => auth(<OrganisationPage id={id} />)),
  route('/organisations/:id/membres', ({ id }) => auth(<MembersPage id={id} />)),
  route('/organisations/:id/tableau-de-bord', ({ id }) => auth(<DashboardPage id={id} />)),
  route('/organisations/:id/indicateurs/import', ({ id }) => auth(<ValueImportPage id={id} />)),
  route('/organisations/:orgId/indicateurs/:territoryId/:code', ({ orgId, territoryId, code }) =>
    auth(<IndicatorPage orgId={orgId} territoryId={territoryId} code={code} />),
  ),
  route('/plans/:id', ({ id }) => auth(<PlanPage id={id} />)),
  route('/plans/:id/actions/nouvelle', ({ id }) => auth(<ActionCreatePage planId={id} />)),
  route('/plans/:id/import', ({ id }) => auth(<ImportPage planId={id} />)),
  route('/plans/:id/leviers', ({ id }) => auth(<LeverMatrixPage planId={id} />)),
  route('/plans/:id/leviers/couverture', ({ id }) => auth(<CoveragePage planId={id} />)),
  route('/actions/:id', ({ id }) => auth(<ActionPage id={id} />)),
  route('/actions/:id/modifier', ({ id }) => auth(<ActionEditPage id={id} />)),
  route('/ateliers/:id', ({ id }) => auth(<WorkshopBoard id={id} />)),
];
