import { sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../db/client';

/**
 * Sets position = index for the given ids in one statement, touching only rows whose position changes. Versions of
 * renumbered neighbours are not bumped: their content did not change, and a bump would make concurrent edits of
 * unrelated fields fail.
 */
export async function renumber(tx: Db | Tx, table: PgTable & { id: PgColumn; position: PgColumn }, orderedIds: string[]) {
  if (!orderedIds.length) return;
  const rows = orderedIds.map((id, i) => sql`(${id}::uuid, ${i}::int)`);
  await tx.execute(
    sql`update ${table} set position = v.pos from (values ${sql.join(rows, sql`, `)}) as v(id, pos)
        where ${table.id} = v.id and ${table.position} <> v.pos`,
  );
}
