import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { decodeCursor, encodeCursor } from '../http/pagination';
import { heatLayers, heatStudies } from './schema';

type Table = typeof heatLayers | typeof heatStudies;

/** Newest first, keyset on (createdAt, id). */
export async function listPage<T extends Table>(db: Db, table: T, organisationId: string, cursor: string | undefined, limit: number) {
  const key = decodeCursor(cursor, 2) as [string, string] | null;
  const after = key ? sql`(${table.createdAt}, ${table.id}) < (${new Date(key[0]).toISOString()}::timestamptz, ${key[1]}::uuid)` : undefined;
  const rows = (await db
    .select()
    .from(table as typeof heatLayers)
    .where(and(eq(table.organisationId, organisationId), after))
    .orderBy(desc(table.createdAt), desc(table.id))
    .limit(limit + 1)) as unknown as T['$inferSelect'][];
  const more = rows.length > limit;
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: more && last ? encodeCursor([last.createdAt.toISOString(), last.id]) : null };
}
