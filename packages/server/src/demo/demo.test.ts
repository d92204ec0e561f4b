import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../test/harness';
import { organisations } from '../organisations/schema';
import { actions, plans } from '../plans/schema';
import { proposals } from '../workshops/schema';
import { verifyPassword } from '../auth/password';
import { findUserByEmail } from '../auth/store';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, loadDemo } from '.';
import { GRAND_PARIS_SDEM_PROPOSALS, GRAND_POITIERS_ACTIONS } from './data';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

describe('demo dataset', () => {
  it('loads once, on an empty database', async () => {
    expect(await loadDemo(t.database.db)).toBe(true);
    expect(await loadDemo(t.database.db)).toBe(false);
    const orgs = await t.database.db.select().from(organisations);
    expect(orgs.map((o) => o.siren).sort()).toEqual(['200054781', '200069854', null].sort());
  });

  it('holds the 14 Grand Paris proposals as written in the seed, pending', async () => {
    const rows = await t.database.db.select().from(proposals);
    expect(rows).toHaveLength(GRAND_PARIS_SDEM_PROPOSALS.length);
    expect(rows.every((r) => r.status === 'pending')).toBe(true);
    expect(rows.map((r) => r.title).sort()).toEqual(GRAND_PARIS_SDEM_PROPOSALS.map((p) => p.title).sort());
  });

  it('builds the Grand Poitiers PCAET with its sub-actions under their parent', async () => {
    const [poitiers] = await t.database.db.select().from(organisations).where(eq(organisations.siren, "200069854"));
    const [plan] = await t.database.db.select().from(plans).where(eq(plans.organisationId, poitiers.id));
    const rows = await t.database.db.select().from(actions).where(eq(actions.planId, plan.id));
    expect(rows).toHaveLength(GRAND_POITIERS_ACTIONS.length);
    const parents = rows.filter((r) => r.parentId === null);
    expect(parents).toHaveLength(GRAND_POITIERS_ACTIONS.filter((a) => a.parentCode === null).length);
    expect(rows.filter((r) => r.parentId === parents[0].id)).toHaveLength(GRAND_POITIERS_ACTIONS.length - parents.length);
  });

  it('creates every demo account with the documented password', async () => {
    for (const a of DEMO_ACCOUNTS) {
      const u = await findUserByEmail(t.database.db, a.email);
      expect(await verifyPassword(DEMO_PASSWORD, u!.passwordHash)).toBe(true);
    }
    const [{ n }] = await t.database.db.execute<{ n: number }>(sql`select count(*)::int as n from memberships`).then((r) => r.rows);
    expect(Number(n)).toBe(DEMO_ACCOUNTS.filter((a) => a.org).length);
  });
});
