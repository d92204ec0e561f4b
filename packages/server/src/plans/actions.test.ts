import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, asc, eq } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../test/harness';
import { auditLog } from '../audit/schema';
import { actionSources, proposals, workshops } from '../workshops/schema';
import { actions } from './schema';
import { anonymous, api, seedAction, seedPlan, seedTenant, type Who } from './testing';

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

const create = (body: Record<string, unknown>, who: Who = w.editor) => http.post(`/api/plans/${plan.id}/actions`, who, body);

describe('actions', () => {
  it('are created by editors with the domain defaults, at the end of the plan', async () => {
    const first = await create({ title: '  Rénover les écoles ', copLevers: ['tertiary-sufficiency-insulation'], impactTco2ePerYear: 12.5 });
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ title: 'Rénover les écoles', status: 'idea', planId: plan.id, impactTco2ePerYear: 12.5, late: false });
    const second = await create({ title: 'Deuxième' });
    expect(second.body.position).toBe(first.body.position + 1);
    expect((await create({ title: 'x' }, w.reader)).status).toBe(403);
    expect((await create({ title: 'x' }, w.restricted)).status).toBe(403);
    expect((await create({ title: 'x' }, w.outsider)).status).toBe(404);
    expect((await create({ title: 'x' }, anonymous)).status).toBe(401);
    const [entry] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, first.body.id), eq(auditLog.action, 'create')));
    expect(entry.after).toEqual(first.body);
  });

  it('refuse unknown levers and axes or parents of another plan', async () => {
    const other = await seedPlan(t, w.org.id, 'Autre');
    const foreignAxis = (await http.post(`/api/plans/${other.id}/axes`, w.editor, { title: 'Axe ailleurs' })).body;
    const foreignAction = await seedAction(t, other, { title: 'Ailleurs' });
    const res = await create({ title: 'x', axisId: foreignAxis.id, parentId: foreignAction.id, copLevers: ['flying-cars'] });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['axisId', 'copLevers', 'parentId']);
    const mine = (await create({ title: 'Ici' })).body;
    const patched = await http.patch(`/api/actions/${mine.id}`, w.editor, { axisId: foreignAxis.id, version: 1 });
    expect(patched.status).toBe(400);
  });

  it('return text fields exactly as sent, markup included', async () => {
    const script = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes" \u00e9';
    const res = await create({ title: script, description: script, notes: script, pilots: [{ name: script }] });
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    const got = await http.get(`/api/actions/${res.body.id}`, w.reader);
    expect(got.body.title).toBe(script);
    expect(got.body.description).toBe(script);
    expect(got.body.notes).toBe(script);
    expect(got.body.pilots[0].name).toBe(script);
  });

  it('show sub-actions and the proposals they came from', async () => {
    const parent = (await create({ title: 'Parent' })).body;
    const child = (await create({ title: 'Enfant', parentId: parent.id })).body;
    const [ws] = await t.database.db.insert(workshops).values({ organisationId: w.org.id, planId: plan.id, theme: 'Mobilités', date: '2025-03-01' }).returning();
    const [prop] = await t.database.db.insert(proposals).values({ organisationId: w.org.id, workshopId: ws.id, title: 'Plus de vélos' }).returning();
    await t.database.db.insert(actionSources).values({ actionId: parent.id, proposalId: prop.id });
    const res = await http.get(`/api/actions/${parent.id}`, w.reader);
    expect(res.status).toBe(200);
    expect(res.body.subActions.map((a: { id: string }) => a.id)).toEqual([child.id]);
    expect(res.body.sources).toEqual([{ proposalId: prop.id, title: 'Plus de vélos', workshopId: ws.id, workshopTheme: 'Mobilités' }]);
    expect((await http.get(`/api/actions/${child.id}`, w.reader)).body.sources).toEqual([]);
    const grandChild = await create({ title: 'Petit-enfant', parentId: child.id });
    expect(grandChild.status).toBe(400);
  });

  it('update only the fields sent, with optimistic concurrency', async () => {
    const a = (await create({ title: 'Titre', description: 'Gardée', startDate: '2025-01-01' })).body;
    const res = await http.patch(`/api/actions/${a.id}`, w.editor, { status: 'in_progress', version: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ title: 'Titre', description: 'Gardée', status: 'in_progress', version: 2 });
    const stale = await http.patch(`/api/actions/${a.id}`, w.editor, { status: 'done', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(2);
    const backwards = await http.patch(`/api/actions/${a.id}`, w.editor, { endDate: '2024-01-01', version: 2 });
    expect(backwards.status).toBe(400);
    expect(backwards.body.errors[0].path).toBe('endDate');
    expect((await http.patch(`/api/actions/${a.id}`, w.reader, { status: 'done', version: 2 })).status).toBe(403);
    const [entry] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, a.id), eq(auditLog.action, 'update')));
    expect(entry.before).toMatchObject({ status: 'idea', version: 1 });
    expect(entry.after).toMatchObject({ status: 'in_progress', version: 2 });
  });

  it('let restricted editors update only the actions they pilot, and stay pilot', async () => {
    const me = { userId: w.restricted.user.id, name: 'Moi' };
    const mine = (await create({ title: 'Pilotée', pilots: [me] })).body;
    const notMine = (await create({ title: 'Pas à moi', pilots: [{ userId: w.editor.user.id, name: 'Autre' }] })).body;
    expect((await http.patch(`/api/actions/${notMine.id}`, w.restricted, { status: 'done', version: 1 })).status).toBe(403);
    const ok = await http.patch(`/api/actions/${mine.id}`, w.restricted, { status: 'in_progress', pilots: [me, { name: 'Renfort' }], version: 1 });
    expect(ok.status).toBe(200);
    const handOver = await http.patch(`/api/actions/${mine.id}`, w.restricted, { pilots: [{ name: 'Renfort' }], version: 2 });
    expect(handOver.status).toBe(403);
    expect((await http.del(`/api/actions/${mine.id}`, w.restricted)).status).toBe(403);
    expect((await http.post(`/api/actions/${mine.id}/move`, w.restricted, { position: 0 })).status).toBe(200);
  });

  it('are deleted with their sub-actions', async () => {
    const parent = (await create({ title: 'À supprimer' })).body;
    const child = (await create({ title: 'Sous-action', parentId: parent.id })).body;
    expect((await http.del(`/api/actions/${parent.id}`, w.reader)).status).toBe(403);
    expect((await http.del(`/api/actions/${parent.id}`, w.outsider)).status).toBe(404);
    expect((await http.del(`/api/actions/${parent.id}`, w.editor)).status).toBe(204);
    expect((await http.get(`/api/actions/${child.id}`, w.editor)).status).toBe(404);
    const deletions = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'delete'));
    expect(deletions.map((d) => d.entityId)).toEqual(expect.arrayContaining([parent.id, child.id]));
  });
});

