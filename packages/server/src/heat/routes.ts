import type { App } from '../http/context';
import { registerHeatLayers } from './layers-routes';
import { registerHeatStudies } from './studies-routes';
import { registerHeatLink } from './link-route';

/** Waste-heat (chaleur fatale) studies: source/sink layers, engine runs, exports, links to plan actions. */
export function registerHeat(app: App) {
  registerHeatLayers(app);
  registerHeatStudies(app);
  registerHeatLink(app);
}
