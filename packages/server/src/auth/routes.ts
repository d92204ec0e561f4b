import { createRoute, z } from '@hono/zod-openapi';
import { deleteCookie } from 'hono/cookie';
import { and, eq, isNull } from 'drizzle-orm';
import type { Role } from '@trajectoire/domain';
import type { App } from '../http/context';
import { AppError, jsonContent as json, notFound, problems as pick } from '../http/problem';
import { audit } from '../audit/audit';
import { requireAuth } from './access';
import { SESSION_COOKIE } from './middleware';
import { clearFailures, lockedFor, recordFailure } from './rate-limit';
import { apiTokens, sessions, users } from './schema';
import { hashPassword, passwordProblem, verifyPassword } from './password';
import { apiTokenSchema, presentUser, sessionSchema } from './presenter';
import { startSession } from './session';
import { createApiToken, findUserByEmail, listApiTokens, normaliseEmail, userMemberships } from './store';

const tags = ['auth'];

const login = createRoute({
  method: 'post',
  path: '/api/auth/login',
  operationId: 'login',
  tags,
  security: [],
  request: {
    body: {
      content: {
        'application/json': { schema: z.object({ email: z.string().max(320), password: z.string().max(500) }) },
      },
    },
  },
  responses: { 200: json(sessionSchema, 'Logged in; the session cookie is set'), ...pick(400, 401, 429) },
});
const logout = createRoute({
  method: 'post',
  path: '/api/auth/logout',
  operationId: 'logout',
  tags,
  responses: { 204: { description: 'Logged out' } },
});
const session = createRoute({
  method: 'get',
  path: '/api/auth/session',
  operationId: 'getSession',
  tags,
  responses: { 200: json(sessionSchema, 'Current user, memberships and CSRF token'), ...pick(401) },
});
const changePassword = createRoute({
  method: 'post',
  path: '/api/auth/password',
  operationId: 'changePassword',
  tags,
  request: {
    body: {
      content: {
        'application/json': { schema: z.object({ currentPassword: z.string().max(500), newPassword: z.string().max(500) }) },
      },
    },
  },
  responses: { 204: { description: 'Password changed; other sessions are closed' }, ...pick(400, 401) },
});
const listTokens = createRoute({
  method: 'get',
  path: '/api/auth/tokens',
  operationId: 'listApiTokens',
  tags,
  responses: { 200: json(z.object({ items: z.array(apiTokenSchema) }), 'My active API tokens'), ...pick(401) },
});
const createToken = createRoute({
  method: 'post',
  path: '/api/auth/tokens',
  operationId: 'createApiToken',
  tags,
  request: { body: { content: { 'application/json': { schema: z.object({ name: z.string().trim().min(1).max(100) }) } } } },
  responses: {
    201: json(z.object({ token: z.string(), apiToken: apiTokenSchema }), 'The token, shown this once only'),
    ...pick(400, 401),
  },
});
const revokeToken = createRoute({
  method: 'delete',
  path: '/api/auth/tokens/{id}',
  operationId: 'revokeApiToken',
  tags,
  request: { params: z.object({ id: z.uuid() }) },
  responses: { 204: { description: 'Revoked' }, ...pick(401, 404) },
});


const presentToken = (t: typeof apiTokens.$inferSelect) => ({
  id: t.id,
  name: t.name,
  prefix: t.prefix,
  createdAt: t.createdAt.toISOString(),
  lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
});

