import { date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/schema';
import { territories } from '../territories/schema';

/** Where a value comes from. organisationId null marks a shared (public) source visible to every tenant. */
export const indicatorSources = pgTable(
  'indicator_sources',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').references(() => organisations.id, { onDelete: 'cascade' }),
    producer: text('producer').notNull(),
    dataset: text('dataset').notNull().default(''),
    method: text('method').notNull().default(''),
    versionDate: date('version_date', { mode: 'string' }),
    licence: text('licence').notNull().default(''),
    url: text('url'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('indicator_sources_org_idx').on(t.organisationId)],
);

/** One yearly value of a catalogue indicator, in the catalogue unit; the importing organisation is the tenant. */
export const indicatorValues = pgTable(
  'indicator_values',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    territoryId: text('territory_id').notNull().references(() => territories.id),
    indicatorCode: text('indicator_code').notNull(),
    year: integer('year').notNull(),
    kind: text('kind').notNull(), // observed | target | estimate
    value: numeric('value').notNull(),
    sourceId: uuid('source_id').notNull().references(() => indicatorSources.id, { onDelete: 'cascade' }),
    comment: text('comment').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('indicator_values_uq').on(t.territoryId, t.indicatorCode, t.year, t.kind, t.sourceId),
    index('indicator_values_org_idx').on(t.organisationId, t.territoryId, t.indicatorCode),
  ],
);

export const indicatorPreferences = pgTable(
  'indicator_preferences',
  {
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    territoryId: text('territory_id').notNull().references(() => territories.id),
    indicatorCode: text('indicator_code').notNull(),
    preferredSourceId: uuid('preferred_source_id').notNull().references(() => indicatorSources.id, { onDelete: 'cascade' }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('indicator_preferences_uq').on(t.organisationId, t.territoryId, t.indicatorCode)],
);

export interface ObjectiveMilestone {
  year: number;
  mode: 'percent' | 'absolute';
  value: number;
}

export const objectives = pgTable(
  'objectives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    territoryId: text('territory_id').notNull().references(() => territories.id),
    indicatorCode: text('indicator_code').notNull(),
    referenceYear: integer('reference_year').notNull(),
    referenceValue: numeric('reference_value'),
    milestones: jsonb('milestones').$type<ObjectiveMilestone[]>().notNull(),
    interpolation: text('interpolation').notNull().default('linear'), // linear | constant-rate
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('objectives_uq').on(t.organisationId, t.territoryId, t.indicatorCode)],
);
