import { createRoute, z } from '@hono/zod-openapi';
import { ROLES } from '@trajectoire/domain';
import type { App } from '../http/context';
import { AppError, badRequest, jsonContent as json, notFound, problems as pick } from '../http/problem';
import { decodeCursor, encodeCursor, pageOf, paginationQuery } from '../http/pagination';
import { authorize, requireAuth } from '../auth/access';
import { findUserByEmail } from '../auth/store';
import { audit } from '../audit/audit';
import type { invitations } from './schema';
import { invitationSchema, presentInvitation } from './presenter';
import { checkPilotedOnly, findMember } from './store';
import { createInvitation, listPendingInvitations, revokeInvitation, revokePendingFor } from './invitation-store';

const tags = ['organisations'];
const orgParam = z.object({ id: z.uuid() });

const create = createRoute({
  method: 'post',
  path: '/api/organisations/{id}/invitations',
  operationId: 'createInvitation',
  tags,
  description:
    'Invites an email address for 7 days. No email is sent (delivery: "link"): the admin passes the acceptance URL ' +
    'on. A new invitation replaces a pending one for the same email.',
  request: {
    params: orgParam,
    body: {
      content: {
        'application/json': {
          schema: z.object({ email: z.email().max(320), role: z.enum(ROLES), pilotedOnly: z.boolean().default(false) }),
        },
      },
    },
  },
  responses: {
    201: json(
      z
        .object({
          invitation: invitationSchema,
          acceptUrl: z
            .string()
            .openapi({ description: 'Path of the web page accepting it, shown this once only', example: '/invitation/abc…' }),
          delivery: z.literal('link').openapi({ description: 'The server sends no email: the admin copies the link' }),
        })
        .openapi('CreatedInvitation'),
      'Created',
    ),
    ...pick(400, 401, 403, 404, 409),
  },
});
const list = createRoute({
  method: 'get',
  path: '/api/organisations/{id}/invitations',
  operationId: 'listInvitations',
  tags,
  description: 'Pending invitations (not accepted, revoked nor expired), by email.',
  request: { params: orgParam, query: paginationQuery },
  responses: { 200: json(pageOf(invitationSchema), 'One page of pending invitations'), ...pick(400, 401, 403, 404) },
});
const revoke = createRoute({
  method: 'delete',
  path: '/api/organisations/{id}/invitations/{invitationId}',
  operationId: 'revokeInvitation',
  tags,
  request: { params: z.object({ id: z.uuid(), invitationId: z.uuid() }) },
  responses: { 204: { description: 'Revoked' }, ...pick(400, 401, 403, 404) },
});

export function registerInvitations(app: App) {
  app.openapi(create, async (c) => {
    const { id } = c.req.valid('param');
    const body = c.req.valid('json');
    await authorize(c, id, 'members.manage', undefined, 'Organisation');
    checkPilotedOnly(body.role, body.pilotedOnly);
    const created = await c.get('db').transaction(async (tx) => {
      const existing = await findUserByEmail(tx, body.email);
      if (existing && (await findMember(tx, id, existing.id)))
        throw new AppError(409, 'already_member', 'Cette personne est déjà membre de l’organisation.');
      for (const old of await revokePendingFor(tx, id, body.email))
        await audit(tx, c, { organisationId: id, entityType: 'invitation', entityId: old.id, action: 'revoke', ...revokedShapes(old) });
      const { row, token } = await createInvitation(tx, { organisationId: id, ...body, invitedBy: requireAuth(c).userId });
      const invitation = presentInvitation(row);
      await audit(tx, c, { organisationId: id, entityType: 'invitation', entityId: row.id, action: 'create', after: invitation });
      return { invitation, acceptUrl: `/invitation/${token}`, delivery: 'link' as const };
    });
    return c.json(created, 201);
  });

  app.openapi(list, async (c) => {
    const { id } = c.req.valid('param');
    const { cursor, limit } = c.req.valid('query');
    await authorize(c, id, 'members.manage', undefined, 'Organisation');
    const after = decodeCursor(cursor, 1);
    if (after && typeof after[0] !== 'string') throw badRequest('invalid_cursor', 'Curseur de pagination invalide.');
    const rows = await listPendingInvitations(c.get('db'), id, (after?.[0] as string) ?? null, limit + 1);
    const page = rows.slice(0, limit).map((r) => presentInvitation(r));
    const nextCursor = rows.length > limit ? encodeCursor([page[page.length - 1].email]) : null;
    return c.json({ items: page, nextCursor }, 200);
  });

  app.openapi(revoke, async (c) => {
    const { id, invitationId } = c.req.valid('param');
    await authorize(c, id, 'members.manage', undefined, 'Organisation');
    await c.get('db').transaction(async (tx) => {
      const row = await revokeInvitation(tx, id, invitationId);
      if (!row) throw notFound('Invitation');
      await audit(tx, c, { organisationId: id, entityType: 'invitation', entityId: row.id, action: 'revoke', ...revokedShapes(row) });
    });
    return c.body(null, 204);
  });
}

const revokedShapes = (row: typeof invitations.$inferSelect) => {
  const after = presentInvitation(row);
  return { before: { ...after, status: 'pending' as const }, after };
};
