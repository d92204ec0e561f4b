import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../test/harness';
import { auditLog } from '../audit/schema';
import { actions, plans } from '../plans/schema';
import { anonymous, api, seedAction, seedPlan, seedTenant } from '../plans/testing';
import { seedRichPlan } from '../exports/testing';

let t: TestContext;
let w: Awaited<ReturnType<typeof seedTenant>>;
let http: ReturnType<typeof api>;
let source: { id: string };
beforeAll(async () => {
  t = await createTestContext();
  w = await seedTenant(t);
  http = api(t);
  source = await seedRichPlan(t, w.org.id, { id: w.editor.user.id, name: 'Élise Pilote' });
});
afterAll(() => t.close());

const exportJson = async (planId: string) => (await http.get(`/api/plans/${planId}/export?format=json`, w.reader)).body;
/** What may differ between two exports of equal plans: the export time and the plan's id. */
const comparable = (doc: any) => ({ ...doc, exportedAt: undefined, plan: { ...doc.plan, id: undefined } });
const importPath = () => `/api/organisations/${w.org.id}/plans/import-json`;

describe('JSON plan import', () => {
  it('is lossless: export → import → export gives the same document', async () => {
    const first = await exportJson(source.id);
    const res = await http.post(importPath(), w.editor, first);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ axesCreated: 5, actionsCreated: 5, warnings: [], plan: { organisationId: w.org.id, title: first.plan.title } });
    expect(res.body.plan.id).not.toBe(source.id);
    const second = await exportJson(res.body.plan.id);
    expect(comparable(second)).toEqual(comparable(first));
    // The comparison is not vacuous: the document holds the rich content.
    expect(second.actions[0].subActions).toHaveLength(2);
    expect(second.actions[0].pilots[0]).toEqual({ userId: w.editor.user.id, name: 'Élise Pilote', organisation: 'Métropole' });
    expect(second.actions[0].budgets).toHaveLength(4);
    expect(second.axes[0].children[0].children[0].title).toBe('Pistes sécurisées');
    // Sub-actions point at the new parent row.
    const rows = await t.database.db.select().from(actions).where(eq(actions.planId, res.body.plan.id));
    const parent = rows.find((r) => r.title === 'Schéma cyclable')!;
    expect(rows.filter((r) => r.parentId === parent.id).map((r) => r.title).sort()).toEqual(['Tronçon nord', 'Tronçon sud']);
    const entries = await t.database.db.select().from(auditLog).where(and(eq(auditLog.organisationId, w.org.id), eq(auditLog.action, 'import')));
    expect(entries.filter((e) => e.entityType === 'action' && rows.some((r) => r.id === e.entityId))).toHaveLength(5);
  });

  it('fills an empty plan, keeping its own title, and refuses a plan that has content', async () => {
    const doc = await exportJson(source.id);
    const empty = await seedPlan(t, w.org.id, 'Plan vide');
    const res = await http.post(`/api/plans/${empty.id}/import-json`, w.editor, doc);
    expect(res.status).toBe(201);
    expect(res.body.plan).toMatchObject({ id: empty.id, title: 'Plan vide' });
    expect(comparable(await exportJson(empty.id)).actions).toEqual(comparable(doc).actions);
    const full = await seedPlan(t, w.org.id, 'Plan rempli');
    await seedAction(t, full, { title: 'Existante' });
    const refused = await http.post(`/api/plans/${full.id}/import-json`, w.editor, doc);
    expect(refused).toMatchObject({ status: 409, body: { code: 'plan_not_empty' } });
  });

  it('keeps pilot accounts only when they are members of the target organisation', async () => {
    const doc = await exportJson(source.id);
    const res = await http.post(`/api/organisations/${w.otherOrg.id}/plans/import-json`, w.outsider, doc);
    expect(res.status).toBe(201);
    expect(res.body.warnings).toEqual([expect.stringContaining('Élise Pilote')]);
    // The copy belongs to the other organisation: members of the first one do not see it.
    expect((await http.get(`/api/plans/${res.body.plan.id}/export?format=json`, w.reader)).status).toBe(404);
    const [row] = await t.database.db.select().from(actions).where(and(eq(actions.planId, res.body.plan.id), eq(actions.title, 'Schéma cyclable')));
    expect(row.pilots[0]).toEqual({ name: 'Élise Pilote', organisation: 'Métropole' });
  });

  it('rejects invalid documents with the path of each problem, writing nothing', async () => {
    const doc = await exportJson(source.id);
    const before = (await t.database.db.select().from(plans).where(eq(plans.organisationId, w.org.id))).length;
    const broken = structuredClone(doc);
    broken.plan = { ...broken.plan, startYear: 2030, endYear: 2025 };
    broken.actions[1].key = 'X1';
    broken.actions[2].axisKey = 'A9';
    broken.actions[0].subActions[0].copLevers = ['teleportation'];
    broken.actions[0].subActions[1].startDate = '2030-01-01';
    broken.actions[0].subActions[1].endDate = '2029-01-01';
    const res = await http.post(importPath(), w.editor, broken);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { path: string }) => e.path)).toEqual([
      'plan.endYear',
      'actions.0.subActions.0.copLevers',
      'actions.0.subActions.1.endDate',
      'actions.1.key',
      'actions.2.axisKey',
    ]);
    const wrongVersion = await http.post(importPath(), w.editor, { ...doc, version: 2 });
    expect(wrongVersion.body.errors[0].path).toBe('version');
    expect((await t.database.db.select().from(plans).where(eq(plans.organisationId, w.org.id))).length).toBe(before);
  });

  it('applies the permission matrix', async () => {
    const doc = await exportJson(source.id);
    expect((await http.post(importPath(), anonymous, doc)).status).toBe(401);
    expect((await http.post(importPath(), w.reader, doc)).status).toBe(403);
    expect((await http.post(importPath(), w.restricted, doc)).status).toBe(403);
    expect((await http.post(importPath(), w.outsider, doc)).status).toBe(404);
    const empty = await seedPlan(t, w.org.id, 'Cible');
    expect((await http.post(`/api/plans/${empty.id}/import-json`, w.outsider, doc)).status).toBe(404);
    expect((await http.post(`/api/plans/${empty.id}/import-json`, w.reader, doc)).status).toBe(403);
    const text = await t.app.request(importPath(), { method: 'POST', headers: { ...w.editor.headers, 'content-type': 'text/plain' }, body: 'x' });
    expect(text.status).toBe(415);
  });
});
