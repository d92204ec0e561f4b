import { createRoute, z } from '@hono/zod-openapi';
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { App } from '../http/context';
import type { Db, Tx } from '../db/client';
import { AppError, jsonContent as json, problems } from '../http/problem';
import { audit } from '../audit/audit';
import { updateVersioned } from '../db/versioned';
import { actions, axes } from './schema';
import { axisSchema, presentAction, presentAxis } from './presenter';
import { loadAxis, loadPlan } from './access';
import { subtreeIds, wouldCycle } from './axis-tree';
import { renumber } from './renumber';

const tags = ['axes'];
const idParams = z.object({ id: z.uuid() });
const title = z.string().trim().min(1).max(300);
const description = z.string().trim().max(20_000);
const axisCreate = z.object({ title, description: description.default(''), parentId: z.uuid().nullable().default(null) });
const axisPatch = z.object({
  title: title.optional(),
  description: description.optional(),
  parentId: z.uuid().nullable().optional(),
  position: z.number().int().min(0).max(100_000).optional().openapi({ description: 'Index among the siblings, from 0' }),
  version: z.number().int(),
});

const create = createRoute({
  method: 'post', path: '/api/plans/{id}/axes', operationId: 'createAxis', tags,
  request: { params: idParams, body: { content: { 'application/json': { schema: axisCreate } }, required: true } },
  responses: { 201: json(axisSchema, 'Created, last among its siblings'), ...problems(400, 401, 403, 404) },
});
const patch = createRoute({
  method: 'patch', path: '/api/axes/{id}', operationId: 'updateAxis', tags,
  request: { params: idParams, body: { content: { 'application/json': { schema: axisPatch } }, required: true } },
  responses: { 200: json(axisSchema, 'Updated; siblings are renumbered when it moves'), ...problems(400, 401, 403, 404, 409) },
});
const remove = createRoute({
  method: 'delete', path: '/api/axes/{id}', operationId: 'deleteAxis', tags,
  description:
    'Refused with 409 `axis_not_empty` while the axis has sub-axes or actions. With `force=true` the whole sub-tree of ' +
    'axes is deleted and the actions placed in it are kept, detached from any axis (axisId null).',
  request: { params: idParams, query: z.object({ force: z.enum(['true', 'false']).optional() }) },
  responses: { 204: { description: 'Deleted' }, ...problems(401, 403, 404, 409) },
});

const invalid = (path: string, message: string) =>
  new AppError(400, 'validation_failed', 'Certaines valeurs sont invalides.', { errors: [{ path, message }] });

const planAxes = (db: Db | Tx, planId: string) =>
  db.select({ id: axes.id, parentId: axes.parentId }).from(axes).where(eq(axes.planId, planId));

/** Siblings under `parentId` in display order, without `exceptId`. */
async function siblingIds(tx: Db | Tx, planId: string, parentId: string | null, exceptId?: string) {
  const rows = await tx
    .select({ id: axes.id })
    .from(axes)
    .where(and(eq(axes.planId, planId), parentId ? eq(axes.parentId, parentId) : isNull(axes.parentId)))
    .orderBy(asc(axes.position), asc(axes.title), asc(axes.id));
  return rows.map((r) => r.id).filter((id) => id !== exceptId);
}

export function registerAxisRoutes(app: App) {
  app.openapi(create, async (c) => {
    const { plan } = await loadPlan(c, c.req.valid('param').id, 'axis.write');
    const body = c.req.valid('json');
    const db = c.get('db');
    if (body.parentId && !(await planAxes(db, plan.id)).some((a) => a.id === body.parentId))
      throw invalid('parentId', "L'axe parent n'appartient pas à ce plan.");
    const axis = await db.transaction(async (tx) => {
      const position = (await siblingIds(tx, plan.id, body.parentId)).length;
      const [row] = await tx.insert(axes).values({ ...body, planId: plan.id, position }).returning();
      await audit(tx, c, { organisationId: plan.organisationId, entityType: 'axis', entityId: row.id, action: 'create', after: presentAxis(row) });
      return row;
    });
    return c.json(presentAxis(axis), 201);
  });

  app.openapi(patch, async (c) => {
    const { axis, organisationId } = await loadAxis(c, c.req.valid('param').id, 'axis.write');
    const { version, position, ...values } = c.req.valid('json');
    const db = c.get('db');
    if (values.parentId) {
      const all = await planAxes(db, axis.planId);
      if (!all.some((a) => a.id === values.parentId)) throw invalid('parentId', "L'axe parent n'appartient pas à ce plan.");
      if (wouldCycle(all, axis.id, values.parentId)) throw invalid('parentId', 'Un axe ne peut pas être placé sous lui-même ou sous un de ses sous-axes.');
    }
    const updated = await db.transaction(async (tx) => {
      let row = await updateVersioned(tx, axes, axis.id, version, values);
      const moved = values.parentId !== undefined && values.parentId !== axis.parentId;
      if (moved || position !== undefined) {
        const ids = await siblingIds(tx, axis.planId, row.parentId, axis.id);
        ids.splice(Math.min(position ?? ids.length, ids.length), 0, axis.id);
        await renumber(tx, axes, ids);
        [row] = await tx.select().from(axes).where(eq(axes.id, axis.id));
      }
      await audit(tx, c, { organisationId, entityType: 'axis', entityId: axis.id, action: 'update', before: presentAxis(axis), after: presentAxis(row) });
      return row;
    });
    return c.json(presentAxis(updated), 200);
  });

  app.openapi(remove, async (c) => {
    const { axis, organisationId } = await loadAxis(c, c.req.valid('param').id, 'axis.write');
    const force = c.req.valid('query').force === 'true';
    const db = c.get('db');
    await db.transaction(async (tx) => {
      const subtree = subtreeIds(await planAxes(tx, axis.planId), axis.id);
      const [{ n }] = await tx.select({ n: sql<number>`count(*)` }).from(actions).where(eq(actions.axisId, axis.id));
      const childAxisCount = subtree.length - 1;
      if (!force && (childAxisCount > 0 || Number(n) > 0))
        throw new AppError(409, 'axis_not_empty', "L'axe contient des sous-axes ou des actions ; videz-le ou forcez la suppression.", {
          childAxisCount,
          actionCount: Number(n),
        });
      const prior = await tx.select().from(actions).where(inArray(actions.axisId, subtree));
      const detached = await tx
        .update(actions)
        .set({ axisId: null, version: sql`${actions.version} + 1`, updatedAt: new Date() })
        .where(inArray(actions.axisId, subtree))
        .returning();
      const before = await tx.select().from(axes).where(inArray(axes.id, subtree));
      await tx.delete(axes).where(inArray(axes.id, subtree));
      for (const a of detached) {
        const was = prior.find((p) => p.id === a.id)!;
        await audit(tx, c, { organisationId, entityType: 'action', entityId: a.id, action: 'update', before: presentAction(was), after: presentAction(a) });
      }
      for (const a of before) await audit(tx, c, { organisationId, entityType: 'axis', entityId: a.id, action: 'delete', before: presentAxis(a) });
    });
    return c.body(null, 204);
  });
}