export function registerAuth(app: App) {
  app.openapi(login, async (c) => {
    const db = c.get('db');
    const { email, password } = c.req.valid('json');
    const ip = c.req.header('x-forwarded-for')?.split(',')[0].trim() ?? 'local';
    const keys = [`email:${normaliseEmail(email)}`, `ip:${ip}`];
    for (const key of keys) {
      const wait = await lockedFor(db, key);
      if (wait > 0) {
        const detail = `Trop de tentatives ; réessayez dans ${Math.ceil(wait / 60)} min.`;
        throw new AppError(429, 'too_many_attempts', detail, {}, { 'retry-after': String(wait) });
      }
    }
    const user = await findUserByEmail(db, email);
    // Verify even for unknown users so that timing does not reveal which emails exist.
    const ok = await verifyPassword(password, user?.passwordHash ?? 'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=');
    if (!user || !ok || user.disabled) {
      for (const key of keys) await recordFailure(db, key);
      throw new AppError(401, 'invalid_credentials', 'Adresse électronique ou mot de passe incorrect.');
    }
    for (const key of keys) await clearFailures(db, key);
    const s = await startSession(c, user);
    await audit(db, { actorLabel: user.email, userId: user.id }, {
      organisationId: null,
      entityType: 'user',
      entityId: user.id,
      action: 'login',
    });
    return c.json({ user: presentUser(user), csrfToken: s.csrfToken, memberships: await presentMemberships(c.get('db'), user.id) }, 200);
  });

  app.openapi(logout, async (c) => {
    const auth = c.get('auth');
    if (auth?.sessionTokenHash) await c.get('db').delete(sessions).where(eq(sessions.tokenHash, auth.sessionTokenHash));
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.body(null, 204);
  });

  app.openapi(session, async (c) => {
    const auth = requireAuth(c);
    const user = { id: auth.userId, email: auth.email, name: auth.name, isSuperadmin: auth.isSuperadmin };
    return c.json({ user, csrfToken: auth.csrfToken ?? null, memberships: await presentMemberships(c.get('db'), auth.userId) }, 200);
  });

  app.openapi(changePassword, async (c) => {
    const auth = requireAuth(c);
    const db = c.get('db');
    const { currentPassword, newPassword } = c.req.valid('json');
    const [u] = await db.select().from(users).where(eq(users.id, auth.userId));
    if (!(await verifyPassword(currentPassword, u.passwordHash)))
      throw new AppError(400, 'invalid_current_password', 'Le mot de passe actuel est incorrect.');
    const problem = passwordProblem(newPassword);
    if (problem) throw new AppError(400, 'weak_password', problem);
    await db.transaction(async (tx) => {
      await tx.update(users).set({ passwordHash: await hashPassword(newPassword) }).where(eq(users.id, auth.userId));
      await tx.delete(sessions).where(eq(sessions.userId, auth.userId));
      await audit(tx, c, { organisationId: null, entityType: 'user', entityId: auth.userId, action: 'password_change' });
    });
    return c.body(null, 204);
  });

  app.openapi(listTokens, async (c) => {
    const auth = requireAuth(c);
    return c.json({ items: (await listApiTokens(c.get('db'), auth.userId)).map(presentToken) }, 200);
  });

  app.openapi(createToken, async (c) => {
    const auth = requireAuth(c);
    const { name } = c.req.valid('json');
    const created = await c.get('db').transaction(async (tx) => {
      const t = await createApiToken(tx, auth.userId, name);
      await audit(tx, c, { organisationId: null, entityType: 'api_token', entityId: t.row.id, action: 'create', after: presentToken(t.row) });
      return t;
    });
    return c.json({ token: created.token, apiToken: presentToken(created.row) }, 201);
  });

  app.openapi(revokeToken, async (c) => {
    const auth = requireAuth(c);
    const { id } = c.req.valid('param');
    await c.get('db').transaction(async (tx) => {
      const rows = await tx
        .update(apiTokens)
        .set({ revokedAt: new Date() })
        .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, auth.userId), isNull(apiTokens.revokedAt)))
        .returning();
      if (!rows.length) throw notFound('Jeton');
      await audit(tx, c, { organisationId: null, entityType: 'api_token', entityId: id, action: 'revoke' });
    });
    return c.body(null, 204);
  });
}

async function presentMemberships(db: Parameters<typeof userMemberships>[0], userId: string) {
  return (await userMemberships(db, userId)).map((m) => ({ ...m, role: m.role as Role }));
}
