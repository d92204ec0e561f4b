import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../test/harness';
import { auditLog } from '../audit/schema';
import { actions, axes } from './schema';
import { anonymous, api, seedAction, seedPlan, seedTenant } from './testing';

let t: TestContext;
let w: Awaited<ReturnType<typeof seedTenant>>;
let http: ReturnType<typeof api>;
beforeAll(async () => {
  t = await createTestContext();
  w = await seedTenant(t);
  http = api(t);
});
afterAll(() => t.close());

async function planWithAxes() {
  const plan = await seedPlan(t, w.org.id);
  const add = async (title: string, parentId?: string) =>
    (await http.post(`/api/plans/${plan.id}/axes`, w.editor, { title, parentId })).body as { id: string; position: number; version: number };
  const a = await add('A');
  const b = await add('B');
  const c = await add('C');
  const a1 = await add('A1', a.id);
  const a1x = await add('A1x', a1.id);
  return { plan, a, b, c, a1, a1x };
}
const siblingsOf = async (planId: string, parentId: string | null) =>
  (await t.database.db.select().from(axes).where(eq(axes.planId, planId)))
    .filter((x) => x.parentId === parentId)
    .sort((x, y) => x.position - y.position)
    .map((x) => x.title);

describe('axes', () => {
  it('are created last among their siblings, by editors only', async () => {
    const { plan, a, b, c, a1 } = await planWithAxes();
    expect([a.position, b.position, c.position, a1.position]).toEqual([0, 1, 2, 0]);
    expect((await http.post(`/api/plans/${plan.id}/axes`, w.reader, { title: 'x' })).status).toBe(403);
    expect((await http.post(`/api/plans/${plan.id}/axes`, w.restricted, { title: 'x' })).status).toBe(403);
    expect((await http.post(`/api/plans/${plan.id}/axes`, anonymous, { title: 'x' })).status).toBe(401);
    expect((await http.post(`/api/plans/${plan.id}/axes`, w.outsider, { title: 'x' })).status).toBe(404);
  });

  it('refuse a parent from another plan', async () => {
    const { a } = await planWithAxes();
    const other = await seedPlan(t, w.org.id, 'Autre plan');
    const res = await http.post(`/api/plans/${other.id}/axes`, w.editor, { title: 'x', parentId: a.id });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('parentId');
    const own = (await http.post(`/api/plans/${other.id}/axes`, w.editor, { title: 'y' })).body;
    const moved = await http.patch(`/api/axes/${own.id}`, w.editor, { parentId: a.id, version: 1 });
    expect(moved.status).toBe(400);
  });

  it('refuse cycles', async () => {
    const { a, a1x } = await planWithAxes();
    const self = await http.patch(`/api/axes/${a.id}`, w.editor, { parentId: a.id, version: a.version });
    expect(self.status).toBe(400);
    const loop = await http.patch(`/api/axes/${a.id}`, w.editor, { parentId: a1x.id, version: a.version });
    expect(loop.status).toBe(400);
    expect(loop.body.errors[0].path).toBe('parentId');
  });

  it('reorder and move, renumbering siblings', async () => {
    const { plan, a, b, c, a1 } = await planWithAxes();
    const res = await http.patch(`/api/axes/${c.id}`, w.editor, { position: 0, title: 'C renommé', version: c.version });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ position: 0, title: 'C renommé', version: 2 });
    expect(await siblingsOf(plan.id, null)).toEqual(['C renommé', 'A', 'B']);
    const moved = await http.patch(`/api/axes/${b.id}`, w.editor, { parentId: a.id, position: 0, version: b.version });
    expect(moved.body.parentId).toBe(a.id);
    expect(await siblingsOf(plan.id, a.id)).toEqual(['B', 'A1']);
    const toEnd = await http.patch(`/api/axes/${a1.id}`, w.editor, { parentId: null, version: a1.version });
    expect(toEnd.body.position).toBe(2);
    expect(await siblingsOf(plan.id, null)).toEqual(['C renommé', 'A', 'A1']);
    const stale = await http.patch(`/api/axes/${c.id}`, w.editor, { title: 'x', version: 1 });
    expect(stale.body).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    const [entry] = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, c.id), eq(auditLog.action, 'update')));
    expect(entry.before).toMatchObject({ title: 'C', position: 2 });
    expect(entry.after).toMatchObject({ title: 'C renommé', position: 0 });
  });

  it('refuse to delete a non-empty axis unless forced; forcing keeps the actions', async () => {
    const { plan, a, a1, a1x, b } = await planWithAxes();
    const p = { id: plan.id, organisationId: w.org.id };
    const inA1x = await seedAction(t, p, { title: 'Dans A1x', axisId: a1x.id });
    const inB = await seedAction(t, p, { title: 'Dans B', axisId: b.id });
    const withChildren = await http.del(`/api/axes/${a.id}`, w.editor);
    expect(withChildren.status).toBe(409);
    expect(withChildren.body).toMatchObject({ code: 'axis_not_empty', childAxisCount: 2, actionCount: 0 });
    const withActions = await http.del(`/api/axes/${b.id}`, w.editor);
    expect(withActions.body).toMatchObject({ code: 'axis_not_empty', childAxisCount: 0, actionCount: 1 });
    expect((await http.del(`/api/axes/${a.id}?force=true`, w.reader)).status).toBe(403);
    expect((await http.del(`/api/axes/${a.id}?force=true`, w.editor)).status).toBe(204);
    const left = await t.database.db.select().from(axes).where(eq(axes.planId, plan.id));
    expect(left.map((x) => x.title).sort()).toEqual(['B', 'C']);
    expect(left.some((x) => [a.id, a1.id, a1x.id].includes(x.id))).toBe(false);
    const [kept] = await t.database.db.select().from(actions).where(eq(actions.id, inA1x.id));
    expect(kept).toMatchObject({ axisId: null, version: 2 });
    const [untouched] = await t.database.db.select().from(actions).where(eq(actions.id, inB.id));
    expect(untouched.axisId).toBe(b.id);
    const [actionAudit] = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, inA1x.id));
    expect(actionAudit.before).toMatchObject({ axisId: a1x.id });
    expect(actionAudit.after).toMatchObject({ axisId: null });
  });

  it('delete an empty axis', async () => {
    const { c } = await planWithAxes();
    expect((await http.del(`/api/axes/${c.id}`, w.outsider)).status).toBe(404);
    expect((await http.del(`/api/axes/${c.id}`, w.editor)).status).toBe(204);
    expect((await http.del(`/api/axes/${c.id}`, w.editor)).status).toBe(404);
  });
});
