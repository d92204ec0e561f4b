import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { OPERATIONS } from '@trajectoire/domain';
import { createTestContext, type TestContext } from '../../test/harness';
import { call, seedOrganisation, seedUser, sessionHeaders } from '../../test/fixtures';
import { auditLog } from '../audit/schema';
import { memberships, organisations } from './schema';

let t: TestContext;
let superadmin: Awaited<ReturnType<typeof seedUser>>;
beforeAll(async () => {
  t = await createTestContext();
  superadmin = await seedUser(t.database.db, null, null, { isSuperadmin: true });
});
afterAll(() => t.close());

const api = (method: string, path: string, headers: Record<string, string>, body?: unknown) => call(t.app, method, path, headers, body);

describe('POST /api/organisations', () => {
  it('lets a superadmin create an organisation linked to a territory, audited', async () => {
    const res = await api('POST', '/api/organisations', superadmin.headers, {
      name: 'Grand Poitiers Communauté urbaine',
      kind: 'epci',
      siren: '200069854',
      territoryId: 'epci:200069854',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: 'Grand Poitiers Communauté urbaine',
      kind: 'epci',
      siren: '200069854',
      territory: { id: 'epci:200069854', kind: 'epci', name: 'CU du Grand Poitiers' },
      description: '',
      version: 1,
    });
    const rows = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, res.body.id));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'create', organisationId: res.body.id, actorLabel: superadmin.email, after: res.body });
  });

  it('accepts an organisation without SIREN nor territory (e.g. a support body)', async () => {
    const res = await api('POST', '/api/organisations', superadmin.headers, { name: 'Agence locale', kind: 'support_body' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ siren: null, territory: null });
  });

  it('answers 409 siren_taken on a duplicate SIREN and creates nothing', async () => {
    const body = { name: 'Première', kind: 'commune', siren: '214202186', territoryId: 'commune:42218' };
    expect((await api('POST', '/api/organisations', superadmin.headers, body)).status).toBe(201);
    const dup = await api('POST', '/api/organisations', superadmin.headers, { ...body, name: 'Doublon' });
    expect(dup.status).toBe(409);
    expect(dup.body.code).toBe('siren_taken');
    expect(await t.database.db.select().from(organisations).where(eq(organisations.name, 'Doublon'))).toEqual([]);
  });

  it('validates the SIREN format, the kind and that the territory exists', async () => {
    for (const [body, path] of [
      [{ name: 'X', kind: 'epci', siren: '12345678' }, 'siren'],
      [{ name: 'X', kind: 'epci', siren: '12345678A' }, 'siren'],
      [{ name: 'X', kind: 'club' }, 'kind'],
      [{ name: ' ', kind: 'epci' }, 'name'],
      [{ name: 'X', kind: 'epci', territoryId: 'commune:99999' }, 'territoryId'],
    ] as const) {
      const res = await api('POST', '/api/organisations', superadmin.headers, body);
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('validation_failed');
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
  });

  it('is for superadmins only (admins of an organisation get 403, anonymous 401)', async () => {
    const org = await seedOrganisation(t.database.db);
    const admin = await seedUser(t.database.db, org.id, 'admin');
    expect((await api('POST', '/api/organisations', admin.headers, { name: 'X', kind: 'epci' })).status).toBe(403);
    expect((await api('POST', '/api/organisations', {}, { name: 'X', kind: 'epci' })).status).toBe(401);
  });
});

describe('GET /api/organisations', () => {
  it('lists my organisations by name with my role, paged; a superadmin sees all', async () => {
    const db = t.database.db;
    const orgs = [await seedOrganisation(db, { name: 'Zeta' }), await seedOrganisation(db, { name: 'Alpha' }), await seedOrganisation(db, { name: 'Mu' })];
    const other = await seedOrganisation(db, { name: 'Not mine' });
    const me = await seedUser(db, orgs[0].id, 'reader');
    await db.insert(memberships).values([
      { organisationId: orgs[1].id, userId: me.user.id, role: 'admin' },
      { organisationId: orgs[2].id, userId: me.user.id, role: 'editor' },
    ]);
    const first = await api('GET', '/api/organisations?limit=2', me.headers);
    expect(first.body.items.map((o: { name: string; myRole: string }) => [o.name, o.myRole])).toEqual([
      ['Alpha', 'admin'],
      ['Mu', 'editor'],
    ]);
    const second = await api('GET', `/api/organisations?limit=2&cursor=${first.body.nextCursor}`, me.headers);
    expect(second.body).toMatchObject({ items: [{ name: 'Zeta', myRole: 'reader' }], nextCursor: null });

    const all = await api('GET', '/api/organisations?limit=500', superadmin.headers);
    const ids = all.body.items.map((o: { id: string }) => o.id);
    expect(ids).toEqual(expect.arrayContaining([...orgs.map((o) => o.id), other.id]));
    expect(all.body.items.find((o: { id: string }) => o.id === other.id).myRole).toBeNull();
    expect((await api('GET', '/api/organisations', {})).status).toBe(401);
    expect((await api('GET', '/api/organisations?cursor=zzz', me.headers)).body.code).toBe('invalid_cursor');
  });
});

