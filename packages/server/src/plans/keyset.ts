import { and, or, sql, type SQL } from 'drizzle-orm';
import { badRequest } from '../http/problem';
import { decodeCursor, encodeCursor } from '../http/pagination';

/**
 * One column of a keyset ordering. Cursor values travel as PostgreSQL's own text form of `expr` and are cast back
 * with `type`, so timestamps keep their microseconds (a JS Date would round them and skip or repeat rows).
 */
export interface SortKey {
  expr: SQL;
  type: 'text' | 'integer' | 'date' | 'timestamptz' | 'uuid';
  desc?: boolean;
}

const FORMATS: Record<SortKey['type'], RegExp> = {
  text: /^[\s\S]{0,2000}$/,
  integer: /^-?\d{1,10}$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  timestamptz: /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:\d{2})?|Z)?$/,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
};

/** Selection of the keys as text, to build the next cursor from the last row. */
export function keyColumns(keys: SortKey[]): Record<string, SQL<string>> {
  return Object.fromEntries(keys.map((k, i) => [`k${i}`, sql<string>`(${k.expr})::text`]));
}

export const orderBy = (keys: SortKey[]): SQL[] => keys.map((k) => (k.desc ? sql`${k.expr} desc` : sql`${k.expr} asc`));

/** Rows strictly after the cursor: (k0 > v0) or (k0 = v0 and k1 > v1) or …, with < for descending keys. */
export function afterCursor(keys: SortKey[], cursor: string | undefined): SQL | undefined {
  const values = decodeCursor(cursor, keys.length);
  if (!values) return undefined;
  values.forEach((v, i) => {
    if (typeof v !== 'string' || !FORMATS[keys[i].type].test(v)) throw badRequest('invalid_cursor', 'Curseur de pagination invalide.');
  });
  const typed = keys.map((k, i) => sql`cast(${values[i]} as ${sql.raw(k.type)})`);
  const branches = keys.map((k, i) =>
    and(...keys.slice(0, i).map((p, j) => sql`${p.expr} = ${typed[j]}`), k.desc ? sql`${k.expr} < ${typed[i]}` : sql`${k.expr} > ${typed[i]}`),
  );
  return or(...branches);
}

/** Cuts the extra row fetched to know whether another page exists, and encodes the cursor of the last kept row. */
export function pageFrom<T extends Record<string, unknown>>(rows: T[], keys: SortKey[], limit: number) {
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  const nextCursor = rows.length > limit && last ? encodeCursor(keys.map((_, i) => last[`k${i}`])) : null;
  return { items, nextCursor };
}
