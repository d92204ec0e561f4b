import { createRoute, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { ROLES, type Role } from '@trajectoire/domain';
import type { App } from '../http/context';
import { AppError, jsonContent as json, notFound, problems as pick } from '../http/problem';
import { audit } from '../audit/audit';
import { users } from '../auth/schema';
import { hashPassword, passwordProblem } from '../auth/password';
import { presentUser, sessionSchema } from '../auth/presenter';
import { startSession } from '../auth/session';
import { createUser, findUserByEmail, userMemberships } from '../auth/store';
import type { Tx } from '../db/client';
import { invitations, memberships } from './schema';
import { claimInvitation, findPendingByToken } from './invitation-store';
import { findMember } from './store';
import { presentInvitation } from './presenter';

const tags = ['invitations'];
const tokenParam = z.object({ token: z.string().min(16).max(200) });

const preview = createRoute({
  method: 'get',
  path: '/api/invitations/{token}',
  operationId: 'getInvitation',
  tags,
  security: [],
  request: { params: tokenParam },
  responses: {
    200: json(
      z
        .object({
          organisationId: z.string(),
          organisationName: z.string(),
          email: z.string(),
          role: z.enum(ROLES),
          pilotedOnly: z.boolean(),
          expiresAt: z.string(),
          existingAccount: z.boolean().openapi({ description: 'True: log in as this email to accept; false: choose a name and password' }),
        })
        .openapi('InvitationPreview'),
      'A pending invitation',
    ),
    ...pick(400, 404),
  },
});
const accept = createRoute({
  method: 'post',
  path: '/api/invitations/{token}/accept',
  operationId: 'acceptInvitation',
  tags,
  security: [],
  description:
    'A new email gets an account (name and password required) and is logged in. An email that already has an ' +
    'account must be logged in as that account.',
  request: {
    params: tokenParam,
    body: {
      content: {
        'application/json': {
          schema: z.object({ name: z.string().trim().min(1).max(200).optional(), password: z.string().max(500).optional() }),
        },
      },
    },
  },
  responses: { 200: json(sessionSchema, 'Member of the organisation, logged in'), ...pick(400, 401, 403, 404, 409) },
});

export function registerInvitationAcceptance(app: App) {
  app.openapi(preview, async (c) => {
    const found = await findPendingByToken(c.get('db'), c.req.valid('param').token);
    if (!found) throw notFound('Invitation');
    const { invitation: i, organisationName } = found;
    const user = await findUserByEmail(c.get('db'), i.email);
    return c.json(
      {
        organisationId: i.organisationId,
        organisationName,
        email: i.email,
        role: i.role as Role,
        pilotedOnly: i.pilotedOnly,
        expiresAt: i.expiresAt.toISOString(),
        existingAccount: Boolean(user?.passwordHash),
      },
      200,
    );
  });

  app.openapi(accept, async (c) => {
    const db = c.get('db');
    const { name, password } = c.req.valid('json');
    const found = await findPendingByToken(db, c.req.valid('param').token);
    if (!found) throw notFound('Invitation');
    const inv = found.invitation;
    const existing = await findUserByEmail(db, inv.email);
    const auth = c.get('auth');
    // An account that can log in proves itself by logging in; otherwise (new email, or an account created without a
    // password, e.g. by the CLI) holding the token is the proof and the invitee sets their name and password.
    if (existing?.disabled) throw new AppError(403, 'account_disabled', 'Ce compte est désactivé.');
    const needsLogin = Boolean(existing?.passwordHash);
    if (needsLogin && !auth)
      throw new AppError(401, 'login_required', 'Un compte existe pour cette adresse : connectez-vous pour accepter.');
    if (needsLogin && auth!.userId !== existing!.id)
      throw new AppError(403, 'wrong_account', `Cette invitation est adressée à ${inv.email} : connectez-vous avec ce compte.`);
    if (!needsLogin) checkNewAccount(name, password);

    const user = await db.transaction((tx) => join(tx, inv, existing, needsLogin ? null : { name: name!, password: password! }));

    // A caller already logged in as this account keeps their session; everyone else gets a new one.
    const csrfToken = needsLogin ? (auth!.csrfToken ?? null) : (await startSession(c, user)).csrfToken;
    const ms = (await userMemberships(db, user.id)).map((m) => ({ ...m, role: m.role as Role }));
    return c.json({ user: presentUser(user), csrfToken, memberships: ms }, 200);
  });
}

function checkNewAccount(name: string | undefined, password: string | undefined) {
  const errors: { path: string; message: string }[] = [];
  if (!name) errors.push({ path: 'name', message: 'Indiquez votre nom.' });
  if (password === undefined) errors.push({ path: 'password', message: 'Choisissez un mot de passe.' });
  if (errors.length) throw new AppError(400, 'validation_failed', 'Certaines valeurs sont invalides.', { errors });
  const problem = passwordProblem(password!);
  if (problem) throw new AppError(400, 'weak_password', problem);
}

/**
 * Claims the invitation, creates or activates the account when `account` is given, and adds the membership; every
 * write audited as the invitee.
 */
async function join(
  tx: Tx,
  inv: typeof invitations.$inferSelect,
  existing: typeof users.$inferSelect | null,
  account: { name: string; password: string } | null,
) {
  const claimed = await claimInvitation(tx, inv.id);
  if (!claimed) throw notFound('Invitation');
  const organisationId = inv.organisationId;
  if (existing && (await findMember(tx, organisationId, existing.id)))
    throw new AppError(409, 'already_member', 'Vous êtes déjà membre de cette organisation.');
  let u = existing;
  if (!u) u = await createUser(tx, { email: inv.email, name: account!.name, password: account!.password });
  else if (account) {
    const values = { name: account.name, passwordHash: await hashPassword(account.password) };
    [u] = await tx.update(users).set(values).where(eq(users.id, u.id)).returning();
  }
  const actor = { actorLabel: u.email, userId: u.id };
  if (account) {
    const before = existing && presentUser(existing);
    const action = existing ? 'activate' : 'create';
    await audit(tx, actor, { organisationId, entityType: 'user', entityId: u.id, action, before, after: presentUser(u) });
  }
  await tx.insert(memberships).values({ organisationId, userId: u.id, role: inv.role, pilotedOnly: inv.pilotedOnly });
  const member = (await findMember(tx, organisationId, u.id))!.dto;
  await audit(tx, actor, { organisationId, entityType: 'membership', entityId: u.id, action: 'create', after: member });
  const after = presentInvitation(claimed);
  const before = { ...after, status: 'pending' as const };
  await audit(tx, actor, { organisationId, entityType: 'invitation', entityId: inv.id, action: 'accept', before, after });
  return u;
}
