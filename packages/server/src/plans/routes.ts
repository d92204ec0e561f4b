import type { App } from '../http/context';
import { registerPlanRoutes } from './plans-routes';
import { registerAxisRoutes } from './axes-routes';
import { registerActionRoutes } from './actions-routes';
import { registerActionListRoute } from './actions-list-route';
import { registerActionMove } from './action-move';
import { registerViewRoutes } from './views-routes';

/** Plans, their axis trees, actions and per-user saved views of the action list. */
export function registerPlans(app: App) {
  registerPlanRoutes(app);
  registerAxisRoutes(app);
  registerActionListRoute(app);
  registerActionRoutes(app);
  registerActionMove(app);
  registerViewRoutes(app);
}
