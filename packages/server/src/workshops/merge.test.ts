import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { actions } from '../plans/schema';
import { actionSources } from './schema';
import { createTestContext, type TestContext } from '../../test/harness';
import { call } from '../../test/fixtures';
import { createProposal, createWorkshop, seedTenants } from './test-fixtures';

let t: TestContext;
let w: Awaited<ReturnType<typeof seedTenants>>;
beforeAll(async () => {
  t = await createTestContext();
  w = await seedTenants(t.database.db);
});
afterAll(() => t.close());

const post = (path: string, body: unknown) => call(t.app, 'POST', path, w.editor.headers, body);
const names = (xs: { name: string }[]) => xs.map((x) => x.name);

describe('merge into a new action', () => {
  it('unions the proposals’ levers, pilots and partners under the facilitator’s title', async () => {
    const ws = await createWorkshop(t.app, w.editor.headers, w.plan.id);
    // Rows 10 to 12 all inform; row 12 is piloted by the State's services and informs *about* funding (not funding).
    const ps = [await createProposal(t.app, w.editor.headers, ws.id, 10), await createProposal(t.app, w.editor.headers, ws.id, 11), await createProposal(t.app, w.editor.headers, ws.id, 12)];
    const res = await post(`/api/workshops/${ws.id}/decisions/merge`, {
      proposalIds: ps.map((p) => p.id),
      versions: [1, 1, 1],
      action: { title: 'Informer sur la chaleur fatale et ses financements', axisId: w.axis.id, priority: 'medium' },
    });
    expect(res.status).toBe(201);
    const { action, decision, proposals } = res.body;
    expect(action).toMatchObject({
      title: 'Informer sur la chaleur fatale et ses financements',
      axisId: w.axis.id,
      priority: 'medium',
      status: 'retained',
      copLevers: ['decarbonised-heat-networks'],
      pilots: [{ name: 'Métropole' }, { name: 'Services de l’Etat' }],
      ownerName: 'Métropole, Services de l’Etat',
      porteurLevers: ['inform'],
    });
    // Rows 10-12 name DR ADEME, ALEC (once as "Alec") and the communes: each once, first spelling kept.
    expect(names(action.partners)).toEqual(['DR ADEME', 'ALEC', 'Communes']);
    expect(decision).toMatchObject({ kind: 'merge', createdAction: true, proposalIds: ps.map((p) => p.id) });
    expect(proposals.map((p: { status: string }) => p.status)).toEqual(['merged', 'merged', 'merged']);
    const sources = await call(t.app, 'GET', `/api/actions/${action.id}/sources`, w.reader.headers);
    expect(sources.body.items.map((s: { proposalId: string }) => s.proposalId).sort()).toEqual(ps.map((p) => p.id).sort());
    expect(sources.body.items.every((s: { decisionKind: string }) => s.decisionKind === 'merge')).toBe(true);
  });

  it('needs two proposals, matching versions and a title', async () => {
    const ws = await createWorkshop(t.app, w.editor.headers, w.plan.id);
    const p = await createProposal(t.app, w.editor.headers, ws.id, 1);
    const q = await createProposal(t.app, w.editor.headers, ws.id, 2);
    const one = await post(`/api/workshops/${ws.id}/decisions/merge`, { proposalIds: [p.id], versions: [1], action: { title: 'x' } });
    expect(one.status).toBe(400);
    const untitled = await post(`/api/workshops/${ws.id}/decisions/merge`, { proposalIds: [p.id, q.id], versions: [1, 1], action: {} });
    expect(untitled.status).toBe(400);
    const stale = await post(`/api/workshops/${ws.id}/decisions/merge`, { proposalIds: [p.id, q.id], versions: [1, 2], action: { title: 'x' } });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict', proposalId: q.id, currentVersion: 1 });
  });
});

describe('merge into an existing action', () => {
  it('adds provenance, unions levers and partners, bumps the version; undo restores them', async () => {
    const ws = await createWorkshop(t.app, w.editor.headers, w.plan.id);
    const base = await createProposal(t.app, w.editor.headers, ws.id, 13); // "Utiliser l’obligation réglementaire"
    const extra = await createProposal(t.app, w.editor.headers, ws.id, 14);
    const retained = (await post(`/api/workshops/${ws.id}/decisions/retain`, { proposalId: base.id, version: 1 })).body.action;
    const res = await post(`/api/workshops/${ws.id}/decisions/merge`, {
      proposalIds: [extra.id],
      versions: [1],
      targetActionId: retained.id,
      targetVersion: 1,
    });
    expect(res.status).toBe(201);
    expect(res.body.action.version).toBe(2);
    expect(res.body.action.title).toBe(retained.title);
    expect(res.body.action.porteurLevers).toEqual(['inform', 'support', 'plan_regulate']);
    expect(names(res.body.action.partners)).toEqual([
      ...names(retained.partners),
      'Opérateurs',
      'Syndicats mixtes',
      'Gestionnaires de data centers',
      'services de l’Etat',
      'des communes…',
    ]);
    expect(res.body.decision).toMatchObject({ kind: 'merge', createdAction: false, actionId: retained.id, undoable: true });
    const sources = await call(t.app, 'GET', `/api/actions/${retained.id}/sources`, w.editor.headers);
    expect(sources.body.items.map((s: { decisionKind: string }) => s.decisionKind).sort()).toEqual(['merge', 'retain']);

    const undo = await post(`/api/decisions/${res.body.decision.id}/undo`, undefined);
    expect(undo.status).toBe(200);
    const [after] = await t.database.db.select().from(actions).where(eq(actions.id, retained.id));
    expect(after.version).toBe(3);
    expect(after.porteurLevers).toEqual(retained.porteurLevers);
    expect(after.partners).toEqual(retained.partners);
    const links = await t.database.db.select().from(actionSources).where(eq(actionSources.actionId, retained.id));
    expect(links.map((l) => l.proposalId)).toEqual([base.id]);
  });

  it('refuses a stale target version and a target from another plan or tenant', async () => {
    const ws = await createWorkshop(t.app, w.editor.headers, w.plan.id);
    const p = await createProposal(t.app, w.editor.headers, ws.id, 5);
    const q = await createProposal(t.app, w.editor.headers, ws.id, 6);
    const target = (await post(`/api/workshops/${ws.id}/decisions/retain`, { proposalId: p.id, version: 1 })).body.action;
    const stale = await post(`/api/workshops/${ws.id}/decisions/merge`, { proposalIds: [q.id], versions: [1], targetActionId: target.id, targetVersion: 7 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict', currentVersion: 1 });
    const [elsewhere] = await t.database.db.insert(actions).values({ organisationId: w.org.id, planId: w.otherPlan.id, title: 'Autre plan' }).returning();
    const [foreign] = await t.database.db.insert(actions).values({ organisationId: w.other.id, planId: w.foreignPlan.id, title: 'Autre tenant' }).returning();
    for (const a of [elsewhere, foreign]) {
      const res = await post(`/api/workshops/${ws.id}/decisions/merge`, { proposalIds: [q.id], versions: [1], targetActionId: a.id, targetVersion: 1 });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('action_not_in_plan');
    }
    const [{ n }] = await t.database.db.select({ n: sql<number>`count(*)` }).from(actionSources).where(eq(actionSources.proposalId, q.id));
    expect(Number(n)).toBe(0);
  });
});
