import { createRoute, z } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import { ROLES } from '@trajectoire/domain';
import type { App } from '../http/context';
import { badRequest, jsonContent as json, notFound, problems as pick } from '../http/problem';
import { decodeCursor, encodeCursor, pageOf, paginationQuery } from '../http/pagination';
import { authorize } from '../auth/access';
import { audit } from '../audit/audit';
import { updateVersioned } from '../db/versioned';
import { memberships } from './schema';
import { memberSchema } from './presenter';
import { assertNotLastAdmin, checkPilotedOnly, findMember, listMembers } from './store';

const tags = ['organisations'];
const orgParam = z.object({ id: z.uuid() });
const memberParams = z.object({ id: z.uuid(), userId: z.uuid() });

const list = createRoute({
  method: 'get',
  path: '/api/organisations/{id}/members',
  operationId: 'listMembers',
  tags,
  request: { params: orgParam, query: paginationQuery },
  responses: { 200: json(pageOf(memberSchema), 'One page of members, by email'), ...pick(400, 401, 403, 404) },
});
const update = createRoute({
  method: 'patch',
  path: '/api/organisations/{id}/members/{userId}',
  operationId: 'updateMember',
  tags,
  description: 'Change a role or the restriction to piloted actions. The last admin cannot be demoted (409 last_admin).',
  request: {
    params: memberParams,
    body: {
      content: {
        'application/json': {
          schema: z.object({ version: z.number().int(), role: z.enum(ROLES).optional(), pilotedOnly: z.boolean().optional() }),
        },
      },
    },
  },
  responses: { 200: json(memberSchema, 'Updated'), ...pick(400, 401, 403, 404, 409) },
});
const remove = createRoute({
  method: 'delete',
  path: '/api/organisations/{id}/members/{userId}',
  operationId: 'removeMember',
  tags,
  description: 'The last admin cannot be removed (409 last_admin).',
  request: { params: memberParams },
  responses: { 204: { description: 'Removed' }, ...pick(400, 401, 403, 404, 409) },
});

export function registerMembers(app: App) {
  app.openapi(list, async (c) => {
    const { id } = c.req.valid('param');
    const { cursor, limit } = c.req.valid('query');
    await authorize(c, id, 'members.read', undefined, 'Organisation');
    const after = decodeCursor(cursor, 1);
    if (after && typeof after[0] !== 'string') throw badRequest('invalid_cursor', 'Curseur de pagination invalide.');
    const rows = await listMembers(c.get('db'), id, (after?.[0] as string) ?? null, limit + 1);
    const page = rows.slice(0, limit);
    const nextCursor = rows.length > limit ? encodeCursor([page[page.length - 1].email]) : null;
    return c.json({ items: page, nextCursor }, 200);
  });

  app.openapi(update, async (c) => {
    const { id, userId } = c.req.valid('param');
    const { version, ...changes } = c.req.valid('json');
    await authorize(c, id, 'members.manage', undefined, 'Organisation');
    const updated = await c.get('db').transaction(async (tx) => {
      const current = await findMember(tx, id, userId);
      if (!current) throw notFound('Membre');
      const role = changes.role ?? current.dto.role;
      // A role change away from editor drops the restriction unless the request says otherwise.
      const pilotedOnly = changes.pilotedOnly ?? (role === 'editor' ? current.dto.pilotedOnly : false);
      checkPilotedOnly(role, pilotedOnly);
      if (current.dto.role === 'admin' && role !== 'admin') await assertNotLastAdmin(tx, id, userId);
      await updateVersioned(tx, memberships, current.row.id, version, { role, pilotedOnly }, eq(memberships.organisationId, id));
      const after = (await findMember(tx, id, userId))!.dto;
      await audit(tx, c, { organisationId: id, entityType: 'membership', entityId: userId, action: 'update', before: current.dto, after });
      return after;
    });
    return c.json(updated, 200);
  });

  app.openapi(remove, async (c) => {
    const { id, userId } = c.req.valid('param');
    await authorize(c, id, 'members.manage', undefined, 'Organisation');
    await c.get('db').transaction(async (tx) => {
      const current = await findMember(tx, id, userId);
      if (!current) throw notFound('Membre');
      if (current.dto.role === 'admin') await assertNotLastAdmin(tx, id, userId);
      await tx.delete(memberships).where(and(eq(memberships.organisationId, id), eq(memberships.userId, userId)));
      await audit(tx, c, { organisationId: id, entityType: 'membership', entityId: userId, action: 'delete', before: current.dto });
    });
    return c.body(null, 204);
  });
}
