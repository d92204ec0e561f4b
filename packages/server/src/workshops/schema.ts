import { boolean, date, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organisations } from '../organisations/schema';
import { actions, plans } from '../plans/schema';
import { users } from '../auth/schema';
import type { AbsorbedFields, WorkshopParticipant } from '@trajectoire/domain';

export const workshops = pgTable(
  'workshops',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    planId: uuid('plan_id').notNull().references(() => plans.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }),
    theme: text('theme').notNull(),
    description: text('description').notNull().default(''),
    participants: jsonb('participants').$type<WorkshopParticipant[]>().notNull().default(sql`'[]'::jsonb`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('workshops_plan_idx').on(t.planId)],
);

export const proposals = pgTable(
  'proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    workshopId: uuid('workshop_id').notNull().references(() => workshops.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    objectives: text('objectives').notNull().default(''),
    pilotText: text('pilot_text').notNull().default(''),
    leversText: text('levers_text').notNull().default(''),
    partnersText: text('partners_text').notNull().default(''),
    copLevers: text('cop_levers').array().notNull().default(sql`'{}'::text[]`),
    contributorName: text('contributor_name').notNull().default(''),
    contributorOrganisation: text('contributor_organisation').notNull().default(''),
    status: text('status').notNull().default('pending'), // pending | retained | merged | set_aside
    decisionId: uuid('decision_id').references((): AnyPgColumn => proposalDecisions.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('proposals_workshop_idx').on(t.workshopId), index('proposals_decision_idx').on(t.decisionId)],
);

/** A facilitator's triage decision over one or more proposals. */
export const proposalDecisions = pgTable(
  'proposal_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull().references(() => organisations.id, { onDelete: 'cascade' }),
    workshopId: uuid('workshop_id').notNull().references(() => workshops.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(), // retain | merge | set_aside
    actionId: uuid('action_id').references(() => actions.id, { onDelete: 'set null' }),
    /** Whether the decision created the action (retain, merge) or changed an existing one (merge into a target). */
    createdAction: boolean('created_action').notNull().default(false),
    /** The action's version right after the decision: undo is allowed only while it is unchanged. */
    actionVersionAfter: integer('action_version_after'),
    /** Fields of a target action before proposals were merged into it, restored by undo. */
    actionBefore: jsonb('action_before').$type<AbsorbedFields>(),
    reason: text('reason').notNull().default(''),
    decidedBy: uuid('decided_by').references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('proposal_decisions_workshop_idx').on(t.workshopId), index('proposal_decisions_action_idx').on(t.actionId)],
);

/** Which proposals an action came from (kept when proposals are merged). */
export const actionSources = pgTable(
  'action_sources',
  {
    actionId: uuid('action_id').notNull().references(() => actions.id, { onDelete: 'cascade' }),
    proposalId: uuid('proposal_id').notNull().references(() => proposals.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.actionId, t.proposalId] }), index('action_sources_proposal_idx').on(t.proposalId)],
);
