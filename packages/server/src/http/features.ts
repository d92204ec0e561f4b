import type { App } from './context';
import { registerHealth } from './health';
import { registerAuth } from '../auth/routes';
import { registerOrganisations } from '../organisations/routes';
import { registerTerritories } from '../territories/routes';
import { registerAudit } from '../audit/routes';
import { registerPlans } from '../plans/routes';
import { registerLevers } from '../levers/routes';
import { registerWorkshops } from '../workshops/routes';
import { registerImports } from '../imports/routes';
import { registerExports } from '../exports/routes';
import { registerIndicators } from '../indicators/routes';
import { registerHeat } from '../heat/routes';
import { registerPublication } from '../publication/routes';

/** Each feature folder exposes one register function; order does not matter. */
export const features: Array<(app: App) => void> = [
  registerHealth,
  registerAuth,
  registerOrganisations,
  registerTerritories,
  registerAudit,
  registerWorkshops,
  registerPlans,
  registerLevers,
  registerImports,
  registerExports,
  registerIndicators,
  registerHeat,
  registerPublication,
];
