import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { PGlite } from '@electric-sql/pglite';
import { openDatabase } from '../src/db/client';
import { migrate } from '../src/db/migrate';
import { loadReferenceData } from '../src/reference';

export interface TemplateDescriptor {
  kind: 'pglite' | 'postgres';
  /** pglite: path of the gzip dump; postgres: URL of the admin database + template name. */
  dumpPath?: string;
  adminUrl?: string;
  templateName?: string;
}

export async function buildTemplate(postgresUrl?: string) {
  if (postgresUrl) {
    const templateName = `trj_tpl_${process.pid}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${templateName}`);
    await admin.query(`CREATE DATABASE ${templateName}`);
    await admin.end();
    const database = await openDatabase({ url: withDatabase(postgresUrl, templateName) });
    await migrate(database);
    await loadReferenceData(database.db);
    await database.close();
    const descriptor: TemplateDescriptor = { kind: 'postgres', adminUrl: postgresUrl, templateName };
    return {
      descriptor: JSON.stringify(descriptor),
      teardown: async () => {
        const a = new pg.Client({ connectionString: postgresUrl });
        await a.connect();
        const { rows } = await a.query(`SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname = $2`, [`${templateName}\\_%`, templateName]);
        for (const r of rows) await a.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
        await a.end();
      },
    };
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'trj-template-'));
  const database = await openDatabase({ dataDir: 'memory://' });
  await migrate(database);
  await loadReferenceData(database.db);
  // The drizzle client wraps the PGlite instance; dump it through its $client handle.
  const client = (database.db as unknown as { $client: PGlite }).$client;
  const dump = await client.dumpDataDir('gzip');
  const dumpPath = path.join(dir, 'template.tar.gz');
  await writeFile(dumpPath, Buffer.from(await dump.arrayBuffer()));
  await database.close();
  return {
    descriptor: JSON.stringify({ kind: 'pglite', dumpPath } satisfies TemplateDescriptor),
    teardown: () => rm(dir, { recursive: true, force: true }),
  };
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}
