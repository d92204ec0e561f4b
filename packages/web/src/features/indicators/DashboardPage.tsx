import { can } from '@trajectoire/domain';
import { useResource } from '../../api/use-resource';
import { Link } from '../../router';
import { Async } from '../../ui/AsyncState';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { ButtonLink } from '../../ui/Button';
import { PageHeader } from '../../ui/PageTitle';
import { useActor } from '../auth/session';
import { getOrganisation, type OrganisationDetail } from '../organisations/api';
import { getDashboard, indicatorPath, type Dashboard, type DashboardIndicator } from './api';
import { describeTrend, formatWithUnit } from './format';
import { TrackBadge, TrendLine } from './StatusBadge';
import './indicators.css';

function IndicatorCard({ orgId, territoryId, indicator: i }: { orgId: string; territoryId: string; indicator: DashboardIndicator }) {
  const trend = i.trend ? describeTrend(i.trend, i.unit, i.assessment?.direction ?? 'decrease') : null;
  const target = i.assessment?.target;
  return (
    <li className="card indicator-card">
      <h3>
        <Link href={indicatorPath(orgId, territoryId, i.code)}>{i.labelFr}</Link>
      </h3>
      {i.latest ? (
        <p className="indicator-card__value">
          {formatWithUnit(i.latest.value, i.unit)} <span className="small muted">en {i.latest.year}</span>
        </p>
      ) : (
        <p className="muted">Aucune valeur observée.</p>
      )}
      <dl>
        <dt>Tendance</dt>
        <dd>{trend ? <TrendLine arrow={trend.arrow} text={trend.text} /> : 'Pas assez d’années pour une tendance'}</dd>
        <dt>Objectif</dt>
        <dd>{target ? `${formatWithUnit(target.value, i.unit)} en ${target.year}` : i.objective ? 'Défini, valeur de référence manquante' : 'Aucun'}</dd>
        <dt>Situation</dt>
        <dd><TrackBadge status={i.status} /></dd>
      </dl>
    </li>
  );
}

function EmptyState({ orgId, canImport }: { orgId: string; canImport: boolean }) {
  return (
    <div className="empty stack">
      <p><strong>Aucune valeur n’a encore été importée pour ce territoire.</strong></p>
      <p>
        Importez un fichier CSV ou XLSX au format long : une ligne par territoire, indicateur et année, avec les colonnes
        territoire, indicateur, année, valeur, unité et producteur de la donnée.
      </p>
      {canImport ? (
        <p><ButtonLink variant="primary" href={`/organisations/${orgId}/indicateurs/import`}>Importer des valeurs</ButtonLink></p>
      ) : (
        <p>Un éditeur ou un administrateur de l’organisation peut importer ces valeurs.</p>
      )}
    </div>
  );
}

function DashboardView({ org, dashboard }: { org: OrganisationDetail; dashboard: Dashboard }) {
  const { territoryId } = dashboard;
  const hasValues = dashboard.indicators.some((i) => i.latest);
  const actor = useActor(org.id);
  const canImport = Boolean(actor && can(actor, 'import.run'));
  return (
    <>
      <Breadcrumbs items={[{ label: org.name, href: `/organisations/${org.id}` }, { label: 'Tableau de bord' }]} />
      <PageHeader title="Tableau de bord du territoire" kicker={org.name}>
        {org.territory && <p>Indicateurs clés du diagnostic de {org.territory.name}.</p>}
      </PageHeader>
      {dashboard.issue === 'no_territory' || !territoryId ? (
        <p className="empty">Cette organisation n’est rattachée à aucun territoire : aucun indicateur ne peut être affiché.</p>
      ) : (
        <>
          {!hasValues && <EmptyState orgId={org.id} canImport={canImport} />}
          <section aria-labelledby="key-indicators">
            <div className="spread">
              <h2 id="key-indicators">Indicateurs clés</h2>
              {hasValues && canImport && <ButtonLink small href={`/organisations/${org.id}/indicateurs/import`}>Importer des valeurs</ButtonLink>}
            </div>
            <ul className="card-list">
              {dashboard.indicators.map((i) => <IndicatorCard key={i.code} orgId={org.id} territoryId={territoryId} indicator={i} />)}
            </ul>
          </section>
        </>
      )}
    </>
  );
}

export function DashboardPage({ id }: { id: string }) {
  const org = useResource((signal) => getOrganisation(id, signal), [id]);
  const dashboard = useResource((signal) => getDashboard(id, signal), [id]);
  return <Async resource={org}>{(o) => <Async resource={dashboard}>{(d) => <DashboardView org={o} dashboard={d} />}</Async>}</Async>;
}
