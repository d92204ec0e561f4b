import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../test/harness';
import { call, seedOrganisation, sessionHeaders } from '../../test/fixtures';
import { auditLog } from '../audit/schema';
import { users } from '../auth/schema';
import { addMember } from './store';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

describe('addMember (superadmin / CLI helper)', () => {
  it('creates the user with a password and the membership, audited as the CLI', async () => {
    const org = await seedOrganisation(t.database.db);
    const res = await addMember(t.database.db, { email: ' Chloe@Example.org ', organisationId: org.id, role: 'admin', password: 'une longue phrase secrète' });
    expect(res).toMatchObject({ createdUser: true, user: { email: 'chloe@example.org' }, member: { role: 'admin', version: 1 } });
    expect(JSON.stringify(res)).not.toMatch(/scrypt/);
    // The account works through the HTTP API.
    const headers = await sessionHeaders(t.app, 'chloe@example.org', 'une longue phrase secrète');
    expect((await call(t.app, 'GET', `/api/organisations/${org.id}`, headers)).body.my.role).toBe('admin');
    const entries = await t.database.db.select().from(auditLog).where(eq(auditLog.organisationId, org.id));
    expect(entries.map((e) => `${e.entityType}.${e.action}.${e.actorLabel}`).sort()).toEqual(['membership.create.cli', 'user.create.cli']);
  });

  it('reuses an existing user, updates an existing membership, and keeps the last admin', async () => {
    const org = await seedOrganisation(t.database.db);
    const second = await seedOrganisation(t.database.db);
    await addMember(t.database.db, { email: 'dan@example.org', organisationId: org.id, role: 'admin' });
    const again = await addMember(t.database.db, { email: 'dan@example.org', organisationId: second.id, role: 'editor', pilotedOnly: true });
    expect(again.createdUser).toBe(false);
    expect(again.member).toMatchObject({ role: 'editor', pilotedOnly: true });
    expect(await t.database.db.select().from(users).where(eq(users.email, 'dan@example.org'))).toHaveLength(1);
    await expect(addMember(t.database.db, { email: 'dan@example.org', organisationId: org.id, role: 'reader' })).rejects.toMatchObject({ code: 'last_admin' });
    await addMember(t.database.db, { email: 'eve@example.org', organisationId: org.id, role: 'admin' });
    const demoted = await addMember(t.database.db, { email: 'dan@example.org', organisationId: org.id, role: 'reader' });
    expect(demoted.member).toMatchObject({ role: 'reader', version: 2 });
  });

  it('rejects weak passwords and unknown organisations', async () => {
    const org = await seedOrganisation(t.database.db);
    await expect(addMember(t.database.db, { email: 'f@example.org', organisationId: org.id, role: 'reader', password: 'court' })).rejects.toMatchObject({ code: 'weak_password' });
    await expect(
      addMember(t.database.db, { email: 'f@example.org', organisationId: '00000000-0000-4000-8000-000000000000', role: 'reader' }),
    ).rejects.toMatchObject({ status: 404 });
    expect(await t.database.db.select().from(users).where(eq(users.email, 'f@example.org'))).toEqual([]);
  });
});
