import { index, integer, pgTable, primaryKey, text } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/** French territories keyed by `${kind}:${INSEE/SIREN code}` (codes of different kinds collide, e.g. region 11 / dept 11). */
export const territories = pgTable(
  'territories',
  {
    id: text('id').primaryKey(),
    kind: text('kind').notNull(), // commune | epci | departement | region
    code: text('code').notNull(), // COG code (commune, département, région) or SIREN (EPCI)
    name: text('name').notNull(),
    siren: text('siren'),
    epciType: text('epci_type'), // CC | CA | CU | METRO | MET69
    population: integer('population'),
    departementCode: text('departement_code'),
    regionCode: text('region_code'),
    postcodes: text('postcodes').array().notNull().default(sql`'{}'::text[]`),
    /** Lower-case, accent-free name used for search (computed in JS, identical on both drivers). */
    searchName: text('search_name').notNull(),
  },
  (t) => [
    index('territories_code_idx').on(t.code),
    index('territories_siren_idx').on(t.siren),
    index('territories_search_trgm_idx').using('gin', sql`${t.searchName} gin_trgm_ops`),
    index('territories_postcodes_idx').using('gin', t.postcodes),
  ],
);

/** EPCI → member communes (from epci.json membership). */
export const territoryMembers = pgTable(
  'territory_members',
  {
    parentId: text('parent_id').notNull().references(() => territories.id, { onDelete: 'cascade' }),
    childId: text('child_id').notNull().references(() => territories.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.parentId, t.childId] }), index('territory_members_child_idx').on(t.childId)],
);

/** Which reference data versions are loaded (so a restart does not reload them). */
export const referenceVersions = pgTable('reference_versions', {
  name: text('name').primaryKey(),
  version: text('version').notNull(),
  source: text('source').notNull(),
  loadedAt: text('loaded_at').notNull(),
});
