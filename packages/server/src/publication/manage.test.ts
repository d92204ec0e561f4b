import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../test/harness';
import { auditLog } from '../audit/schema';
import { anonymous, api, seedPlan, seedTenant, type Who } from '../plans/testing';
import { call } from '../../test/fixtures';

let t: TestContext;
let w: Awaited<ReturnType<typeof seedTenant>>;
let planId: string;
beforeAll(async () => {
  t = await createTestContext();
  w = await seedTenant(t);
  planId = (await seedPlan(t, w.org.id)).id;
});
afterAll(() => t.close());

const putPlan = (who: Who, body: unknown, id = planId) => call(t.app, 'PUT', `/api/plans/${id}/publication`, who.headers, body);
const putIndicator = (who: Who, body: unknown, orgId = w.org.id) =>
  call(t.app, 'PUT', `/api/organisations/${orgId}/indicator-publications`, who.headers, body);
const ghg = { territoryId: 'commune:42218', indicatorCode: 'ghg' };

describe('publication management', () => {
  it('publishes a plan under the Licence Ouverte, changes its licence, unpublishes it, and audits each step', async () => {
    const on = await putPlan(w.editor, { published: true });
    expect(on.status).toBe(200);
    expect(on.body).toMatchObject({
      published: true,
      publication: { kind: 'plan', planId, organisationId: w.org.id, publishedBy: w.editor.user.id, indicatorCode: null },
    });
    expect(on.body.publication.licence).toEqual({ id: 'etalab-2.0', label: 'Licence Ouverte 2.0', url: 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/' });
    // Publishing again is idempotent: same row, no new audit entry.
    const again = await putPlan(w.editor, { published: true });
    expect(again.body.publication.id).toBe(on.body.publication.id);
    const odbl = await putPlan(w.admin, { published: true, licence: 'odbl-1.0' });
    expect(odbl.body.publication).toMatchObject({ id: on.body.publication.id, licence: { id: 'odbl-1.0' } });
    const off = await putPlan(w.editor, { published: false });
    expect(off.body).toEqual({ published: false, publication: null });
    const entries = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityType, 'publication'), eq(auditLog.entityId, planId))).orderBy(auditLog.id);
    expect(entries.map((e) => e.action)).toEqual(['publish', 'update', 'unpublish']);
    expect(entries[2].before).toMatchObject({ licence: { id: 'odbl-1.0' } });
    expect(entries[0].actorLabel).toBe(w.editor.email);
  });

  it('answers what the matrix says to each role and hides the plan from other tenants', async () => {
    expect((await putPlan(w.reader, { published: true })).status).toBe(403);
    expect((await putPlan(w.outsider, { published: true })).status).toBe(404);
    expect((await putPlan(anonymous, { published: true })).status).toBe(401);
    expect((await putPlan(w.editor, { published: true }, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await putPlan(w.editor, { published: true, licence: 'proprietary' })).status).toBe(400);
  });

  it('publishes an indicator of a known territory and catalogue code only', async () => {
    const res = await putIndicator(w.editor, { ...ghg, published: true });
    expect(res.status).toBe(200);
    expect(res.body.publication).toMatchObject({ kind: 'indicator', planId: null, ...ghg });
    expect((await putIndicator(w.editor, { ...ghg, indicatorCode: 'nope', published: true })).body.code).toBe('unknown_indicator');
    expect((await putIndicator(w.editor, { ...ghg, territoryId: 'commune:00000', published: true })).body.code).toBe('unknown_territory');
    expect((await putIndicator(w.reader, { ...ghg, published: true })).status).toBe(403);
    expect((await putIndicator(w.outsider, { ...ghg, published: true })).status).toBe(404);
    expect((await putIndicator(anonymous, { ...ghg, published: true })).status).toBe(401);
    const entries = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, 'commune:42218/ghg'));
    expect(entries.map((e) => e.action)).toEqual(['publish']);
  });

  it('lists the organisation publications page by page to its members only', async () => {
    await putPlan(w.editor, { published: true });
    const first = await api(t).get(`/api/organisations/${w.org.id}/publications?limit=1`, w.reader);
    expect(first.status).toBe(200);
    expect(first.body.items).toHaveLength(1);
    const second = await api(t).get(`/api/organisations/${w.org.id}/publications?limit=1&cursor=${first.body.nextCursor}`, w.reader);
    expect(second.body.items).toHaveLength(1);
    expect(second.body.nextCursor).toBeNull();
    // The indicator was published before the plan's second publication.
    expect([first.body.items[0].kind, second.body.items[0].kind]).toEqual(['indicator', 'plan']);
    expect((await api(t).get(`/api/organisations/${w.org.id}/publications`, w.outsider)).status).toBe(404);
    expect((await api(t).get(`/api/organisations/${w.org.id}/publications`, anonymous)).status).toBe(401);
  });
});
