import type { App } from '../http/context';

export function registerOrganisations(_app: App) {}
