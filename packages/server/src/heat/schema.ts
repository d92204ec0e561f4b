import { doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/schema';
import { territories } from '../territories/schema';
import type { HeatFeature, HeatStudyResult } from './types';

/** An imported set of heat sources or sinks, validated all or nothing and stored in WGS 84. */
export const heatLayers = pgTable(
  'heat_layers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kind: text('kind').notNull(), // sources | sinks
    territoryId: text('territory_id').references(() => territories.id),
    features: jsonb('features').$type<HeatFeature[]>().notNull(),
    /** CRS of the file as read (declared or detected); features are always stored in EPSG:4326. */
    crs: text('crs').notNull(),
    crsDetected: text('crs_detected').notNull(), // declared | detected
    fileName: text('file_name').notNull().default(''),
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('heat_layers_org_idx').on(t.organisationId, t.createdAt)],
);

/** A source layer × sink layer matching study; `result` is the last engine run (null until run). */
export const heatStudies = pgTable(
  'heat_studies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    // 'no action' (checked at statement end) rather than restrict, so that deleting an organisation cascades through both tables.
    sourceLayerId: uuid('source_layer_id').notNull().references(() => heatLayers.id, { onDelete: 'no action' }),
    sinkLayerId: uuid('sink_layer_id').notNull().references(() => heatLayers.id, { onDelete: 'no action' }),
    params: jsonb('params').$type<Record<string, unknown>>().notNull(),
    potentialMode: text('potential_mode').notNull().default('mean'), // min | mean | max
    objectiveMwh: doublePrecision('objective_mwh'),
    status: text('status').notNull().default('draft'), // draft | computed | stale
    result: jsonb('result').$type<HeatStudyResult>(),
    computedAt: timestamp('computed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('heat_studies_org_idx').on(t.organisationId, t.createdAt)],
);
