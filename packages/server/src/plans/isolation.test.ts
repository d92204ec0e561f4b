import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness';
import { call } from '../../test/fixtures';
import { anonymous, api, seedAction, seedPlan, seedTenant, type Who } from './testing';

// Every plan route, for every kind of caller: strangers get 404 (never 403), anonymous callers 401, readers 403 on
// writes. Mutating requests are sent with valid bodies so that only authorisation can refuse them.

let t: TestContext;
let w: Awaited<ReturnType<typeof seedTenant>>;
let routes: { method: string; path: string; body?: unknown; write: boolean; minimum: 'reader' | 'editor' | 'admin' }[];

beforeAll(async () => {
  t = await createTestContext();
  w = await seedTenant(t);
  const http = api(t);
  const plan = await seedPlan(t, w.org.id);
  const axis = (await http.post(`/api/plans/${plan.id}/axes`, w.editor, { title: 'Axe' })).body;
  const action = await seedAction(t, plan, { title: 'Action', axisId: axis.id });
  const view = (await http.post(`/api/plans/${plan.id}/views`, w.reader, { name: 'Vue', filters: {} })).body;
  routes = [
    { method: 'GET', path: `/api/organisations/${w.org.id}/plans`, write: false, minimum: 'reader' },
    { method: 'POST', path: `/api/organisations/${w.org.id}/plans`, body: { type: 'pcaet', title: 'P' }, write: true, minimum: 'editor' },
    { method: 'GET', path: `/api/plans/${plan.id}`, write: false, minimum: 'reader' },
    { method: 'PATCH', path: `/api/plans/${plan.id}`, body: { title: 'P', version: 1 }, write: true, minimum: 'editor' },
    { method: 'DELETE', path: `/api/plans/${plan.id}`, write: true, minimum: 'admin' },
    { method: 'POST', path: `/api/plans/${plan.id}/axes`, body: { title: 'A' }, write: true, minimum: 'editor' },
    { method: 'PATCH', path: `/api/axes/${axis.id}`, body: { title: 'A', version: 1 }, write: true, minimum: 'editor' },
    { method: 'DELETE', path: `/api/axes/${axis.id}?force=true`, write: true, minimum: 'editor' },
    { method: 'GET', path: `/api/plans/${plan.id}/actions`, write: false, minimum: 'reader' },
    { method: 'POST', path: `/api/plans/${plan.id}/actions`, body: { title: 'A' }, write: true, minimum: 'editor' },
    { method: 'GET', path: `/api/actions/${action.id}`, write: false, minimum: 'reader' },
    { method: 'PATCH', path: `/api/actions/${action.id}`, body: { title: 'A', version: 1 }, write: true, minimum: 'editor' },
    { method: 'POST', path: `/api/actions/${action.id}/move`, body: { position: 0 }, write: true, minimum: 'editor' },
    { method: 'DELETE', path: `/api/actions/${action.id}`, write: true, minimum: 'editor' },
    { method: 'GET', path: `/api/plans/${plan.id}/views`, write: false, minimum: 'reader' },
    { method: 'POST', path: `/api/plans/${plan.id}/views`, body: { name: 'V', filters: {} }, write: true, minimum: 'reader' },
    { method: 'DELETE', path: `/api/views/${view.id}`, write: true, minimum: 'reader' },
    { method: 'GET', path: `/api/plans/${plan.id}/levers/matrix`, write: false, minimum: 'reader' },
  ];
});
afterAll(() => t.close());

const send = (r: (typeof routes)[number], who: Who) => call(t.app, r.method, r.path, who.headers, r.body);

describe('tenant isolation of plans, axes, actions, views and matrices', () => {
  it('answers 404 to members of another organisation, even their admins', async () => {
    for (const r of routes) expect({ route: `${r.method} ${r.path}`, status: (await send(r, w.outsider)).status }).toEqual({ route: `${r.method} ${r.path}`, status: 404 });
  });

  it('answers 401 to anonymous callers', async () => {
    for (const r of routes) expect([r.method, r.path, (await send(r, anonymous)).status]).toEqual([r.method, r.path, 401]);
  });

  it('answers 403 to readers on editor and admin operations', async () => {
    for (const r of routes.filter((x) => x.minimum !== 'reader'))
      expect([r.method, r.path, (await send(r, w.reader)).status]).toEqual([r.method, r.path, 403]);
  });

  it('answers 403 to editors on admin operations, and 404 for unknown ids', async () => {
    for (const r of routes.filter((x) => x.minimum === 'admin'))
      expect([r.method, r.path, (await send(r, w.editor)).status]).toEqual([r.method, r.path, 403]);
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const path of [`/api/plans/${unknown}`, `/api/actions/${unknown}`, `/api/plans/${unknown}/actions`, `/api/plans/${unknown}/levers/matrix`])
      expect((await call(t.app, 'GET', path, w.admin.headers)).status).toBe(404);
  });

  it('lets the allowed roles through (last, since it deletes)', async () => {
    // Saved-view deletion belongs to its author (the reader); the others use the admin.
    const ordered = [...routes.filter((r) => r.method !== 'DELETE'), ...routes.filter((r) => r.method === 'DELETE').reverse()];
    for (const r of ordered) {
      const who = r.path.startsWith('/api/views/') ? w.reader : w.admin;
      const status = (await send(r, who)).status;
      expect([r.method, r.path, status < 300]).toEqual([r.method, r.path, true]);
    }
  });
});
