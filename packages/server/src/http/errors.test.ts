import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness';
import { seedUser } from '../../test/fixtures';

let t: TestContext;
let headers: Record<string, string>;
beforeAll(async () => {
  t = await createTestContext();
  headers = (await seedUser(t.database.db, null, null)).headers;
});
afterAll(() => t.close());

describe('error responses', () => {
  it('answers malformed JSON with a 400 problem, not a 500', async () => {
    const res = await t.app.request('/api/auth/tokens', {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: '{"name": ',
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/problem\+json/);
  });

  it('answers an unknown API route with a problem+json 404', async () => {
    const res = await t.app.request('/api/nope', { headers });
    expect(res.status).toBe(404);
    expect((await res.json()).code).toBe('route_not_found');
  });

  it('refuses bodies over the upload limit with 413', async () => {
    const big = 'x'.repeat(21 * 1024 * 1024);
    const res = await t.app.request('/api/auth/tokens', {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json', 'content-length': String(big.length) },
      body: big,
    });
    expect(res.status).toBe(413);
    expect((await res.json()).code).toBe('payload_too_large');
  });

  it('validates input with a list of field errors', async () => {
    const res = await t.app.request('/api/auth/tokens', {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ name: '' }),
    });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.code).toBe('validation_failed');
    expect(body.errors[0].path).toBe('name');
  });
});
