import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { openDatabase, type Database } from './db/client';
import { migrate } from './db/migrate';
import { loadConfig, type Config } from './config';
import { createApp } from './http/app';
import { registerStatic } from './http/static';
import { loadReferenceData } from './reference';
import { loadDemo } from './demo';

export { loadConfig, openDatabase, migrate, createApp, loadReferenceData };
export type { Config, Database };

export const defaultWebDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Opens (and migrates) the configured database, loading reference data and, on a fresh database, the demo. */
export async function prepareDatabase(config: Config, log: (m: string) => void = () => {}): Promise<Database> {
  const database = await openDatabase({ url: config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.dataDir });
  await migrate(database);
  const ref = await loadReferenceData(database.db);
  if (ref.territories !== null) log(`reference data: ${ref.territories} territories loaded`);
  if (config.demo && (await loadDemo(database.db))) log('demo dataset loaded (see README for the demo accounts)');
  return database;
}

export async function startServer(config: Config = loadConfig(), log: (m: string) => void = console.log) {
  const t0 = performance.now();
  const database = await prepareDatabase(config, log);
  const app = createApp(database, config);
  const webDir = config.webDir ?? defaultWebDir;
  if (existsSync(path.join(webDir, 'index.html'))) registerStatic(app, webDir);
  else log(`web app not built (${webDir}); run "npm run build" — the API is served alone`);
  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  log(`Trajectoire listening on http://${config.host}:${port} (${database.driver}, ready in ${Math.round(performance.now() - t0)} ms)`);
  const stop = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await database.close();
  };
  return { port, stop, database };
}
