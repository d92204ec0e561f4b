import type { App } from '../http/context';
import { registerWorkshopRoutes } from './workshop-routes';
import { registerProposalRoutes } from './proposal-routes';
import { registerTriageRoutes } from './triage-routes';

/** Workshops of a plan, their proposals, the triage that turns proposals into actions, and action provenance. */
export function registerWorkshops(app: App) {
  registerWorkshopRoutes(app);
  registerProposalRoutes(app);
  registerTriageRoutes(app);
}
