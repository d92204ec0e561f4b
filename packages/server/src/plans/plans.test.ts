import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../test/harness';
import { sessionHeaders } from '../../test/fixtures';
import { auditLog } from '../audit/schema';
import { actions } from './schema';
import { anonymous, api, seedAction, seedTenant } from './testing';

let t: TestContext;
let w: Awaited<ReturnType<typeof seedTenant>>;
let http: ReturnType<typeof api>;
beforeAll(async () => {
  t = await createTestContext();
  w = await seedTenant(t);
  http = api(t);
});
afterAll(() => t.close());

const body = { type: 'pcaet', title: 'PCAET de la communauté', startYear: 2025, endYear: 2030 };

describe('plans', () => {
  it('lets editors create plans, not readers, restricted editors, strangers or anonymous callers', async () => {
    const path = `/api/organisations/${w.org.id}/plans`;
    const created = await http.post(path, w.editor, body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...body, organisationId: w.org.id, status: 'draft', description: '', version: 1 });
    expect((await http.post(path, w.reader, body)).status).toBe(403);
    expect((await http.post(path, w.restricted, body)).status).toBe(403);
    expect((await http.post(path, w.outsider, body)).status).toBe(404);
    expect((await http.post(path, anonymous, body)).status).toBe(401);
    const [entry] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, created.body.id), eq(auditLog.action, 'create')));
    expect(entry.after).toEqual(created.body);
  });

  it('validates the type and the years', async () => {
    const path = `/api/organisations/${w.org.id}/plans`;
    const badType = await http.post(path, w.editor, { ...body, type: 'sdage' });
    expect(badType.status).toBe(400);
    expect(badType.body.code).toBe('validation_failed');
    const years = await http.post(path, w.editor, { ...body, startYear: 2030, endYear: 2025 });
    expect(years.status).toBe(400);
    expect(years.body.errors).toEqual([expect.objectContaining({ path: 'endYear' })]);
  });

  it('works with a cookie session and its CSRF token', async () => {
    const headers = await sessionHeaders(t.app, w.editor.email, w.editor.password);
    const res = await http.post(`/api/organisations/${w.org.id}/plans`, { headers }, { ...body, title: 'Par session' });
    expect(res.status).toBe(201);
    const { 'x-csrf-token': _csrf, ...withoutCsrf } = headers;
    expect((await http.post(`/api/organisations/${w.org.id}/plans`, { headers: withoutCsrf }, body)).status).toBe(403);
  });

  it('lists the organisation’s plans newest first, page by page, to readers only', async () => {
    const own = await seedTenant(t);
    const ids: string[] = [];
    for (const title of ['Un', 'Deux', 'Trois']) ids.push((await http.post(`/api/organisations/${own.org.id}/plans`, own.editor, { ...body, title })).body.id);
    const path = `/api/organisations/${own.org.id}/plans`;
    const first = await http.get(`${path}?limit=2`, own.reader);
    expect(first.status).toBe(200);
    expect(first.body.items.map((p: { id: string }) => p.id)).toEqual([ids[2], ids[1]]);
    const second = await http.get(`${path}?limit=2&cursor=${first.body.nextCursor}`, own.reader);
    expect(second.body.items.map((p: { id: string }) => p.id)).toEqual([ids[0]]);
    expect(second.body.nextCursor).toBeNull();
    expect((await http.get(path, own.outsider)).status).toBe(404);
    expect((await http.get(path, w.admin)).status).toBe(404);
    expect((await http.get(path, anonymous)).status).toBe(401);
    expect((await http.get(`${path}?cursor=garbage`, own.reader)).body.code).toBe('invalid_cursor');
  });

  it('shows the plan with its axis tree, counts by status and late actions', async () => {
    const plan = (await http.post(`/api/organisations/${w.org.id}/plans`, w.editor, body)).body;
    const top = (await http.post(`/api/plans/${plan.id}/axes`, w.editor, { title: 'Axe 1 — Mobilités' })).body;
    const sub = (await http.post(`/api/plans/${plan.id}/axes`, w.editor, { title: 'Vélo', parentId: top.id })).body;
    const p = { id: plan.id, organisationId: w.org.id };
    await seedAction(t, p, { title: 'A', status: 'in_progress', endDate: '2020-01-01', axisId: sub.id });
    await seedAction(t, p, { title: 'B', status: 'done', endDate: '2020-01-01', axisId: sub.id });
    await seedAction(t, p, { title: 'C', status: 'in_progress', endDate: '2099-01-01' });
    const res = await http.get(`/api/plans/${plan.id}`, w.reader);
    expect(res.status).toBe(200);
    expect(res.body.axes).toHaveLength(1);
    expect(res.body.axes[0]).toMatchObject({ id: top.id, actionCount: 0, children: [{ id: sub.id, actionCount: 2, children: [] }] });
    expect(res.body.actionCounts).toMatchObject({ total: 3, late: 1 });
    expect(res.body.actionCounts.byStatus).toMatchObject({ in_progress: 2, done: 1, idea: 0 });
  });

  it('updates with optimistic concurrency', async () => {
    const plan = (await http.post(`/api/organisations/${w.org.id}/plans`, w.editor, body)).body;
    const ok = await http.patch(`/api/plans/${plan.id}`, w.editor, { status: 'adopted', version: 1 });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ status: 'adopted', title: body.title, version: 2 });
    const stale = await http.patch(`/api/plans/${plan.id}`, w.editor, { title: 'Autre', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    expect((await http.patch(`/api/plans/${plan.id}`, w.editor, { endYear: 2000, version: 2 })).status).toBe(400);
    expect((await http.patch(`/api/plans/${plan.id}`, w.reader, { title: 'x', version: 2 })).status).toBe(403);
    const [entry] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, plan.id), eq(auditLog.action, 'update')));
    expect(entry.before).toMatchObject({ status: 'draft', version: 1 });
    expect(entry.after).toMatchObject({ status: 'adopted', version: 2 });
  });

  it('is deleted by admins only, with its actions', async () => {
    const plan = (await http.post(`/api/organisations/${w.org.id}/plans`, w.editor, body)).body;
    await seedAction(t, { id: plan.id, organisationId: w.org.id }, { title: 'Action' });
    expect((await http.del(`/api/plans/${plan.id}`, w.editor)).status).toBe(403);
    expect((await http.del(`/api/plans/${plan.id}`, w.outsider)).status).toBe(404);
    expect((await http.del(`/api/plans/${plan.id}`, w.admin)).status).toBe(204);
    expect((await http.get(`/api/plans/${plan.id}`, w.admin)).status).toBe(404);
    expect(await t.database.db.select().from(actions).where(eq(actions.planId, plan.id))).toEqual([]);
    const [entry] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, plan.id), eq(auditLog.action, 'delete')));
    expect(entry.before).toMatchObject({ id: plan.id, title: body.title });
  });
});
