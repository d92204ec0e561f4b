import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { Database } from './client';

export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../drizzle');

/** Applies the generated SQL migrations; idempotent, run at every start. */
export async function migrate(database: Database): Promise<void> {
  if (database.driver === 'pglite') await migratePglite(database.db, { migrationsFolder });
  else await migratePg(database.db as never, { migrationsFolder });
}
