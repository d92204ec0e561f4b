import { date, index, integer, jsonb, numeric, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organisations } from '../organisations/schema';
import { users } from '../auth/schema';
import type { ActionBudgetLine, ActionFunder, ActionLink, ActionPartner, ActionPilot } from '@trajectoire/domain';

export const plans = pgTable(
  'plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    type: text('type').notNull(), // PlanType
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    startYear: integer('start_year'),
    endYear: integer('end_year'),
    status: text('status').notNull().default('draft'), // draft | adopted | archived
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('plans_org_idx').on(t.organisationId)],
);

/** A plan's tree of axes (any depth); a plan has no root axis, top-level axes have parentId null. */
export const axes = pgTable(
  'axes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id').notNull().references(() => plans.id, { onDelete: 'cascade' }),
    parentId: uuid('parent_id'),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    position: integer('position').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('axes_plan_idx').on(t.planId)],
);

export const actions = pgTable(
  'actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Tenant of the action, denormalised from the plan so that isolation filters are one predicate. */
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id').notNull().references(() => plans.id, { onDelete: 'cascade' }),
    axisId: uuid('axis_id').references(() => axes.id, { onDelete: 'set null' }),
    /** Sub-actions: one level only (enforced by the domain rules). */
    parentId: uuid('parent_id'),
    ref: text('ref'),
    position: integer('position').notNull().default(0),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    objectives: text('objectives').notNull().default(''),
    status: text('status').notNull().default('idea'),
    priority: text('priority'),
    startDate: date('start_date', { mode: 'string' }),
    endDate: date('end_date', { mode: 'string' }),
    pilots: jsonb('pilots').$type<ActionPilot[]>().notNull().default(sql`'[]'::jsonb`),
    ownerOrganisationId: uuid('owner_organisation_id').references(() => organisations.id, { onDelete: 'set null' }),
    ownerName: text('owner_name'),
    partners: jsonb('partners').$type<ActionPartner[]>().notNull().default(sql`'[]'::jsonb`),
    funders: jsonb('funders').$type<ActionFunder[]>().notNull().default(sql`'[]'::jsonb`),
    porteurLevers: text('porteur_levers').array().notNull().default(sql`'{}'::text[]`),
    copLevers: text('cop_levers').array().notNull().default(sql`'{}'::text[]`),
    impactTco2ePerYear: numeric('impact_tco2e_per_year'),
    impactMwhPerYear: numeric('impact_mwh_per_year'),
    impactNote: text('impact_note').notNull().default(''),
    budgets: jsonb('budgets').$type<ActionBudgetLine[]>().notNull().default(sql`'[]'::jsonb`),
    targetPublics: text('target_publics').array().notNull().default(sql`'{}'::text[]`),
    participationLevel: text('participation_level'),
    notes: text('notes').notNull().default(''),
    links: jsonb('links').$type<ActionLink[]>().notNull().default(sql`'[]'::jsonb`),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('actions_plan_idx').on(t.planId, t.position),
    index('actions_org_idx').on(t.organisationId),
    index('actions_cop_levers_idx').using('gin', t.copLevers),
  ],
);

/** Per-user saved filters of the action list. */
export const savedViews = pgTable(
  'saved_views',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id').notNull().references(() => plans.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    filters: jsonb('filters').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('saved_views_user_plan_idx').on(t.userId, t.planId)],
);
