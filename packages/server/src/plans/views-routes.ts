import { createRoute, z } from '@hono/zod-openapi';
import { and, asc, eq } from 'drizzle-orm';
import { actionFiltersSchema } from '@trajectoire/domain';
import type { App } from '../http/context';
import { jsonContent as json, notFound, problems } from '../http/problem';
import { audit } from '../audit/audit';
import { authorize, requireAuth } from '../auth/access';
import { plans, savedViews } from './schema';
import { presentSavedView, savedViewSchema } from './detail-presenter';
import { loadPlan } from './access';

const tags = ['views'];
const idParams = z.object({ id: z.uuid() });
const viewBody = z.object({ name: z.string().trim().min(1).max(120), filters: actionFiltersSchema });

const list = createRoute({
  method: 'get', path: '/api/plans/{id}/views', operationId: 'listSavedViews', tags,
  request: { params: idParams },
  responses: { 200: json(z.object({ items: z.array(savedViewSchema) }), 'My saved views of this plan'), ...problems(401, 404) },
});
const create = createRoute({
  method: 'post', path: '/api/plans/{id}/views', operationId: 'createSavedView', tags,
  request: { params: idParams, body: { content: { 'application/json': { schema: viewBody } }, required: true } },
  responses: { 201: json(savedViewSchema, 'Saved for the current user only'), ...problems(400, 401, 403, 404) },
});
const remove = createRoute({
  method: 'delete', path: '/api/views/{id}', operationId: 'deleteSavedView', tags,
  request: { params: idParams },
  responses: { 204: { description: 'Deleted' }, ...problems(401, 403, 404) },
});

export function registerViewRoutes(app: App) {
  app.openapi(list, async (c) => {
    const { plan, actor } = await loadPlan(c, c.req.valid('param').id, 'view.manage');
    const rows = await c
      .get('db')
      .select()
      .from(savedViews)
      .where(and(eq(savedViews.planId, plan.id), eq(savedViews.userId, actor.userId)))
      .orderBy(asc(savedViews.name), asc(savedViews.id));
    return c.json({ items: rows.map(presentSavedView) }, 200);
  });

  app.openapi(create, async (c) => {
    const { plan, actor } = await loadPlan(c, c.req.valid('param').id, 'view.manage');
    const { name, filters } = c.req.valid('json');
    const view = await c.get('db').transaction(async (tx) => {
      const [row] = await tx.insert(savedViews).values({ planId: plan.id, userId: actor.userId, name, filters }).returning();
      await audit(tx, c, { organisationId: plan.organisationId, entityType: 'saved_view', entityId: row.id, action: 'create', after: presentSavedView(row) });
      return row;
    });
    return c.json(presentSavedView(view), 201);
  });

  app.openapi(remove, async (c) => {
    const auth = requireAuth(c);
    const db = c.get('db');
    const [row] = await db
      .select({ view: savedViews, organisationId: plans.organisationId })
      .from(savedViews)
      .innerJoin(plans, eq(plans.id, savedViews.planId))
      .where(eq(savedViews.id, c.req.valid('param').id));
    // Someone else's view is as invisible as a missing one.
    if (!row || row.view.userId !== auth.userId) throw notFound('Vue');
    await authorize(c, row.organisationId, 'view.manage', undefined, 'Vue');
    await db.transaction(async (tx) => {
      await tx.delete(savedViews).where(eq(savedViews.id, row.view.id));
      await audit(tx, c, { organisationId: row.organisationId, entityType: 'saved_view', entityId: row.view.id, action: 'delete', before: presentSavedView(row.view) });
    });
    return c.body(null, 204);
  });
}
