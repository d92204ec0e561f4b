import type { App } from './context';
import { registerHealth } from './health';
import { registerAuth } from '../auth/routes';
import { registerOrganisations } from '../organisations/routes';

/** Each feature folder exposes one register function; order does not matter. */
export const features: Array<(app: App) => void> = [registerHealth, registerAuth, registerOrganisations];