describe('moving actions', () => {
  it('places an action among the top-level actions of an axis and renumbers the plan', async () => {
    const p = await seedPlan(t, w.org.id, 'Ordre');
    const axis = (await http.post(`/api/plans/${p.id}/axes`, w.editor, { title: 'Axe' })).body;
    const other = (await http.post(`/api/plans/${p.id}/axes`, w.editor, { title: 'Autre axe' })).body;
    const add = (title: string, axisId: string | null, parentId?: string) => seedAction(t, p, { title, axisId, parentId });
    const a = await add('a', axis.id);
    const x = await add('x', null);
    const b = await add('b', axis.id);
    const b1 = await add('b1', axis.id, b.id);
    const m = await add('m', other.id);
    const order = async () =>
      (await t.database.db.select().from(actions).where(eq(actions.planId, p.id)).orderBy(asc(actions.position))).map((r) => `${r.title}@${r.position}`);

    const moved = await http.post(`/api/actions/${m.id}/move`, w.editor, { axisId: axis.id, position: 1 });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ axisId: axis.id, version: 2 });
    expect(await order()).toEqual(['a@0', 'x@1', 'm@2', 'b@3', 'b1@4']);

    await http.post(`/api/actions/${a.id}/move`, w.editor, { position: 99 });
    expect(await order()).toEqual(['x@0', 'm@1', 'b@2', 'a@3', 'b1@4']);

    const stale = await http.post(`/api/actions/${a.id}/move`, w.editor, { position: 0, version: 1 });
    expect(stale.status).toBe(409);
    const foreign = await http.post(`/api/actions/${a.id}/move`, w.editor, { axisId: (await http.post(`/api/plans/${plan.id}/axes`, w.editor, { title: 'Ailleurs' })).body.id, position: 0 });
    expect(foreign.status).toBe(400);
    expect((await http.post(`/api/actions/${a.id}/move`, w.reader, { position: 0 })).status).toBe(403);
    expect((await http.post(`/api/actions/${b1.id}/move`, w.outsider, { position: 0 })).status).toBe(404);
  });
});
