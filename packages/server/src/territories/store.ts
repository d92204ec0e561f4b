import { and, asc, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import { normaliseSearch, type TerritoryKind } from '@trajectoire/domain';
import type { Db, Tx } from '../db/client';
import { territories, territoryMembers } from './schema';

type Row = typeof territories.$inferSelect;

/** A COG code (2A004, 75), SIREN (200054781) or postcode (75001), spaces removed; null for anything else. */
export function codeLike(q: string): string | null {
  const s = q.replace(/\s+/g, '').toUpperCase();
  return s.length <= 14 && /^(\d|2[AB])[\dAB]*$/.test(s) ? s : null;
}

/**
 * Search by name, code, SIREN or postcode. Ranking: exact code/SIREN/postcode, exact name, name prefix, then trigram
 * similarity; ties by population. Every branch of the filter is served by an index (btree code/siren, GIN postcodes,
 * GIN trigram for LIKE 'x%', `%` and `<%`), so the planner combines bitmap index scans instead of scanning the table
 * (provided the table was vacuumed and analysed after loading: see loadTerritories).
 */
export function searchQuery(db: Db | Tx, opts: { q?: string; kind?: TerritoryKind; limit: number }) {
  const t = territories;
  const raw = opts.q?.trim() ?? '';
  const name = normaliseSearch(raw);
  const code = codeLike(raw);
  const kindFilter = opts.kind ? eq(t.kind, opts.kind) : undefined;
  if (!name && !code) {
    // No query lists the most populated; a query of punctuation only matches nothing.
    return db
      .select()
      .from(t)
      .where(and(kindFilter, raw ? sql`false` : undefined))
      .orderBy(desc(t.population), asc(t.id))
      .limit(opts.limit);
  }
  const exact = code ? or(eq(t.code, code), eq(t.siren, code), sql`${t.postcodes} @> ARRAY[${code}]::text[]`)! : sql`false`;
  const prefix = name ? sql`${t.searchName} LIKE ${`${name}%`}` : sql`false`;
  const fuzzy = name ? [sql`${t.searchName} % ${name}`, sql`${name} <% ${t.searchName}`] : [];
  const bucket = sql`CASE WHEN ${exact} THEN 0 WHEN ${t.searchName} = ${name} THEN 1 WHEN ${prefix} THEN 2 ELSE 3 END`;
  // Similar names: word_similarity finds "poitier" inside "cu du grand poitiers" (plain similarity is diluted by
  // the other words); adding similarity then prefers the closest whole name ("marseille" over "métropole d'aix-marseille").
  const score = name ? sql`word_similarity(${name}, ${t.searchName}) + similarity(${t.searchName}, ${name})` : sql`0`;
  return db
    .select()
    .from(t)
    .where(and(kindFilter, or(exact, prefix, ...fuzzy)))
    .orderBy(bucket, sql`CASE WHEN ${bucket} = 3 THEN ${score} END DESC NULLS LAST`, sql`${t.population} DESC NULLS LAST`, asc(t.id))
    .limit(opts.limit);
}

export const searchTerritories = async (db: Db | Tx, opts: Parameters<typeof searchQuery>[1]): Promise<Row[]> =>
  searchQuery(db, opts);

export async function getTerritory(db: Db | Tx, id: string): Promise<Row | null> {
  const [row] = await db.select().from(territories).where(eq(territories.id, id));
  return row ?? null;
}

const refColumns = { id: territories.id, kind: territories.kind, code: territories.code, name: territories.name };

/** EPCI(s), département and région of a territory, with names. */
export async function territoryParents(db: Db | Tx, row: Row) {
  const epcis =
    row.kind === 'commune'
      ? await db
          .select(refColumns)
          .from(territoryMembers)
          .innerJoin(territories, eq(territories.id, territoryMembers.parentId))
          .where(eq(territoryMembers.childId, row.id))
          .orderBy(asc(territories.name))
      : [];
  const ids = [
    row.kind !== 'departement' && row.departementCode ? `departement:${row.departementCode}` : null,
    row.kind !== 'region' && row.regionCode ? `region:${row.regionCode}` : null,
  ].filter((x): x is string => x !== null);
  const areas = ids.length ? await db.select(refColumns).from(territories).where(inArray(territories.id, ids)) : [];
  return {
    epcis,
    departement: areas.find((a) => a.kind === 'departement') ?? null,
    region: areas.find((a) => a.kind === 'region') ?? null,
  };
}

/** The filter selecting a territory's children: EPCI members, a département's communes, a région's départements. */
export function childrenFilter(row: Row): SQL | null {
  const t = territories;
  switch (row.kind) {
    case 'epci':
      return inArray(
        t.id,
        sql`(SELECT ${territoryMembers.childId} FROM ${territoryMembers} WHERE ${territoryMembers.parentId} = ${row.id})`,
      );
    case 'departement':
      return and(eq(t.kind, 'commune'), eq(t.departementCode, row.code))!;
    case 'region':
      return and(eq(t.kind, 'departement'), eq(t.regionCode, row.code))!;
    default:
      return null;
  }
}

export async function countChildren(db: Db | Tx, row: Row): Promise<number> {
  const filter = childrenFilter(row);
  if (!filter) return 0;
  const [{ n }] = await db.select({ n: count() }).from(territories).where(filter);
  return Number(n);
}

/** Children sorted by population desc then id; the cursor is the last row's [population or -1, id]. */
export async function listChildren(db: Db | Tx, row: Row, after: [number, string] | null, limit: number): Promise<Row[]> {
  const filter = childrenFilter(row);
  if (!filter) return [];
  const pop = sql`coalesce(${territories.population}, -1)`;
  const keyset = after ? sql`(${pop} < ${after[0]} OR (${pop} = ${after[0]} AND ${territories.id} > ${after[1]}))` : undefined;
  return db
    .select()
    .from(territories)
    .where(and(filter, keyset))
    .orderBy(sql`${pop} DESC`, asc(territories.id))
    .limit(limit);
}
