import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { GRAND_PARIS_SDEM_PROPOSALS } from '../demo/data/grand-paris-sdem';
import { auditLog } from '../audit/schema';
import { createTestContext, type TestContext } from '../../test/harness';
import { call } from '../../test/fixtures';
import { createProposal, createWorkshop, sdemProposal, seedTenants } from './test-fixtures';

let t: TestContext;
let w: Awaited<ReturnType<typeof seedTenants>>;
beforeAll(async () => {
  t = await createTestContext();
  w = await seedTenants(t.database.db);
});
afterAll(() => t.close());

const auditActions = async (entityId: string) =>
  (await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, entityId))).map((r) => r.action);

describe('workshops', () => {
  it('creates a workshop with its participants and audits it', async () => {
    const participants = [{ name: 'Gabriel GOLL', organisation: 'Métropole du Grand Paris', role: 'Chargé de mission' }];
    const res = await call(t.app, 'POST', `/api/plans/${w.plan.id}/workshops`, w.editor.headers, {
      date: '2022-01-20',
      theme: '  Valorisation des énergies fatales ',
      participants,
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ planId: w.plan.id, organisationId: w.org.id, theme: 'Valorisation des énergies fatales', date: '2022-01-20', participants, version: 1 });
    expect(res.body.proposalCounts).toEqual({ pending: 0, retained: 0, merged: 0, set_aside: 0 });
    expect(await auditActions(res.body.id)).toEqual(['create']);
  });

  it('rejects an empty theme and a malformed date', async () => {
    const empty = await call(t.app, 'POST', `/api/plans/${w.plan.id}/workshops`, w.editor.headers, { theme: ' ' });
    expect(empty.status).toBe(400);
    expect(empty.body.errors.map((e: { path: string }) => e.path)).toEqual(['theme']);
    const date = await call(t.app, 'POST', `/api/plans/${w.plan.id}/workshops`, w.editor.headers, { theme: 'x', date: '20/01/2022' });
    expect(date.status).toBe(400);
  });

  it('lists a plan’s workshops by date, undated last, page by page', async () => {
    const plan = w.otherPlan.id;
    const undated = await createWorkshop(t.app, w.editor.headers, plan, 'Sans date');
    for (const [theme, date] of [['Mobilité', '2024-03-01'], ['Bâtiment', '2023-05-10'], ['Agriculture', '2024-03-01']])
      await call(t.app, 'POST', `/api/plans/${plan}/workshops`, w.editor.headers, { theme, date });
    const first = await call(t.app, 'GET', `/api/plans/${plan}/workshops?limit=2`, w.reader.headers);
    expect(first.status).toBe(200);
    expect(first.body.items.map((x: { theme: string }) => x.theme)[0]).toBe('Bâtiment');
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await call(t.app, 'GET', `/api/plans/${plan}/workshops?limit=2&cursor=${first.body.nextCursor}`, w.reader.headers);
    expect(second.body.nextCursor).toBeNull();
    const all = [...first.body.items, ...second.body.items];
    expect(all.map((x: { date: string | null }) => x.date)).toEqual(['2023-05-10', '2024-03-01', '2024-03-01', null]);
    expect(all[3].id).toBe(undated.id);
    const other = await call(t.app, 'GET', `/api/plans/${w.plan.id}/workshops`, w.reader.headers);
    expect(other.body.items.every((x: { planId: string }) => x.planId === w.plan.id)).toBe(true);
    const bad = await call(t.app, 'GET', `/api/plans/${plan}/workshops?cursor=nonsense`, w.reader.headers);
    expect(bad.status).toBe(400);
  });

  it('updates with optimistic versioning', async () => {
    const ws = await createWorkshop(t.app, w.editor.headers, w.plan.id);
    const ok = await call(t.app, 'PATCH', `/api/workshops/${ws.id}`, w.editor.headers, { version: 1, date: '2022-01-20' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ version: 2, date: '2022-01-20', theme: 'Valorisation des énergies fatales' });
    const stale = await call(t.app, 'PATCH', `/api/workshops/${ws.id}`, w.editor.headers, { version: 1, theme: 'Autre' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    expect(await auditActions(ws.id)).toEqual(['create', 'update']);
  });

  it('deletes an untriaged workshop with its proposals', async () => {
    const ws = await createWorkshop(t.app, w.editor.headers, w.plan.id);
    const p = await createProposal(t.app, w.editor.headers, ws.id, 1);
    expect((await call(t.app, 'DELETE', `/api/workshops/${ws.id}`, w.editor.headers)).status).toBe(204);
    expect((await call(t.app, 'GET', `/api/workshops/${ws.id}`, w.editor.headers)).status).toBe(404);
    expect((await call(t.app, 'PATCH', `/api/proposals/${p.id}`, w.editor.headers, { version: 1, title: 'x' })).status).toBe(404);
  });
});

describe('proposals', () => {
  it('records the 14 proposals of the Grand Paris waste-heat workshop', async () => {
    const ws = await createWorkshop(t.app, w.editor.headers, w.plan.id);
    for (let row = 1; row <= GRAND_PARIS_SDEM_PROPOSALS.length; row++) await createProposal(t.app, w.editor.headers, ws.id, row);
    const res = await call(t.app, 'GET', `/api/workshops/${ws.id}`, w.reader.headers);
    expect(res.status).toBe(200);
    expect(res.body.proposalCounts.pending).toBe(14);
    expect(res.body.proposals.pending.map((p: { title: string }) => p.title)).toEqual(GRAND_PARIS_SDEM_PROPOSALS.map((p) => p.title));
    const row3 = res.body.proposals.pending[2];
    expect(row3).toMatchObject({ status: 'pending', version: 1, decisionId: null, partnersText: 'Communes, ALEC, DR ADEME, services de l’Etat' });
    // Row 3's levers cell reads "Mobiliser, sensibiliser".
    expect(row3.suggestedPorteurLevers).toEqual(['inform', 'mobilise']);
    expect(res.body.decisions).toEqual([]);
  });

  it('validates COP lever codes and required titles', async () => {
    const ws = await createWorkshop(t.app, w.editor.headers, w.plan.id);
    const bad = await call(t.app, 'POST', `/api/workshops/${ws.id}/proposals`, w.editor.headers, { ...sdemProposal(1), copLevers: ['chaleur'] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].path).toBe('copLevers');
    const untitled = await call(t.app, 'POST', `/api/workshops/${ws.id}/proposals`, w.editor.headers, { ...sdemProposal(1), title: '' });
    expect(untitled.status).toBe(400);
  });

  it('edits a pending proposal with versioning and deletes it', async () => {
    const ws = await createWorkshop(t.app, w.editor.headers, w.plan.id);
    const p = await createProposal(t.app, w.editor.headers, ws.id, 2);
    const ok = await call(t.app, 'PATCH', `/api/proposals/${p.id}`, w.editor.headers, { version: 1, leversText: 'Financer les études' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ version: 2, leversText: 'Financer les études', suggestedPorteurLevers: ['fund'], title: p.title });
    const stale = await call(t.app, 'PATCH', `/api/proposals/${p.id}`, w.editor.headers, { version: 1, title: 'x' });
    expect(stale.body).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    expect((await call(t.app, 'DELETE', `/api/proposals/${p.id}`, w.editor.headers)).status).toBe(204);
    expect((await call(t.app, 'DELETE', `/api/proposals/${p.id}`, w.editor.headers)).status).toBe(404);
    const rows = await t.database.db.select().from(auditLog).where(and(eq(auditLog.entityId, p.id), eq(auditLog.entityType, 'proposal')));
    expect(rows.map((r) => r.action)).toEqual(['create', 'update', 'delete']);
  });

  it('freezes proposals once triaged', async () => {
    const ws = await createWorkshop(t.app, w.editor.headers, w.plan.id);
    const p = await createProposal(t.app, w.editor.headers, ws.id, 5);
    const aside = await call(t.app, 'POST', `/api/workshops/${ws.id}/decisions/set-aside`, w.editor.headers, {
      proposalId: p.id,
      version: 1,
      reason: 'Hors du champ du SDEM',
    });
    expect(aside.status).toBe(201);
    const edit = await call(t.app, 'PATCH', `/api/proposals/${p.id}`, w.editor.headers, { version: 2, title: 'x' });
    expect(edit.status).toBe(409);
    expect(edit.body.code).toBe('already_triaged');
    const del = await call(t.app, 'DELETE', `/api/proposals/${p.id}`, w.editor.headers);
    expect(del.body.code).toBe('already_triaged');
    const wsDel = await call(t.app, 'DELETE', `/api/workshops/${ws.id}`, w.editor.headers);
    expect(wsDel.status).toBe(409);
    expect(wsDel.body.code).toBe('workshop_has_decisions');
  });
});
