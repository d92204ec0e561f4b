import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { auditLog } from '../audit/schema';
import { actions, axes } from '../plans/schema';
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

const post = (path: string, body: unknown, headers = w.editor.headers) => call(t.app, 'POST', path, headers, body);
const actionRow = async (id: string) => (await t.database.db.select().from(actions).where(eq(actions.id, id)))[0];
const actionCount = async () => Number((await t.database.db.select({ n: sql<number>`count(*)` }).from(actions))[0].n);
/** Stands in for an edit through the action routes (another feature): any change bumps the version. */
const editAction = (id: string) =>
  t.database.db.update(actions).set({ notes: 'modifié', version: sql`${actions.version} + 1` }).where(eq(actions.id, id));

describe('retain', () => {
  it('turns a proposal into a retained action, with provenance and audit', async () => {
    const ws = await createWorkshop(t.app, w.editor.headers, w.plan.id);
    const p = await createProposal(t.app, w.editor.headers, ws.id, 3);
    const res = await post(`/api/workshops/${ws.id}/decisions/retain`, { proposalId: p.id, version: 1, axisId: w.axis.id });
    expect(res.status).toBe(201);
    const { action, decision, proposals } = res.body;
    expect(action).toMatchObject({
      planId: w.plan.id,
      axisId: w.axis.id,
      title: p.title,
      status: 'retained',
      copLevers: ['decarbonised-heat-networks'],
      porteurLevers: ['inform', 'mobilise'],
      pilots: [{ name: 'Métropole' }],
      ownerName: 'Métropole',
      version: 1,
    });
    expect(action.partners.map((x: { name: string }) => x.name)).toEqual(['Communes', 'ALEC', 'DR ADEME', 'services de l’Etat']);
    expect(decision).toMatchObject({ kind: 'retain', actionId: action.id, proposalIds: [p.id], createdAction: true, undoable: true });
    expect(decision.decidedBy).toEqual({ id: w.editor.user.id, name: w.editor.user.name });
    expect(proposals).toEqual([expect.objectContaining({ id: p.id, status: 'retained', version: 2, decisionId: decision.id })]);

    const sources = await call(t.app, 'GET', `/api/actions/${action.id}/sources`, w.reader.headers);
    expect(sources.status).toBe(200);
    expect(sources.body.items).toEqual([
      {
        proposalId: p.id,
        title: p.title,
        contributorName: 'Participant 3',
        contributorOrganisation: 'ALEC',
        workshopId: ws.id,
        workshopTheme: 'Valorisation des énergies fatales',
        workshopDate: null,
        decisionKind: 'retain',
        decidedAt: decision.decidedAt,
        decidedBy: w.editor.user.name,
      },
    ]);
    const audited = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, decision.id));
    expect(audited.map((r) => [r.entityType, r.action])).toEqual([['proposal_decision', 'create']]);
    expect((await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, action.id))).length).toBe(1);
  });

  it('applies the facilitator’s overrides and checks them', async () => {
    const ws = await createWorkshop(t.app, w.editor.headers, w.plan.id);
    const p = await createProposal(t.app, w.editor.headers, ws.id, 1);
    const before = await actionCount();
    const badStatus = await post(`/api/workshops/${ws.id}/decisions/retain`, { proposalId: p.id, version: 1, overrides: { status: 'finished' } });
    expect(badStatus.status).toBe(400);
    expect(badStatus.body.errors[0].path).toBe('overrides.status');
    const [{ id: axisId }] = await t.database.db.insert(axes).values({ planId: w.otherPlan.id, title: 'Autre plan' }).returning();
    const wrongAxis = await post(`/api/workshops/${ws.id}/decisions/retain`, { proposalId: p.id, version: 1, axisId });
    expect(wrongAxis.status).toBe(400);
    expect(wrongAxis.body.errors.map((e: { path: string }) => e.path)).toEqual(['axisId']);
    expect(await actionCount()).toBe(before);
    const ok = await post(`/api/workshops/${ws.id}/decisions/retain`, {
      proposalId: p.id,
      version: 1,
      overrides: { title: 'Partager la connaissance des data centers', priority: 'high', porteurLevers: ['collect_data'] },
    });
    expect(ok.status).toBe(201);
    expect(ok.body.action).toMatchObject({ title: 'Partager la connaissance des data centers', priority: 'high', porteurLevers: ['collect_data'], status: 'retained' });
  });

  it('refuses foreign, stale and already triaged proposals without side effects', async () => {
    const ws = await createWorkshop(t.app, w.editor.headers, w.plan.id);
    const elsewhere = await createWorkshop(t.app, w.editor.headers, w.otherPlan.id);
    const p = await createProposal(t.app, w.editor.headers, ws.id, 4);
    const q = await createProposal(t.app, w.editor.headers, elsewhere.id, 4);
    const before = await actionCount();
    const foreign = await post(`/api/workshops/${ws.id}/decisions/retain`, { proposalId: q.id, version: 1 });
    expect(foreign.status).toBe(400);
    expect(foreign.body).toMatchObject({ code: 'proposal_not_in_workshop', proposalIds: [q.id] });
    const stale = await post(`/api/workshops/${ws.id}/decisions/retain`, { proposalId: p.id, version: 3 });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict', currentVersion: 1, proposalId: p.id });
    expect(await actionCount()).toBe(before);
    expect((await post(`/api/workshops/${ws.id}/decisions/retain`, { proposalId: p.id, version: 1 })).status).toBe(201);
    const again = await post(`/api/workshops/${ws.id}/decisions/retain`, { proposalId: p.id, version: 2 });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_triaged');
    const aside = await post(`/api/workshops/${ws.id}/decisions/set-aside`, { proposalId: p.id, version: 2, reason: 'doublon' });
    expect(aside.body.code).toBe('already_triaged');
    expect(await actionCount()).toBe(before + 1);
  });

  it('lets only one of two simultaneous decisions on a proposal through', async () => {
    const ws = await createWorkshop(t.app, w.editor.headers, w.plan.id);
    const p = await createProposal(t.app, w.editor.headers, ws.id, 6);
    const results = await Promise.all([
      post(`/api/workshops/${ws.id}/decisions/retain`, { proposalId: p.id, version: 1 }),
      post(`/api/workshops/${ws.id}/decisions/set-aside`, { proposalId: p.id, version: 1, reason: 'déjà couvert' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const detail = await call(t.app, 'GET', `/api/workshops/${ws.id}`, w.editor.headers);
    expect(detail.body.decisions).toHaveLength(1);
  });
});

describe('set aside', () => {
  it('requires a reason and records it', async () => {
    const ws = await createWorkshop(t.app, w.editor.headers, w.plan.id);
    const p = await createProposal(t.app, w.editor.headers, ws.id, 9);
    const none = await post(`/api/workshops/${ws.id}/decisions/set-aside`, { proposalId: p.id, version: 1, reason: '  ' });
    expect(none.status).toBe(400);
    expect(none.body.errors[0].path).toBe('reason');
    const res = await post(`/api/workshops/${ws.id}/decisions/set-aside`, { proposalId: p.id, version: 1, reason: 'Relève du PLUi' });
    expect(res.status).toBe(201);
    expect(res.body.action).toBeNull();
    expect(res.body.decision).toMatchObject({ kind: 'set_aside', reason: 'Relève du PLUi', actionId: null, proposalIds: [p.id] });
    const detail = await call(t.app, 'GET', `/api/workshops/${ws.id}`, w.reader.headers);
    expect(detail.body.proposals.set_aside.map((x: { id: string }) => x.id)).toEqual([p.id]);
    expect(detail.body.proposalCounts).toMatchObject({ pending: 0, set_aside: 1 });
  });
});

describe('undo', () => {
  it('deletes the created action and puts the proposal back to pending', async () => {
    const ws = await createWorkshop(t.app, w.editor.headers, w.plan.id);
    const p = await createProposal(t.app, w.editor.headers, ws.id, 7);
    const { body } = await post(`/api/workshops/${ws.id}/decisions/retain`, { proposalId: p.id, version: 1 });
    const undo = await post(`/api/decisions/${body.decision.id}/undo`, undefined);
    expect(undo.status).toBe(200);
    expect(undo.body.proposals).toEqual([expect.objectContaining({ id: p.id, status: 'pending', decisionId: null, version: 3 })]);
    expect(await actionRow(body.action.id)).toBeUndefined();
    expect((await post(`/api/decisions/${body.decision.id}/undo`, undefined)).status).toBe(404);
    const detail = await call(t.app, 'GET', `/api/workshops/${ws.id}`, w.editor.headers);
    expect(detail.body.decisions).toEqual([]);
    // With no decision left the workshop can go.
    expect((await call(t.app, 'DELETE', `/api/workshops/${ws.id}`, w.editor.headers)).status).toBe(204);
  });

  it('is refused once the action has been edited or given a sub-action', async () => {
    const ws = await createWorkshop(t.app, w.editor.headers, w.plan.id);
    const p = await createProposal(t.app, w.editor.headers, ws.id, 8);
    const q = await createProposal(t.app, w.editor.headers, ws.id, 10);
    const edited = (await post(`/api/workshops/${ws.id}/decisions/retain`, { proposalId: p.id, version: 1 })).body;
    await editAction(edited.action.id);
    const locked = await post(`/api/decisions/${edited.decision.id}/undo`, undefined);
    expect(locked.status).toBe(409);
    expect(locked.body.code).toBe('decision_locked');
    expect(await actionRow(edited.action.id)).toBeDefined();

    const parent = (await post(`/api/workshops/${ws.id}/decisions/retain`, { proposalId: q.id, version: 1 })).body;
    await t.database.db.insert(actions).values({ organisationId: w.org.id, planId: w.plan.id, parentId: parent.action.id, title: 'Sous-action' });
    expect((await post(`/api/decisions/${parent.decision.id}/undo`, undefined)).body.code).toBe('decision_locked');
    const detail = await call(t.app, 'GET', `/api/workshops/${ws.id}`, w.editor.headers);
    expect(detail.body.decisions.map((d: { undoable: boolean }) => d.undoable)).toEqual([false, false]);
  });

  it('puts a set-aside proposal back to pending', async () => {
    const ws = await createWorkshop(t.app, w.editor.headers, w.plan.id);
    const p = await createProposal(t.app, w.editor.headers, ws.id, 11);
    const { body } = await post(`/api/workshops/${ws.id}/decisions/set-aside`, { proposalId: p.id, version: 1, reason: 'doublon' });
    const undo = await post(`/api/decisions/${body.decision.id}/undo`, undefined, w.admin.headers);
    expect(undo.status).toBe(200);
    expect(undo.body.proposals[0]).toMatchObject({ status: 'pending', version: 3 });
    const audited = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, body.decision.id));
    expect(audited.map((r) => r.action)).toEqual(['create', 'delete']);
  });
});
