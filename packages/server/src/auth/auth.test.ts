import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness';
import { createUser } from './store';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
  await createUser(t.database.db, { email: 'Alice@Example.org', name: 'Alice', password: 'correct horse battery' });
});
afterAll(() => t.close());

const login = (email: string, password: string, ip = '10.0.0.1') =>
  t.app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify({ email, password }),
  });

describe('auth', () => {
  it('logs in with an httpOnly SameSite cookie and exposes the CSRF token', async () => {
    const res = await login('alice@example.org', 'correct horse battery');
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/trj_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const body = await res.json();
    expect(body.user.email).toBe('alice@example.org');
    expect(body.csrfToken).toEqual(expect.any(String));
    const session = await t.app.request('/api/auth/session', { headers: { cookie: cookie.split(';')[0] } });
    expect(session.status).toBe(200);
  });

  it('rejects a wrong password with a problem+json', async () => {
    const res = await login('alice@example.org', 'wrong password!', '10.0.0.2');
    expect(res.status).toBe(401);
    expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
    expect((await res.json()).code).toBe('invalid_credentials');
  });

  it('requires the CSRF header on cookie-authenticated writes', async () => {
    const res = await login('alice@example.org', 'correct horse battery', '10.0.0.3');
    const cookie = res.headers.get('set-cookie')!.split(';')[0];
    const { csrfToken } = await res.json();
    const without = await t.app.request('/api/auth/tokens', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'script' }),
    });
    expect(without.status).toBe(403);
    expect((await without.json()).code).toBe('csrf_failed');
    const withToken = await t.app.request('/api/auth/tokens', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify({ name: 'script' }),
    });
    expect(withToken.status).toBe(201);
    const { token } = await withToken.json();
    // The bearer token authenticates without cookie or CSRF, and can be revoked.
    const me = await t.app.request('/api/auth/session', { headers: { authorization: `Bearer ${token}` } });
    expect((await me.json()).user.email).toBe('alice@example.org');
    const list = await (await t.app.request('/api/auth/tokens', { headers: { authorization: `Bearer ${token}` } })).json();
    const id = list.items[0].id;
    const del = await t.app.request(`/api/auth/tokens/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${token}` } });
    expect(del.status).toBe(204);
    const after = await t.app.request('/api/auth/session', { headers: { authorization: `Bearer ${token}` } });
    expect(after.status).toBe(401);
  });

  it('locks an email after repeated failures (429 with Retry-After)', async () => {
    await createUser(t.database.db, { email: 'bob@example.org', name: 'Bob', password: 'another long password' });
    for (let i = 0; i < 5; i++) expect((await login('bob@example.org', 'nope nope nope', `10.1.0.${i}`)).status).toBe(401);
    const locked = await login('bob@example.org', 'another long password', '10.1.1.1');
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('answers 401 without credentials', async () => {
    const res = await t.app.request('/api/auth/session');
    expect(res.status).toBe(401);
  });
});
