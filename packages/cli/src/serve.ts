import type { Command } from 'commander';
import { loadConfig, startServer } from '@trajectoire/server';

export function registerServe(program: Command) {
  program
    .command('serve')
    .description('serve the API and the web app (PGlite in TRAJECTOIRE_DATA_DIR, or DATABASE_URL)')
    .option('-p, --port <port>', 'port (default: PORT or 3000)')
    .option('--host <host>', 'host (default: HOST or 127.0.0.1)')
    .option('--no-demo', 'do not load the demo dataset on a fresh database')
    .action(async (opts: { port?: string; host?: string; demo: boolean }) => {
      const config = loadConfig({
        ...process.env,
        ...(opts.port ? { PORT: opts.port } : {}),
        ...(opts.host ? { HOST: opts.host } : {}),
        ...(opts.demo ? {} : { TRAJECTOIRE_DEMO: '0' }),
      });
      const server = await startServer(config);
      const shutdown = async () => {
        await server.stop();
        process.exit(0);
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    });
}
