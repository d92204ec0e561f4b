import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** PostgreSQL connection string; when absent the embedded PGlite database is used. */
  databaseUrl?: string;
  /** Directory of the embedded database (PGlite); ignored with databaseUrl. */
  dataDir: string;
  /** Directory of administrative outlines (GeoJSON); optional. */
  geoDir?: string;
  /** Directory of the built web app; served at / when present. */
  webDir?: string;
  /** Load the demo dataset on first start. */
  demo: boolean;
  /** Secure cookies (HTTPS deployments). */
  secureCookies: boolean;
  sessionTtlHours: number;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be an integer port, got ${env.PORT}`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: path.resolve(cwd, env.TRAJECTOIRE_DATA_DIR ?? '.data'),
    geoDir: env.TRAJECTOIRE_GEO_DIR ? path.resolve(cwd, env.TRAJECTOIRE_GEO_DIR) : undefined,
    webDir: env.TRAJECTOIRE_WEB_DIR ? path.resolve(cwd, env.TRAJECTOIRE_WEB_DIR) : undefined,
    demo: env.TRAJECTOIRE_DEMO !== '0',
    secureCookies: env.TRAJECTOIRE_SECURE_COOKIES === '1',
    sessionTtlHours: Number(env.TRAJECTOIRE_SESSION_TTL_HOURS ?? 12),
  };
}
