import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness';
import { call, seedOrganisation, seedUser } from '../../test/fixtures';
import { audit } from './audit';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

const api = (method: string, path: string, headers: Record<string, string>, body?: unknown) => call(t.app, method, path, headers, body);

describe('GET /api/organisations/{id}/audit', () => {
  it('shows a write made through another route, with actor, before and after', async () => {
    const org = await seedOrganisation(t.database.db, { name: 'Avant' });
    const admin = await seedUser(t.database.db, org.id, 'admin');
    const reader = await seedUser(t.database.db, org.id, 'reader');
    const patched = await api('PATCH', `/api/organisations/${org.id}`, admin.headers, { version: 1, name: 'Après' });
    expect(patched.status).toBe(200);
    const res = await api('GET', `/api/organisations/${org.id}/audit`, reader.headers);
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
    const [entry] = res.body.items;
    expect(entry).toMatchObject({
      actor: { userId: admin.user.id, label: admin.email },
      action: 'update',
      entityType: 'organisation',
      entityId: org.id,
      before: { name: 'Avant', version: 1 },
      after: { name: 'Après', version: 2 },
    });
    expect(Math.abs(Date.parse(entry.at) - Date.now())).toBeLessThan(60_000);
  });

  it('pages newest first, filters by entity and never shows other organisations', async () => {
    const db = t.database.db;
    const org = await seedOrganisation(db);
    const other = await seedOrganisation(db);
    const reader = await seedUser(db, org.id, 'reader');
    const system = { actorLabel: 'system' };
    for (let i = 0; i < 5; i++)
      await audit(db, system, { organisationId: org.id, entityType: i % 2 ? 'plan' : 'action', entityId: `e${i % 3}`, action: `a${i}` });
    await audit(db, system, { organisationId: other.id, entityType: 'plan', entityId: 'e1', action: 'elsewhere' });
    await audit(db, system, { organisationId: null, entityType: 'plan', entityId: 'e1', action: 'global' });

    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const qs: string = cursor ? `&cursor=${cursor}` : '';
      const page = await api('GET', `/api/organisations/${org.id}/audit?limit=2${qs}`, reader.headers);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((e: { action: string }) => e.action));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(['a4', 'a3', 'a2', 'a1', 'a0']);

    const plans = await api('GET', `/api/organisations/${org.id}/audit?entityType=plan`, reader.headers);
    expect(plans.body.items.map((e: { action: string }) => e.action)).toEqual(['a3', 'a1']);
    const one = await api('GET', `/api/organisations/${org.id}/audit?entityType=action&entityId=e0`, reader.headers);
    expect(one.body.items.map((e: { action: string }) => e.action)).toEqual(['a0']);
    expect(one.body.items[0]).toMatchObject({ actor: { userId: null, label: 'system' }, before: null, after: null });
    const bad = await api('GET', `/api/organisations/${org.id}/audit?cursor=abc`, reader.headers);
    expect(bad.body.code).toBe('invalid_cursor');
  });
});
