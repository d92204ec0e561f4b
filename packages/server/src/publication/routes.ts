import type { App } from '../http/context';
import { registerPublicationManagement } from './manage-routes';
import { registerPublicReads } from './public-routes';
import { registerOpenData } from './download-routes';
import { registerCatalog } from './catalog-route';

export function registerPublication(app: App) {
  registerPublicationManagement(app);
  registerPublicReads(app);
  registerOpenData(app);
  registerCatalog(app);
}
