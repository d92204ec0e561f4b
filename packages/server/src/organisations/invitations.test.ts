import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../test/harness';
import { call, seedOrganisation, seedUser, sessionHeaders } from '../../test/fixtures';
import { sha256 } from '../auth/tokens';
import { createUser } from '../auth/store';
import { auditLog } from '../audit/schema';
import { users } from '../auth/schema';
import { invitations } from './schema';
import { addMember } from './store';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

const api = (method: string, path: string, headers: Record<string, string>, body?: unknown) => call(t.app, method, path, headers, body);
let n = 0;
const freshEmail = () => `invitee-${n++}-${Date.now()}@example.org`;

async function setup() {
  const org = await seedOrganisation(t.database.db, { name: `Syndicat ${n++}`, kind: 'syndicate' });
  const admin = await seedUser(t.database.db, org.id, 'admin');
  return { org, admin, base: `/api/organisations/${org.id}/invitations` };
}
async function invite(s: Awaited<ReturnType<typeof setup>>, body: object) {
  const res = await api('POST', s.base, s.admin.headers, body);
  expect(res.status).toBe(201);
  return { ...res.body, token: (res.body.acceptUrl as string).replace('/invitation/', '') };
}

describe('admin invitations', () => {
  it('creates a 7-day invitation delivered as a link; only the token hash is stored', async () => {
    const s = await setup();
    const email = freshEmail();
    const res = await invite(s, { email: email.toUpperCase(), role: 'editor', pilotedOnly: true });
    expect(res.delivery).toBe('link');
    expect(res.acceptUrl).toMatch(/^\/invitation\/[A-Za-z0-9_-]{40,}$/);
    expect(res.invitation).toMatchObject({ email, role: 'editor', pilotedOnly: true, status: 'pending', invitedBy: s.admin.user.id });
    const days = (Date.parse(res.invitation.expiresAt) - Date.parse(res.invitation.createdAt)) / 86_400_000;
    expect(days).toBeCloseTo(7, 2);
    const [row] = await t.database.db.select().from(invitations).where(eq(invitations.id, res.invitation.id));
    expect(row.tokenHash).toBe(sha256(res.token));
    expect(JSON.stringify(res)).not.toContain(row.tokenHash);
    const [entry] = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, row.id));
    expect(entry).toMatchObject({ action: 'create', after: res.invitation });
    expect(JSON.stringify(entry)).not.toContain(res.token);
  });

  it('lists pending invitations, replaces a pending one for the same email, and revokes', async () => {
    const s = await setup();
    const email = freshEmail();
    const first = await invite(s, { email, role: 'reader' });
    const second = await invite(s, { email, role: 'editor' });
    const other = await invite(s, { email: freshEmail(), role: 'reader' });
    const list = await api('GET', s.base, s.admin.headers);
    expect(list.body.items.map((i: { id: string }) => i.id).sort()).toEqual([second.invitation.id, other.invitation.id].sort());
    expect((await api('GET', `/api/invitations/${first.token}`, {})).status).toBe(404);
    expect((await api('DELETE', `${s.base}/${second.invitation.id}`, s.admin.headers)).status).toBe(204);
    expect((await api('DELETE', `${s.base}/${second.invitation.id}`, s.admin.headers)).status).toBe(404);
    expect((await api('GET', `/api/invitations/${second.token}`, {})).status).toBe(404);
    expect((await api('GET', s.base, s.admin.headers)).body.items.map((i: { id: string }) => i.id)).toEqual([other.invitation.id]);
  });

  it('refuses to invite a member (409 already_member) and a restricted non-editor (400)', async () => {
    const s = await setup();
    const member = await seedUser(t.database.db, s.org.id, 'reader');
    expect((await api('POST', s.base, s.admin.headers, { email: member.email, role: 'editor' })).body.code).toBe('already_member');
    const restricted = await api('POST', s.base, s.admin.headers, { email: freshEmail(), role: 'reader', pilotedOnly: true });
    expect(restricted.status).toBe(400);
    expect((await api('POST', s.base, s.admin.headers, { email: 'not-an-email', role: 'reader' })).status).toBe(400);
  });
});

