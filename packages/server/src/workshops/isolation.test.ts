import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness';
import { call, sessionHeaders } from '../../test/fixtures';
import { createProposal, createWorkshop, sdemProposal, seedTenants } from './test-fixtures';

let t: TestContext;
let w: Awaited<ReturnType<typeof seedTenants>>;
beforeAll(async () => {
  t = await createTestContext();
  w = await seedTenants(t.database.db);
});
afterAll(() => t.close());

type Who = 'anonymous' | 'outsider' | 'reader' | 'restricted' | 'editor' | 'admin';
const headersOf = (who: Who) => (who === 'anonymous' ? {} : w[who].headers);

/**
 * Every route with a fresh target per call, so that a call that wrongly succeeds cannot hide the next one.
 * `kind` says which permission applies: read (plan.read), propose (proposal.create, allowed to restricted editors),
 * write (workshop.write / proposal.triage: editors and admins only).
 */
const routes: { name: string; kind: 'read' | 'propose' | 'write'; run: (h: Record<string, string>) => Promise<{ status: number }> }[] = [
  { name: 'listWorkshops', kind: 'read', run: (h) => call(t.app, 'GET', `/api/plans/${w.plan.id}/workshops`, h) },
  { name: 'createWorkshop', kind: 'write', run: (h) => call(t.app, 'POST', `/api/plans/${w.plan.id}/workshops`, h, { theme: 'Atelier' }) },
  { name: 'getWorkshop', kind: 'read', run: async (h) => call(t.app, 'GET', `/api/workshops/${(await workshop()).id}`, h) },
  { name: 'updateWorkshop', kind: 'write', run: async (h) => call(t.app, 'PATCH', `/api/workshops/${(await workshop()).id}`, h, { version: 1, theme: 'T' }) },
  { name: 'deleteWorkshop', kind: 'write', run: async (h) => call(t.app, 'DELETE', `/api/workshops/${(await workshop()).id}`, h) },
  { name: 'createProposal', kind: 'propose', run: async (h) => call(t.app, 'POST', `/api/workshops/${(await workshop()).id}/proposals`, h, sdemProposal(1)) },
  { name: 'updateProposal', kind: 'propose', run: async (h) => call(t.app, 'PATCH', `/api/proposals/${(await proposal()).p.id}`, h, { version: 1, title: 'T' }) },
  { name: 'deleteProposal', kind: 'propose', run: async (h) => call(t.app, 'DELETE', `/api/proposals/${(await proposal()).p.id}`, h) },
  {
    name: 'retainProposal',
    kind: 'write',
    run: async (h) => {
      const { ws, p } = await proposal();
      return call(t.app, 'POST', `/api/workshops/${ws.id}/decisions/retain`, h, { proposalId: p.id, version: 1 });
    },
  },
  {
    name: 'mergeProposals',
    kind: 'write',
    run: async (h) => {
      const { ws, p } = await proposal();
      const q = await createProposal(t.app, w.editor.headers, ws.id, 2);
      return call(t.app, 'POST', `/api/workshops/${ws.id}/decisions/merge`, h, { proposalIds: [p.id, q.id], versions: [1, 1], action: { title: 'Fusion' } });
    },
  },
  {
    name: 'setAsideProposal',
    kind: 'write',
    run: async (h) => {
      const { ws, p } = await proposal();
      return call(t.app, 'POST', `/api/workshops/${ws.id}/decisions/set-aside`, h, { proposalId: p.id, version: 1, reason: 'non' });
    },
  },
  { name: 'undoProposalDecision', kind: 'write', run: async (h) => call(t.app, 'POST', `/api/decisions/${(await retained()).decision.id}/undo`, h) },
  { name: 'listActionSources', kind: 'read', run: async (h) => call(t.app, 'GET', `/api/actions/${(await retained()).action.id}/sources`, h) },
];

const workshop = () => createWorkshop(t.app, w.editor.headers, w.plan.id);
const proposal = async () => {
  const ws = await workshop();
  return { ws, p: await createProposal(t.app, w.editor.headers, ws.id, 1) };
};
const retained = async () => {
  const { ws, p } = await proposal();
  return (await call(t.app, 'POST', `/api/workshops/${ws.id}/decisions/retain`, w.editor.headers, { proposalId: p.id, version: 1 })).body;
};

const allowed: Record<Who, Record<'read' | 'propose' | 'write', number | 'ok'>> = {
  anonymous: { read: 401, propose: 401, write: 401 },
  outsider: { read: 404, propose: 404, write: 404 },
  reader: { read: 'ok', propose: 403, write: 403 },
  restricted: { read: 'ok', propose: 'ok', write: 403 },
  editor: { read: 'ok', propose: 'ok', write: 'ok' },
  admin: { read: 'ok', propose: 'ok', write: 'ok' },
};

describe('tenant isolation and roles', () => {
  for (const route of routes)
    it(`${route.name}: anonymous 401, other tenant 404, roles per the matrix`, async () => {
      for (const who of Object.keys(allowed) as Who[]) {
        const { status } = await route.run(headersOf(who));
        const expected = allowed[who][route.kind];
        if (expected === 'ok') expect([200, 201, 204], `${who}`).toContain(status);
        else expect(status, `${who}`).toBe(expected);
      }
    });

  it('answers 404 alike for a missing id and another tenant’s id', async () => {
    const foreignWs = await createWorkshop(t.app, w.foreignEditor.headers, w.foreignPlan.id);
    const missing = '00000000-0000-4000-8000-000000000000';
    for (const id of [foreignWs.id, missing]) {
      const res = await call(t.app, 'GET', `/api/workshops/${id}`, w.editor.headers);
      expect(res.status).toBe(404);
      expect(res.body.code).toBe('not_found');
    }
    const plan = await call(t.app, 'POST', `/api/plans/${w.foreignPlan.id}/workshops`, w.admin.headers, { theme: 'x' });
    expect(plan.status).toBe(404);
  });

  it('keeps another tenant’s proposals out of a decision', async () => {
    const foreignWs = await createWorkshop(t.app, w.foreignEditor.headers, w.foreignPlan.id);
    const foreign = await createProposal(t.app, w.foreignEditor.headers, foreignWs.id, 1);
    const { ws, p } = await proposal();
    const res = await call(t.app, 'POST', `/api/workshops/${ws.id}/decisions/merge`, w.editor.headers, {
      proposalIds: [p.id, foreign.id],
      versions: [1, 1],
      action: { title: 'Fusion' },
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('proposal_not_in_workshop');
  });

  it('accepts cookie sessions with their CSRF token', async () => {
    const h = await sessionHeaders(t.app, w.editor.email, w.editor.password);
    const res = await call(t.app, 'POST', `/api/plans/${w.plan.id}/workshops`, h, { theme: 'Par session' });
    expect(res.status).toBe(201);
    const { cookie } = h;
    expect((await call(t.app, 'POST', `/api/plans/${w.plan.id}/workshops`, { cookie }, { theme: 'Sans CSRF' })).status).toBe(403);
  });

  it('documents every route in the OpenAPI description', async () => {
    const doc = await call(t.app, 'GET', '/api/openapi.json', {});
    expect(doc.status).toBe(200);
    const ids = Object.values(doc.body.paths as Record<string, Record<string, { operationId: string }>>).flatMap((p) =>
      Object.values(p).map((o) => o.operationId),
    );
    for (const route of routes) expect(ids).toContain(route.name);
  });
});
