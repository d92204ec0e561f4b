import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, setCsrfToken, setUnauthenticatedListener, toQueryString } from './client';

type Call = { url: string; init: RequestInit };
let calls: Call[] = [];
let next: () => Response;

beforeEach(() => {
  calls = [];
  next = () => new Response(JSON.stringify({ ok: true }), { status: 200, headers: { 'content-type': 'application/json' } });
  vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return next();
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
  setUnauthenticatedListener(null);
});

const header = (c: Call, name: string) => (c.init.headers as Record<string, string>)[name];

describe('api client', () => {
  it('sends the CSRF token on writes, never on reads', async () => {
    setCsrfToken('jeton-123');
    await api.get('/api/plans/1');
    await api.post('/api/plans/1/axes', { title: 'Axe' });
    await api.patch('/api/actions/1', { version: 2 });
    await api.delete('/api/views/1');
    expect(header(calls[0], 'x-csrf-token')).toBeUndefined();
    expect(calls.slice(1).map((c) => header(c, 'x-csrf-token'))).toEqual(['jeton-123', 'jeton-123', 'jeton-123']);
    expect(calls[1].init.body).toBe('{"title":"Axe"}');
    expect(header(calls[1], 'content-type')).toBe('application/json');
  });

  it('lets the browser set the multipart content type of uploads', async () => {
    setCsrfToken('t');
    const form = new FormData();
    form.append('file', new Blob(['a;b']), 'plan.csv');
    await api.upload('/api/plans/1/imports/preview', form);
    expect(calls[0].init.body).toBe(form);
    expect(header(calls[0], 'content-type')).toBeUndefined();
    expect(header(calls[0], 'x-csrf-token')).toBe('t');
  });

  it('parses problem+json into an ApiError with field errors and current version', async () => {
    next = () =>
      new Response(
        JSON.stringify({ code: 'version_conflict', detail: 'Modifiée entre-temps.', currentVersion: 7, errors: [{ path: 'title', message: 'Requis' }] }),
        { status: 409, headers: { 'content-type': 'application/problem+json' } },
      );
    const error = await api.patch('/api/actions/1', { version: 3 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const e = error as ApiError;
    expect([e.status, e.code, e.detail, e.currentVersion]).toEqual([409, 'version_conflict', 'Modifiée entre-temps.', 7]);
    expect(e.errors).toEqual([{ path: 'title', message: 'Requis' }]);
  });

  it('gives a French message when the error body is not JSON', async () => {
    next = () => new Response('<html>Bad gateway</html>', { status: 502, headers: { 'content-type': 'text/html' } });
    const e = (await api.get('/api/plans/1').catch((x: unknown) => x)) as ApiError;
    expect(e.status).toBe(502);
    expect(e.code).toBe('unknown_error');
    expect(e.detail).toMatch(/serveur/);
  });

  it('reports network failures as status 0', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    const e = (await api.get('/api/plans/1').catch((x: unknown) => x)) as ApiError;
    expect([e.status, e.code]).toEqual([0, 'network_error']);
  });

  it('signals an expired session on 401, except for the auth routes themselves', async () => {
    const seen: string[] = [];
    setUnauthenticatedListener((e) => seen.push(e.code));
    next = () => new Response(JSON.stringify({ code: 'unauthenticated', detail: 'Authentification requise.' }), { status: 401, headers: { 'content-type': 'application/problem+json' } });
    await api.get('/api/auth/session').catch(() => undefined);
    expect(seen).toEqual([]);
    await api.get('/api/plans/1').catch(() => undefined);
    expect(seen).toEqual(['unauthenticated']);
  });

  it('returns undefined for 204 and builds query strings without empty values', async () => {
    next = () => new Response(null, { status: 204 });
    expect(await api.delete('/api/views/1')).toBeUndefined();
    expect(toQueryString({ q: 'la rochelle', kind: null, late: true, status: ['idea', 'done'], empty: '' })).toBe(
      '?q=la+rochelle&late=true&status=idea&status=done',
    );
  });
});
