import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { and, eq, gt, isNull } from 'drizzle-orm';
import type { AppEnv, AuthInfo } from '../http/context';
import { problemResponse } from '../http/problem';
import { apiTokens, sessions, users } from './schema';
import { sha256 } from './tokens';

export const SESSION_COOKIE = 'trj_session';
export const CSRF_HEADER = 'x-csrf-token';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Resolves the caller from a bearer token or the session cookie; enforces CSRF on cookie-authenticated writes. */
export const authenticate: MiddlewareHandler<AppEnv> = async (c, next) => {
  const db = c.get('db');
  let auth: AuthInfo | null = null;
  const header = c.req.header('authorization');
  if (header?.toLowerCase().startsWith('bearer ')) {
    const hash = sha256(header.slice(7).trim());
    const [row] = await db
      .select({ id: apiTokens.id, user: users })
      .from(apiTokens)
      .innerJoin(users, eq(users.id, apiTokens.userId))
      .where(and(eq(apiTokens.tokenHash, hash), isNull(apiTokens.revokedAt)));
    if (!row || row.user.disabled) return problemResponse(401, 'invalid_token', 'Jeton d’API invalide ou révoqué.');
    auth = toAuth(row.user, 'token');
    // Last-use tracking is informative; a failure must not fail the request.
    await db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, row.id)).catch(() => {});
  } else {
    const cookie = getCookie(c, SESSION_COOKIE);
    if (cookie) {
      const tokenHash = sha256(cookie);
      const [row] = await db
        .select({ csrf: sessions.csrfToken, user: users })
        .from(sessions)
        .innerJoin(users, eq(users.id, sessions.userId))
        .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, new Date())));
      if (row && !row.user.disabled) auth = { ...toAuth(row.user, 'session'), csrfToken: row.csrf, sessionTokenHash: tokenHash };
    }
  }
  if (auth?.via === 'session' && UNSAFE.has(c.req.method) && c.req.header(CSRF_HEADER) !== auth.csrfToken) {
    return problemResponse(403, 'csrf_failed', 'Jeton CSRF manquant ou invalide ; rechargez la page.');
  }
  c.set('auth', auth);
  await next();
};

function toAuth(u: typeof users.$inferSelect, via: AuthInfo['via']): AuthInfo {
  return { userId: u.id, email: u.email, name: u.name, isSuperadmin: u.isSuperadmin, via };
}