describe('GET /api/organisations/{id}', () => {
  it('gives my role and the operations I may do, as the permission matrix says', async () => {
    const org = await seedOrganisation(t.database.db, { territoryId: 'commune:42218' });
    const reader = await seedUser(t.database.db, org.id, 'reader');
    const restricted = await seedUser(t.database.db, org.id, 'editor', { pilotedOnly: true });
    const admin = await seedUser(t.database.db, org.id, 'admin');
    const r = await api('GET', `/api/organisations/${org.id}`, reader.headers);
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ id: org.id, territory: { id: 'commune:42218', name: 'Saint-Étienne' } });
    expect(r.body.my).toMatchObject({ role: 'reader', pilotedOnly: false, isSuperadmin: false });
    expect(r.body.my.permissions).toContain('plan.read');
    expect(r.body.my.permissions).not.toContain('plan.create');
    expect(r.body.my.permissions).not.toContain('members.manage');
    const re = (await api('GET', `/api/organisations/${org.id}`, restricted.headers)).body.my;
    expect(re).toMatchObject({ role: 'editor', pilotedOnly: true });
    expect(re.permissions).toEqual(expect.arrayContaining(['action.update', 'proposal.create']));
    expect(re.permissions).not.toContain('action.create');
    expect((await api('GET', `/api/organisations/${org.id}`, admin.headers)).body.my.permissions).toEqual([...OPERATIONS]);
    const su = (await api('GET', `/api/organisations/${org.id}`, superadmin.headers)).body.my;
    expect(su).toMatchObject({ role: null, isSuperadmin: true, permissions: [...OPERATIONS] });
  });

  it('answers 404 for an unknown organisation, even to a superadmin, and 400 for a malformed id', async () => {
    expect((await api('GET', '/api/organisations/00000000-0000-4000-8000-000000000000', superadmin.headers)).status).toBe(404);
    expect((await api('GET', '/api/organisations/nope', superadmin.headers)).status).toBe(400);
  });
});

describe('PATCH /api/organisations/{id}', () => {
  it('lets an admin rename with the version, then answers 409 to a stale version', async () => {
    const org = await seedOrganisation(t.database.db);
    const admin = await seedUser(t.database.db, org.id, 'admin');
    const headers = await sessionHeaders(t.app, admin.email, admin.password); // the web app's cookie + CSRF path
    const ok = await api('PATCH', `/api/organisations/${org.id}`, headers, { version: 1, name: 'Nouveau nom', description: 'Texte' });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ name: 'Nouveau nom', description: 'Texte', version: 2 });
    const stale = await api('PATCH', `/api/organisations/${org.id}`, headers, { version: 1, name: 'Autre' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
  });

  it('keeps kind, SIREN and territory for superadmins, with siren_taken on duplicates', async () => {
    const org = await seedOrganisation(t.database.db);
    const taken = await seedOrganisation(t.database.db, { siren: '217500016' });
    const admin = await seedUser(t.database.db, org.id, 'admin');
    const denied = await api('PATCH', `/api/organisations/${org.id}`, admin.headers, { version: 1, siren: '213800185' });
    expect(denied.status).toBe(403);
    const dup = await api('PATCH', `/api/organisations/${org.id}`, superadmin.headers, { version: 1, siren: taken.siren });
    expect(dup.body.code).toBe('siren_taken');
    const bad = await api('PATCH', `/api/organisations/${org.id}`, superadmin.headers, { version: 1, territoryId: 'epci:1' });
    expect(bad.body.errors[0].path).toBe('territoryId');
    const ok = await api('PATCH', `/api/organisations/${org.id}`, superadmin.headers, {
      version: 1,
      kind: 'commune',
      siren: '213800185',
      territoryId: 'commune:38185',
    });
    expect(ok.body).toMatchObject({ kind: 'commune', siren: '213800185', territory: { name: 'Grenoble' }, version: 2 });
  });
});
