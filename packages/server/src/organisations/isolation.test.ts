import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@trajectoire/domain';
import { createTestContext, type TestContext } from '../../test/harness';
import { call, seedOrganisation, seedUser } from '../../test/fixtures';
import { createInvitation } from './invitation-store';

/**
 * Every organisation-scoped route, for every kind of caller: members of another organisation get 404 (as for a
 * missing id), members get what the permission matrix says, anonymous callers 401.
 */
let t: TestContext;
let orgA: string;
let targetUser: string;
let invitationId: string;
const users: Record<string, Record<string, string>> = {};

beforeAll(async () => {
  t = await createTestContext();
  const db = t.database.db;
  const a = await seedOrganisation(db);
  const b = await seedOrganisation(db);
  orgA = a.id;
  for (const [name, role, pilotedOnly] of [
    ['reader', 'reader', false],
    ['editor', 'editor', false],
    ['restricted', 'editor', true],
  ] as [string, Role, boolean][])
    users[name] = (await seedUser(db, orgA, role, { pilotedOnly })).headers;
  users.otherAdmin = (await seedUser(db, b.id, 'admin')).headers;
  users.superadmin = (await seedUser(db, null, null, { isSuperadmin: true })).headers;
  targetUser = (await seedUser(db, orgA, 'reader')).user.id;
  invitationId = (await createInvitation(db, { organisationId: orgA, email: 'x@example.org', role: 'reader', pilotedOnly: false, invitedBy: null })).row.id;
});
afterAll(() => t.close());

interface Case {
  method: string;
  path: () => string;
  body?: () => object;
  /** Minimum role for success; null: superadmin only. */
  min: Role | null;
}
const RANK: Record<Role, number> = { reader: 1, editor: 2, admin: 3 };
const org = () => `/api/organisations/${orgA}`;
// Writes come last in each group and target data that other cases do not need (the admin pass is run by a superadmin
// here, so it only proves that those routes answer 2xx when allowed; the role-specific 2xx are in the feature tests).
const cases: Case[] = [
  { method: 'GET', path: org, min: 'reader' },
  { method: 'GET', path: () => `${org()}/members`, min: 'reader' },
  { method: 'GET', path: () => `${org()}/audit`, min: 'reader' },
  { method: 'GET', path: () => `${org()}/invitations`, min: 'admin' },
  { method: 'PATCH', path: org, body: () => ({ version: 1, name: 'Renamed' }), min: 'admin' },
  { method: 'PATCH', path: () => `${org()}/members/${targetUser}`, body: () => ({ version: 1, role: 'editor' }), min: 'admin' },
  { method: 'POST', path: () => `${org()}/invitations`, body: () => ({ email: 'new@example.org', role: 'reader' }), min: 'admin' },
  { method: 'DELETE', path: () => `${org()}/invitations/${invitationId}`, min: 'admin' },
  { method: 'DELETE', path: () => `${org()}/members/${targetUser}`, min: 'admin' },
];
const label = (c: Case) => `${c.method} ${c.path().replace(orgA, '{id}').replace(targetUser, '{userId}').replace(invitationId, '{invitationId}')}`;

describe('tenant isolation and roles on organisation routes', () => {
  it('answers 401 to anonymous callers', async () => {
    for (const c of cases) expect((await call(t.app, c.method, c.path(), {}, c.body?.())).status, label(c)).toBe(401);
  });

  it('answers 404 to members of another organisation, exactly as for a missing organisation', async () => {
    for (const c of cases) {
      const res = await call(t.app, c.method, c.path(), users.otherAdmin, c.body?.());
      expect(res.status, label(c)).toBe(404);
      const missing = await call(t.app, c.method, c.path().replace(orgA, '00000000-0000-4000-8000-000000000000'), users.otherAdmin, c.body?.());
      expect(res.body, label(c)).toEqual(missing.body);
    }
  });

  it('answers 403 to members below the required role and lets the others through', async () => {
    const roles: [string, Role][] = [['reader', 'reader'], ['editor', 'editor'], ['restricted', 'editor']];
    for (const c of cases) {
      for (const [name, role] of roles) {
        const res = await call(t.app, c.method, c.path(), users[name], c.body?.());
        if (c.min && RANK[role] >= RANK[c.min]) expect(res.status, `${name} ${label(c)}`).toBe(200);
        else expect(res.status, `${name} ${label(c)}`).toBe(403);
      }
    }
  });

  it('lets a superadmin who is not a member do everything', async () => {
    for (const c of cases) expect((await call(t.app, c.method, c.path(), users.superadmin, c.body?.())).status, label(c)).toBeLessThan(300);
  });
});
