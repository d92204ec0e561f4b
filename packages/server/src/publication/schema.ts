import { index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organisations } from '../organisations/schema';
import { plans } from '../plans/schema';
import { territories } from '../territories/schema';
import { users } from '../auth/schema';

/**
 * What an organisation has opened to the public (no login). A row exists iff the target is published, so every
 * public query joins on this table and nothing unpublished can be reached by id.
 */
export const publications = pgTable(
  'publications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(), // plan | indicator
    planId: uuid('plan_id').references(() => plans.id, { onDelete: 'cascade' }),
    indicatorCode: text('indicator_code'),
    territoryId: text('territory_id').references(() => territories.id),
    licence: text('licence').notNull().default('etalab-2.0'),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    publishedBy: uuid('published_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    // Partial unique indexes: one publication per target (NULLs would otherwise never collide).
    uniqueIndex('publications_plan_uq').on(t.planId).where(sql`${t.kind} = 'plan'`),
    uniqueIndex('publications_indicator_uq').on(t.organisationId, t.territoryId, t.indicatorCode).where(sql`${t.kind} = 'indicator'`),
    index('publications_org_idx').on(t.organisationId),
    index('publications_territory_idx').on(t.territoryId),
  ],
);
