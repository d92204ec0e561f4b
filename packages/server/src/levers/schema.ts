import { pgTable, primaryKey, text, integer, timestamp } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/** Versioned reference sets of the COP levers, with their source. */
export const leverSets = pgTable('lever_sets', {
  version: text('version').primaryKey(),
  source: text('source').notNull(),
  sourceUrl: text('source_url'),
  loadedAt: timestamp('loaded_at', { withTimezone: true }).notNull().defaultNow(),
});

export const copLevers = pgTable(
  'cop_levers',
  {
    setVersion: text('set_version').notNull().references(() => leverSets.version, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    sector: text('sector').notNull(),
    labelFr: text('label_fr').notNull(),
    dimensions: text('dimensions').array().notNull().default(sql`'{}'::text[]`),
    position: integer('position').notNull(),
  },
  (t) => [primaryKey({ columns: [t.setVersion, t.code] })],
);
