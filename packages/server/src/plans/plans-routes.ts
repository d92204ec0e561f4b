import { createRoute, z } from '@hono/zod-openapi';
import { and, eq, sql } from 'drizzle-orm';
import { PLAN_STATUSES, PLAN_TYPES } from '@trajectoire/domain';
import type { App } from '../http/context';
import { AppError, jsonContent as json, notFound, problems } from '../http/problem';
import { pageOf, paginationQuery } from '../http/pagination';
import { authorize } from '../auth/access';
import { audit } from '../audit/audit';
import { updateVersioned } from '../db/versioned';
import { organisations } from '../organisations/schema';
import { actions, plans } from './schema';
import { parisToday, planSchema, presentPlan } from './presenter';
import { planDetailSchema, planListItemSchema } from './detail-presenter';
import { planDetail } from './plan-store';
import { loadPlan } from './access';
import { afterCursor, keyColumns, orderBy, pageFrom, type SortKey } from './keyset';

const tags = ['plans'];
const year = z.number().int().min(1990).max(2100).nullable();
const planFields = z.object({
  type: z.enum(PLAN_TYPES),
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().max(20_000).default(''),
  startYear: year.default(null),
  endYear: year.default(null),
  status: z.enum(PLAN_STATUSES).default('draft'),
});
const planPatch = z.object({
  type: z.enum(PLAN_TYPES).optional(),
  title: z.string().trim().min(1).max(300).optional(),
  description: z.string().trim().max(20_000).optional(),
  startYear: year.optional(),
  endYear: year.optional(),
  status: z.enum(PLAN_STATUSES).optional(),
  version: z.number().int(),
});
const orgParams = z.object({ orgId: z.uuid() });
const idParams = z.object({ id: z.uuid() });

const list = createRoute({
  method: 'get', path: '/api/organisations/{orgId}/plans', operationId: 'listPlans', tags,
  request: { params: orgParams, query: paginationQuery },
  responses: { 200: json(pageOf(planListItemSchema), 'Plans of the organisation, newest first'), ...problems(400, 401, 404) },
});
const create = createRoute({
  method: 'post', path: '/api/organisations/{orgId}/plans', operationId: 'createPlan', tags,
  request: { params: orgParams, body: { content: { 'application/json': { schema: planFields } }, required: true } },
  responses: { 201: json(planSchema, 'Created'), ...problems(400, 401, 403, 404) },
});
const get = createRoute({
  method: 'get', path: '/api/plans/{id}', operationId: 'getPlan', tags,
  request: { params: idParams },
  responses: { 200: json(planDetailSchema, 'The plan, its axis tree and action counts'), ...problems(401, 404) },
});
const patch = createRoute({
  method: 'patch', path: '/api/plans/{id}', operationId: 'updatePlan', tags,
  request: { params: idParams, body: { content: { 'application/json': { schema: planPatch } }, required: true } },
  responses: { 200: json(planSchema, 'Updated'), ...problems(400, 401, 403, 404, 409) },
});
const remove = createRoute({
  method: 'delete', path: '/api/plans/{id}', operationId: 'deletePlan', tags,
  request: { params: idParams },
  responses: { 204: { description: 'Deleted with its axes, actions, workshops and saved views' }, ...problems(401, 403, 404) },
});

function checkYears(startYear: number | null, endYear: number | null) {
  if (startYear !== null && endYear !== null && endYear < startYear)
    throw new AppError(400, 'validation_failed', 'Certaines valeurs sont invalides.', {
      errors: [{ path: 'endYear', message: "L'année de fin précède l'année de début." }],
    });
}

export function registerPlanRoutes(app: App) {
  app.openapi(list, async (c) => {
    const { orgId } = c.req.valid('param');
    const { cursor, limit } = c.req.valid('query');
    await authorize(c, orgId, 'plan.read', undefined, 'Organisation');
    const keys: SortKey[] = [
      { expr: sql`${plans.createdAt}`, type: 'timestamptz', desc: true },
      { expr: sql`${plans.id}`, type: 'uuid', desc: true },
    ];
    const actionCount = sql<number>`(select count(*) from ${actions} where ${actions.planId} = ${plans.id})`;
    const rows = await c
      .get('db')
      .select({ plan: plans, actionCount, ...keyColumns(keys) })
      .from(plans)
      .where(and(eq(plans.organisationId, orgId), afterCursor(keys, cursor)))
      .orderBy(...orderBy(keys))
      .limit(limit + 1);
    const page = pageFrom(rows, keys, limit);
    return c.json({ items: page.items.map((r) => ({ ...presentPlan(r.plan), actionCount: Number(r.actionCount) })), nextCursor: page.nextCursor }, 200);
  });

  app.openapi(create, async (c) => {
    const { orgId } = c.req.valid('param');
    const body = c.req.valid('json');
    await authorize(c, orgId, 'plan.create', undefined, 'Organisation');
    checkYears(body.startYear, body.endYear);
    const db = c.get('db');
    // A superadmin passes authorize() for any id; the organisation must still exist.
    const [org] = await db.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, orgId));
    if (!org) throw notFound('Organisation');
    const plan = await db.transaction(async (tx) => {
      const [row] = await tx.insert(plans).values({ ...body, organisationId: orgId }).returning();
      await audit(tx, c, { organisationId: orgId, entityType: 'plan', entityId: row.id, action: 'create', after: presentPlan(row) });
      return row;
    });
    return c.json(presentPlan(plan), 201);
  });

  app.openapi(get, async (c) => {
    const { plan } = await loadPlan(c, c.req.valid('param').id, 'plan.read');
    return c.json(await planDetail(c.get('db'), plan, parisToday()), 200);
  });

  app.openapi(patch, async (c) => {
    const { plan } = await loadPlan(c, c.req.valid('param').id, 'plan.update');
    const { version, ...values } = c.req.valid('json');
    checkYears(values.startYear !== undefined ? values.startYear : plan.startYear, values.endYear !== undefined ? values.endYear : plan.endYear);
    const updated = await c.get('db').transaction(async (tx) => {
      const row = await updateVersioned(tx, plans, plan.id, version, values);
      await audit(tx, c, { organisationId: plan.organisationId, entityType: 'plan', entityId: plan.id, action: 'update', before: presentPlan(plan), after: presentPlan(row) });
      return row;
    });
    return c.json(presentPlan(updated), 200);
  });

  app.openapi(remove, async (c) => {
    const { plan } = await loadPlan(c, c.req.valid('param').id, 'plan.delete');
    await c.get('db').transaction(async (tx) => {
      await tx.delete(plans).where(eq(plans.id, plan.id));
      await audit(tx, c, { organisationId: plan.organisationId, entityType: 'plan', entityId: plan.id, action: 'delete', before: presentPlan(plan) });
    });
    return c.body(null, 204);
  });
}