describe('public acceptance', () => {
  it('shows a pending invitation to anyone holding the token, 404 otherwise', async () => {
    const s = await setup();
    const email = freshEmail();
    const inv = await invite(s, { email, role: 'reader' });
    const res = await api('GET', `/api/invitations/${inv.token}`, {});
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      organisationId: s.org.id,
      organisationName: s.org.name,
      email,
      role: 'reader',
      pilotedOnly: false,
      expiresAt: inv.invitation.expiresAt,
      existingAccount: false,
    });
    expect((await api('GET', `/api/invitations/${'x'.repeat(43)}`, {})).status).toBe(404);
  });

  it('creates the account of a new email, makes it a member and logs it in', async () => {
    const s = await setup();
    const email = freshEmail();
    const inv = await invite(s, { email, role: 'editor' });
    const weak = await api('POST', `/api/invitations/${inv.token}/accept`, {}, { name: 'Inès', password: 'short' });
    expect(weak.body.code).toBe('weak_password');
    const missing = await api('POST', `/api/invitations/${inv.token}/accept`, {}, {});
    expect(missing.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['name', 'password']);

    const res = await api('POST', `/api/invitations/${inv.token}/accept`, {}, { name: 'Inès', password: 'une longue phrase secrète' });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ email, name: 'Inès', isSuperadmin: false });
    expect(res.body.memberships).toEqual([expect.objectContaining({ organisationId: s.org.id, role: 'editor' })]);
    expect(JSON.stringify(res.body)).not.toMatch(/scrypt|passwordHash|tokenHash/);
    // The cookie is a working session, and the password works for later logins.
    const cookie = res.headers.get('set-cookie')!.split(';')[0];
    const session = await api('GET', '/api/auth/session', { cookie });
    expect(session.body.user.email).toBe(email);
    expect(session.body.csrfToken).toBe(res.body.csrfToken);
    await sessionHeaders(t.app, email, 'une longue phrase secrète');
    // Single use.
    const again = await api('POST', `/api/invitations/${inv.token}/accept`, {}, { name: 'X', password: 'une longue phrase secrète' });
    expect(again.status).toBe(404);
    const actions = (await t.database.db.select().from(auditLog).where(eq(auditLog.organisationId, s.org.id))).map((a) => `${a.entityType}.${a.action}`);
    expect(actions).toEqual(expect.arrayContaining(['user.create', 'membership.create', 'invitation.accept']));
  });

  it('requires an existing account to be logged in as itself', async () => {
    const s = await setup();
    const existing = await seedUser(t.database.db, null, null);
    const stranger = await seedUser(t.database.db, null, null);
    const inv = await invite(s, { email: existing.email, role: 'reader' });
    expect((await api('GET', `/api/invitations/${inv.token}`, {})).body.existingAccount).toBe(true);
    const anonymous = await api('POST', `/api/invitations/${inv.token}/accept`, {}, { name: 'Pirate', password: 'une longue phrase secrète' });
    expect(anonymous).toMatchObject({ status: 401, body: { code: 'login_required' } });
    const wrong = await api('POST', `/api/invitations/${inv.token}/accept`, stranger.headers, {});
    expect(wrong).toMatchObject({ status: 403, body: { code: 'wrong_account' } });
    const headers = await sessionHeaders(t.app, existing.email, existing.password);
    const ok = await api('POST', `/api/invitations/${inv.token}/accept`, headers, {});
    expect(ok.status).toBe(200);
    expect(ok.body.csrfToken).toBe(headers['x-csrf-token']); // the current session is kept
    expect(ok.body.memberships.map((m: { organisationId: string }) => m.organisationId)).toEqual([s.org.id]);
    expect((await api('GET', `/api/organisations/${s.org.id}`, existing.headers)).body.my.role).toBe('reader');
  });

  it('lets an account created without a password (CLI) set it by accepting', async () => {
    const s = await setup();
    const email = freshEmail();
    await createUser(t.database.db, { email, name: 'Sans mot de passe' });
    const inv = await invite(s, { email, role: 'admin' });
    expect((await api('GET', `/api/invitations/${inv.token}`, {})).body.existingAccount).toBe(false);
    const res = await api('POST', `/api/invitations/${inv.token}/accept`, {}, { name: 'Camille', password: 'une longue phrase secrète' });
    expect(res.body.user).toMatchObject({ email, name: 'Camille' });
    await sessionHeaders(t.app, email, 'une longue phrase secrète');
  });

  it('answers 409 already_member when the invitee joined meanwhile, leaving the invitation pending', async () => {
    const s = await setup();
    const invitee = await seedUser(t.database.db, null, null);
    const inv = await invite(s, { email: invitee.email, role: 'editor' });
    await addMember(t.database.db, { email: invitee.email, organisationId: s.org.id, role: 'reader' });
    const res = await api('POST', `/api/invitations/${inv.token}/accept`, invitee.headers, {});
    expect(res).toMatchObject({ status: 409, body: { code: 'already_member' } });
    expect((await api('GET', `/api/invitations/${inv.token}`, {})).status).toBe(200);
  });

  it('refuses disabled accounts', async () => {
    const s = await setup();
    const email = freshEmail();
    const u = await createUser(t.database.db, { email, name: 'Désactivé' });
    await t.database.db.update(users).set({ disabled: true }).where(eq(users.id, u.id));
    const inv = await invite(s, { email, role: 'reader' });
    const res = await api('POST', `/api/invitations/${inv.token}/accept`, {}, { name: 'X', password: 'une longue phrase secrète' });
    expect(res).toMatchObject({ status: 403, body: { code: 'account_disabled' } });
  });

  it('refuses expired invitations', async () => {
    const s = await setup();
    const inv = await invite(s, { email: freshEmail(), role: 'reader' });
    await t.database.db.update(invitations).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(invitations.id, inv.invitation.id));
    expect((await api('GET', `/api/invitations/${inv.token}`, {})).status).toBe(404);
    const res = await api('POST', `/api/invitations/${inv.token}/accept`, {}, { name: 'X', password: 'une longue phrase secrète' });
    expect(res.status).toBe(404);
    expect((await api('GET', s.base, s.admin.headers)).body.items).toEqual([]);
  });
});
