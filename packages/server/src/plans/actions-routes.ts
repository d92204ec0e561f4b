import { createRoute, z } from '@hono/zod-openapi';
import { asc, eq } from 'drizzle-orm';
import { actionFieldsSchema, actionPatchSchema, can } from '@trajectoire/domain';
import type { App } from '../http/context';
import type { Db } from '../db/client';
import { forbidden, jsonContent as json, problems } from '../http/problem';
import { audit } from '../audit/audit';
import { updateVersioned } from '../db/versioned';
import { actionSources, proposals, workshops } from '../workshops/schema';
import { actions } from './schema';
import { actionSchema, parisToday, presentAction } from './presenter';
import { actionDetailSchema } from './detail-presenter';
import { actionColumns, checkActionRefs, insertAction } from './action-store';
import { loadAction, loadPlan, pilotIds } from './access';

const tags = ['actions'];
const idParams = z.object({ id: z.uuid() });
const patchBody = actionPatchSchema.extend({ version: z.number().int() });

const create = createRoute({
  method: 'post', path: '/api/plans/{id}/actions', operationId: 'createAction', tags,
  request: { params: idParams, body: { content: { 'application/json': { schema: actionFieldsSchema } }, required: true } },
  responses: { 201: json(actionSchema, 'Created, last in the plan'), ...problems(400, 401, 403, 404) },
});
const get = createRoute({
  method: 'get', path: '/api/actions/{id}', operationId: 'getAction', tags,
  request: { params: idParams },
  responses: { 200: json(actionDetailSchema, 'The action sheet, its sub-actions and provenance'), ...problems(401, 404) },
});
const patch = createRoute({
  method: 'patch', path: '/api/actions/{id}', operationId: 'updateAction', tags,
  description: 'Editors restricted to the actions they pilot may change any field, but must remain among the pilots.',
  request: { params: idParams, body: { content: { 'application/json': { schema: patchBody } }, required: true } },
  responses: { 200: json(actionSchema, 'Updated'), ...problems(400, 401, 403, 404, 409) },
});
const remove = createRoute({
  method: 'delete', path: '/api/actions/{id}', operationId: 'deleteAction', tags,
  request: { params: idParams },
  responses: { 204: { description: 'Deleted with its sub-actions' }, ...problems(401, 403, 404) },
});

async function actionSourcesOf(db: Db, actionId: string) {
  return db
    .select({ proposalId: proposals.id, title: proposals.title, workshopId: workshops.id, workshopTheme: workshops.theme })
    .from(actionSources)
    .innerJoin(proposals, eq(proposals.id, actionSources.proposalId))
    .innerJoin(workshops, eq(workshops.id, proposals.workshopId))
    .where(eq(actionSources.actionId, actionId))
    .orderBy(asc(workshops.date), asc(proposals.createdAt), asc(proposals.id));
}

export function registerActionRoutes(app: App) {
  app.openapi(create, async (c) => {
    const { plan, actor } = await loadPlan(c, c.req.valid('param').id, 'action.create');
    const fields = c.req.valid('json');
    const row = await c.get('db').transaction(async (tx) => {
      const inserted = await insertAction(tx, { organisationId: plan.organisationId, planId: plan.id, createdBy: actor.userId, fields });
      await audit(tx, c, { organisationId: plan.organisationId, entityType: 'action', entityId: inserted.id, action: 'create', after: presentAction(inserted) });
      return inserted;
    });
    return c.json(presentAction(row), 201);
  });

  app.openapi(get, async (c) => {
    const { action } = await loadAction(c, c.req.valid('param').id, 'plan.read');
    const db = c.get('db');
    const today = parisToday();
    const [children, sources] = await Promise.all([
      db.select().from(actions).where(eq(actions.parentId, action.id)).orderBy(asc(actions.position), asc(actions.id)),
      actionSourcesOf(db, action.id),
    ]);
    return c.json({ ...presentAction(action, today), subActions: children.map((a) => presentAction(a, today)), sources }, 200);
  });

  app.openapi(patch, async (c) => {
    const { action, actor } = await loadAction(c, c.req.valid('param').id, 'action.update');
    const { version, ...fields } = c.req.valid('json');
    // A restricted editor keeps editing only actions they pilot: they may not hand the action over to others.
    if (fields.pilots && !can(actor, 'action.update', { pilotUserIds: pilotIds(fields.pilots) })) throw forbidden();
    const updated = await c.get('db').transaction(async (tx) => {
      await checkActionRefs(
        tx,
        action.planId,
        {
          ...fields,
          startDate: fields.startDate !== undefined ? fields.startDate : action.startDate,
          endDate: fields.endDate !== undefined ? fields.endDate : action.endDate,
          budgets: fields.budgets ?? action.budgets,
        },
        action.id,
      );
      const row = await updateVersioned(tx, actions, action.id, version, actionColumns(fields), eq(actions.planId, action.planId));
      await audit(tx, c, { organisationId: action.organisationId, entityType: 'action', entityId: action.id, action: 'update', before: presentAction(action), after: presentAction(row) });
      return row;
    });
    return c.json(presentAction(updated), 200);
  });

  app.openapi(remove, async (c) => {
    const { action } = await loadAction(c, c.req.valid('param').id, 'action.delete');
    await c.get('db').transaction(async (tx) => {
      const children = await tx.delete(actions).where(eq(actions.parentId, action.id)).returning();
      await tx.delete(actions).where(eq(actions.id, action.id));
      for (const a of [...children, action])
        await audit(tx, c, { organisationId: a.organisationId, entityType: 'action', entityId: a.id, action: 'delete', before: presentAction(a) });
    });
    return c.body(null, 204);
  });
}
