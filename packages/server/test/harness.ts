import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../src/db/client';
import { loadConfig } from '../src/config';
import { createApp } from '../src/http/app';
import type { App } from '../src/http/context';
import { withDatabase, type TemplateDescriptor } from './template';

/** A fresh database copied from the shared template: PGlite in-process, or a new PostgreSQL database. */
export async function openTestDatabase(): Promise<Database> {
  const t = JSON.parse(inject('dbTemplate')) as TemplateDescriptor;
  if (t.kind === 'pglite') {
    const dump = await readFile(t.dumpPath!);
    return openDatabase({ dataDir: 'memory://', loadDataDir: new Blob([dump]) });
  }
  const name = `${t.templateName}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: t.adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${t.templateName}`);
  await admin.end();
  const database = await openDatabase({ url: withDatabase(t.adminUrl!, name) });
  const close = database.close;
  return {
    ...database,
    close: async () => {
      await close();
      const a = new pg.Client({ connectionString: t.adminUrl });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

export interface TestContext {
  database: Database;
  app: App;
  close(): Promise<void>;
}

export async function createTestContext(): Promise<TestContext> {
  const database = await openTestDatabase();
  const config = { ...loadConfig({}), demo: false };
  const app = createApp(database, config);
  return { database, app, close: () => database.close() };
}
