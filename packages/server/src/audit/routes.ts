import { createRoute, z } from '@hono/zod-openapi';
import { and, desc, eq, lt } from 'drizzle-orm';
import type { App } from '../http/context';
import { authorize } from '../auth/access';
import { badRequest, jsonContent as json, problems as pick } from '../http/problem';
import { decodeCursor, encodeCursor, pageOf, paginationQuery } from '../http/pagination';
import { auditEntrySchema, presentAuditEntry } from './presenter';
import { auditLog } from './schema';

const history = createRoute({
  method: 'get',
  path: '/api/organisations/{id}/audit',
  operationId: 'listOrganisationAudit',
  tags: ['audit'],
  description: "The organisation's change history, newest first; filter by entity to see one record's history.",
  request: {
    params: z.object({ id: z.uuid() }),
    query: paginationQuery.extend({
      entityType: z.string().max(50).optional(),
      entityId: z.string().max(100).optional(),
    }),
  },
  responses: { 200: json(pageOf(auditEntrySchema), 'One page of audit entries'), ...pick(400, 401, 403, 404) },
});

export function registerAudit(app: App) {
  app.openapi(history, async (c) => {
    const { id } = c.req.valid('param');
    const { cursor, limit, entityType, entityId } = c.req.valid('query');
    await authorize(c, id, 'audit.read', undefined, 'Organisation');
    const after = decodeCursor(cursor, 1);
    if (after && !Number.isInteger(after[0])) throw badRequest('invalid_cursor', 'Curseur de pagination invalide.');
    const rows = await c
      .get('db')
      .select()
      .from(auditLog)
      .where(
        and(
          eq(auditLog.organisationId, id),
          entityType ? eq(auditLog.entityType, entityType) : undefined,
          entityId ? eq(auditLog.entityId, entityId) : undefined,
          after ? lt(auditLog.id, after[0] as number) : undefined,
        ),
      )
      .orderBy(desc(auditLog.id))
      .limit(limit + 1);
    const page = rows.slice(0, limit);
    const nextCursor = rows.length > limit ? encodeCursor([page[page.length - 1].id]) : null;
    return c.json({ items: page.map(presentAuditEntry), nextCursor }, 200);
  });
}
