// Test-only helpers shared by the plans and levers test files (not imported by application code).
import { insertAction } from './action-store';
import { actionFieldsSchema, type ActionFields } from '@trajectoire/domain';
import type { TestContext } from '../../test/harness';
import { call, seedOrganisation, seedUser } from '../../test/fixtures';
import { plans } from './schema';

export type Who = { headers: Record<string, string>; user?: { id: string } };
export const anonymous: Who = { headers: {} };

/** One organisation with a member of each role, and an admin of another organisation. */
export async function seedTenant(t: TestContext) {
  const db = t.database.db;
  const org = await seedOrganisation(db);
  const otherOrg = await seedOrganisation(db);
  const [admin, editor, restricted, reader, outsider] = await Promise.all([
    seedUser(db, org.id, 'admin'),
    seedUser(db, org.id, 'editor'),
    seedUser(db, org.id, 'editor', { pilotedOnly: true }),
    seedUser(db, org.id, 'reader'),
    seedUser(db, otherOrg.id, 'admin'),
  ]);
  return { org, otherOrg, admin, editor, restricted, reader, outsider };
}

export const api = (t: TestContext) => ({
  get: (path: string, who: Who) => call(t.app, 'GET', path, who.headers),
  post: (path: string, who: Who, body: unknown = {}) => call(t.app, 'POST', path, who.headers, body),
  patch: (path: string, who: Who, body: unknown) => call(t.app, 'PATCH', path, who.headers, body),
  del: (path: string, who: Who) => call(t.app, 'DELETE', path, who.headers),
});

export async function seedPlan(t: TestContext, organisationId: string, title = 'PCAET 2025-2030') {
  const [plan] = await t.database.db.insert(plans).values({ organisationId, type: 'pcaet', title }).returning();
  return plan;
}

/** Inserts an action straight through the store (fast fixtures for list and matrix tests). */
export async function seedAction(t: TestContext, plan: { id: string; organisationId: string }, fields: Partial<ActionFields> & { title: string }) {
  return insertAction(t.database.db, {
    organisationId: plan.organisationId,
    planId: plan.id,
    createdBy: null,
    fields: actionFieldsSchema.parse(fields),
  });
}
