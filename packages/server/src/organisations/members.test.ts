import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../test/harness';
import { call, seedOrganisation, seedUser } from '../../test/fixtures';
import { auditLog } from '../audit/schema';
import { memberships } from './schema';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

const api = (method: string, path: string, headers: Record<string, string>, body?: unknown) => call(t.app, method, path, headers, body);

async function team() {
  const org = await seedOrganisation(t.database.db);
  const admin = await seedUser(t.database.db, org.id, 'admin');
  const editor = await seedUser(t.database.db, org.id, 'editor');
  const reader = await seedUser(t.database.db, org.id, 'reader');
  return { org, admin, editor, reader, base: `/api/organisations/${org.id}/members` };
}

describe('GET /api/organisations/{id}/members', () => {
  it('lists members by email for any member, paged, without secrets', async () => {
    const { admin, editor, reader, base } = await team();
    const res = await api('GET', `${base}?limit=2`, reader.headers);
    expect(res.status).toBe(200);
    const second = await api('GET', `${base}?limit=2&cursor=${res.body.nextCursor}`, reader.headers);
    const all = [...res.body.items, ...second.body.items];
    expect(second.body.nextCursor).toBeNull();
    expect(all.map((m: { email: string }) => m.email)).toEqual([admin.email, editor.email, reader.email].sort());
    expect(all.find((m: { userId: string }) => m.userId === editor.user.id)).toMatchObject({ role: 'editor', pilotedOnly: false, version: 1 });
    expect(Object.keys(all[0]).sort()).toEqual(['email', 'joinedAt', 'name', 'pilotedOnly', 'role', 'userId', 'version']);
  });
});

describe('PATCH /api/organisations/{id}/members/{userId}', () => {
  it('changes a role and the piloted-only restriction, versioned and audited', async () => {
    const { org, admin, editor, base } = await team();
    const res = await api('PATCH', `${base}/${editor.user.id}`, admin.headers, { version: 1, pilotedOnly: true });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ userId: editor.user.id, role: 'editor', pilotedOnly: true, version: 2 });
    const stale = await api('PATCH', `${base}/${editor.user.id}`, admin.headers, { version: 1, role: 'admin' });
    expect(stale.body).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    // Promoting drops the restriction, which only narrows editor rights.
    const promoted = await api('PATCH', `${base}/${editor.user.id}`, admin.headers, { version: 2, role: 'admin' });
    expect(promoted.body).toMatchObject({ role: 'admin', pilotedOnly: false, version: 3 });
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.organisationId, org.id), eq(auditLog.entityId, editor.user.id)))
      .orderBy(auditLog.id)
      .limit(1);
    expect(entry).toMatchObject({ entityType: 'membership', action: 'update', actorLabel: admin.email });
    expect(entry.before).toMatchObject({ pilotedOnly: false, version: 1 });
    expect(entry.after).toMatchObject({ pilotedOnly: true, version: 2 });
  });

  it('refuses a restriction on a non-editor role', async () => {
    const { admin, reader, base } = await team();
    const res = await api('PATCH', `${base}/${reader.user.id}`, admin.headers, { version: 1, pilotedOnly: true });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toBe('pilotedOnly');
  });

  it('never demotes the last admin (409 last_admin), but does once there is another', async () => {
    const { admin, editor, base } = await team();
    const self = await api('PATCH', `${base}/${admin.user.id}`, admin.headers, { version: 1, role: 'editor' });
    expect(self.status).toBe(409);
    expect(self.body.code).toBe('last_admin');
    await api('PATCH', `${base}/${editor.user.id}`, admin.headers, { version: 1, role: 'admin' });
    const now = await api('PATCH', `${base}/${admin.user.id}`, admin.headers, { version: 1, role: 'reader' });
    expect(now.status).toBe(200);
    expect(now.body.role).toBe('reader');
    // The demoted admin has lost the right to manage members.
    expect((await api('PATCH', `${base}/${editor.user.id}`, admin.headers, { version: 2, role: 'reader' })).status).toBe(403);
  });

  it('answers 404 for a user who is not a member of this organisation', async () => {
    const { admin, base } = await team();
    const elsewhere = await team();
    const res = await api('PATCH', `${base}/${elsewhere.reader.user.id}`, admin.headers, { version: 1, role: 'editor' });
    expect(res.status).toBe(404);
    expect((await api('DELETE', `${base}/${elsewhere.reader.user.id}`, admin.headers)).status).toBe(404);
    const [m] = await t.database.db.select().from(memberships).where(eq(memberships.userId, elsewhere.reader.user.id));
    expect(m.role).toBe('reader');
  });
});

describe('DELETE /api/organisations/{id}/members/{userId}', () => {
  it('removes a member (who then loses access), audited with the former membership', async () => {
    const { org, admin, reader, base } = await team();
    expect((await api('DELETE', `${base}/${reader.user.id}`, admin.headers)).status).toBe(204);
    expect((await api('GET', `/api/organisations/${org.id}`, reader.headers)).status).toBe(404);
    const [entry] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, reader.user.id), eq(auditLog.action, 'delete')));
    expect(entry).toMatchObject({ organisationId: org.id, entityType: 'membership', after: null });
    expect(entry.before).toMatchObject({ email: reader.email, role: 'reader' });
  });

  it('never removes the last admin', async () => {
    const { admin, base } = await team();
    const res = await api('DELETE', `${base}/${admin.user.id}`, admin.headers);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('last_admin');
  });
});
