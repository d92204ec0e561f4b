import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness';
import { anonymous, api, seedAction, seedPlan, seedTenant } from './testing';

let t: TestContext;
let w: Awaited<ReturnType<typeof seedTenant>>;
let http: ReturnType<typeof api>;
let plan: Awaited<ReturnType<typeof seedPlan>>;
beforeAll(async () => {
  t = await createTestContext();
  w = await seedTenant(t);
  http = api(t);
  plan = await seedPlan(t, w.org.id);
});
afterAll(() => t.close());

const filters = { status: ['in_progress', 'blocked'], late: true, dimension: ['health'], sort: 'endDate' };

describe('saved views', () => {
  it('belong to their author: others neither see nor delete them', async () => {
    const created = await http.post(`/api/plans/${plan.id}/views`, w.reader, { name: 'Mes retards', filters });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: 'Mes retards', planId: plan.id, filters });
    expect((await http.get(`/api/plans/${plan.id}/views`, w.reader)).body.items.map((v: { id: string }) => v.id)).toEqual([created.body.id]);
    expect((await http.get(`/api/plans/${plan.id}/views`, w.editor)).body.items).toEqual([]);
    expect((await http.del(`/api/views/${created.body.id}`, w.admin)).status).toBe(404);
    expect((await http.del(`/api/views/${created.body.id}`, w.outsider)).status).toBe(404);
    expect((await http.del(`/api/views/${created.body.id}`, anonymous)).status).toBe(401);
    expect((await http.del(`/api/views/${created.body.id}`, w.reader)).status).toBe(204);
    expect((await http.get(`/api/plans/${plan.id}/views`, w.reader)).body.items).toEqual([]);
  });

  it('only store filters the list accepts', async () => {
    const unknownKey = await http.post(`/api/plans/${plan.id}/views`, w.editor, { name: 'x', filters: { colour: 'red' } });
    expect(unknownKey.status).toBe(400);
    const badStatus = await http.post(`/api/plans/${plan.id}/views`, w.editor, { name: 'x', filters: { status: ['finished'] } });
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.errors[0].path).toMatch(/^filters\.status/);
    expect((await http.post(`/api/plans/${plan.id}/views`, w.outsider, { name: 'x', filters: {} })).status).toBe(404);
  });

  it('replay as a list query', async () => {
    const p = { id: plan.id, organisationId: w.org.id };
    const hit = await seedAction(t, p, { title: 'Covoiturage', status: 'blocked', endDate: '2020-01-01', copLevers: ['carpooling'] });
    await seedAction(t, p, { title: 'Biogaz', status: 'blocked', endDate: '2020-01-01', copLevers: ['biogas'] });
    const view = (await http.post(`/api/plans/${plan.id}/views`, w.editor, { name: 'Santé', filters })).body;
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(view.filters)) (Array.isArray(v) ? v : [v]).forEach((x) => q.append(k, String(x)));
    const res = await http.get(`/api/plans/${plan.id}/actions?${q}`, w.editor);
    expect(res.body.items.map((a: { id: string }) => a.id)).toEqual([hit.id]);
  });
});
