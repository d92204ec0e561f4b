import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db, Tx } from './client';
import { conflict, notFound } from '../http/problem';

type VersionedTable = PgTable & { id: PgColumn; version: PgColumn };

/**
 * Optimistic concurrency: updates the row only if its version is the one the client read, and bumps it.
 * A stale version answers 409 with the current version; a missing row (or one outside `scope`) 404.
 */
export async function updateVersioned<T extends VersionedTable>(
  tx: Db | Tx,
  table: T,
  id: string,
  expectedVersion: number,
  values: Record<string, unknown>,
  scope?: SQL,
): Promise<T['$inferSelect']> {
  const where = and(eq(table.id, id), scope);
  const setValues: Record<string, unknown> = { ...values, version: sql`${table.version} + 1` };
  if ('updatedAt' in table) setValues.updatedAt = new Date();
  const rows = (await tx
    .update(table)
    .set(setValues as never)
    .where(and(where, eq(table.version, expectedVersion)))
    .returning()) as unknown as T['$inferSelect'][];
  if (rows.length) return rows[0] as T['$inferSelect'];
  const [current] = await tx.select({ version: table.version }).from(table as PgTable).where(where);
  if (!current) throw notFound();
  throw conflict(current.version as number);
}
