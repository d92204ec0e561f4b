import { createRoute, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { workshopFieldsSchema, workshopPatchSchema } from '@trajectoire/domain';
import type { App } from '../http/context';
import type { Db, Tx } from '../db/client';
import { AppError, jsonContent as json, problems } from '../http/problem';
import { decodeCursor, encodeCursor, pageOf, paginationQuery } from '../http/pagination';
import { updateVersioned } from '../db/versioned';
import { audit } from '../audit/audit';
import { planFor, workshopFor } from './access';
import { proposalDecisions, workshops } from './schema';
import { presentWorkshop, workshopDetailSchema, workshopSchema } from './presenter';
import { listDecisions, listProposals, listWorkshopRows, proposalCounts } from './store';

const tags = ['workshops'];
const idParam = z.object({ id: z.uuid() });
const body = <T>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });

const list = createRoute({
  method: 'get',
  path: '/api/plans/{planId}/workshops',
  operationId: 'listWorkshops',
  tags,
  request: { params: z.object({ planId: z.uuid() }), query: paginationQuery },
  responses: { 200: json(pageOf(workshopSchema), 'Workshops of the plan, by date (undated last)'), ...problems(400, 401, 404) },
});
const create = createRoute({
  method: 'post',
  path: '/api/plans/{planId}/workshops',
  operationId: 'createWorkshop',
  tags,
  request: { params: z.object({ planId: z.uuid() }), ...body(workshopFieldsSchema) },
  responses: { 201: json(workshopSchema, 'Created'), ...problems(400, 401, 403, 404) },
});
const get = createRoute({
  method: 'get',
  path: '/api/workshops/{id}',
  operationId: 'getWorkshop',
  tags,
  request: { params: idParam },
  responses: { 200: json(workshopDetailSchema, 'The workshop, its proposals by status and its decisions'), ...problems(401, 404) },
});
const update = createRoute({
  method: 'patch',
  path: '/api/workshops/{id}',
  operationId: 'updateWorkshop',
  tags,
  request: { params: idParam, ...body(workshopPatchSchema) },
  responses: { 200: json(workshopSchema, 'Updated'), ...problems(400, 401, 403, 404, 409) },
});
const remove = createRoute({
  method: 'delete',
  path: '/api/workshops/{id}',
  operationId: 'deleteWorkshop',
  tags,
  request: { params: idParam },
  responses: { 204: { description: 'Deleted with its proposals' }, ...problems(401, 403, 404, 409) },
});

async function present(db: Db | Tx, row: typeof workshops.$inferSelect) {
  return presentWorkshop(row, (await proposalCounts(db, [row.id])).get(row.id)!);
}

export function registerWorkshopRoutes(app: App) {
  app.openapi(list, async (c) => {
    const plan = await planFor(c, c.req.valid('param').planId, 'plan.read');
    const { cursor, limit } = c.req.valid('query');
    const after = decodeCursor(cursor, 2) as [string, string] | null;
    const db = c.get('db');
    const rows = await listWorkshopRows(db, plan.id, after, limit);
    const page = rows.slice(0, limit);
    const counts = await proposalCounts(db, page.map((w) => w.id));
    const last = page[page.length - 1];
    return c.json(
      {
        items: page.map((w) => presentWorkshop(w, counts.get(w.id)!)),
        nextCursor: rows.length > limit ? encodeCursor([last.date ?? '9999-12-31', last.id]) : null,
      },
      200,
    );
  });

  app.openapi(create, async (c) => {
    const plan = await planFor(c, c.req.valid('param').planId, 'workshop.write');
    const fields = c.req.valid('json');
    const dto = await c.get('db').transaction(async (tx) => {
      const [row] = await tx.insert(workshops).values({ ...fields, organisationId: plan.organisationId, planId: plan.id }).returning();
      const after = await present(tx, row);
      await audit(tx, c, { organisationId: row.organisationId, entityType: 'workshop', entityId: row.id, action: 'create', after });
      return after;
    });
    return c.json(dto, 201);
  });

  app.openapi(get, async (c) => {
    const workshop = await workshopFor(c, c.req.valid('param').id, 'plan.read');
    const db = c.get('db');
    const all = await listProposals(db, workshop.id);
    const byStatus = { pending: all.filter((p) => p.status === 'pending'), retained: [] as typeof all, merged: [] as typeof all, set_aside: [] as typeof all };
    for (const p of all) if (p.status !== 'pending') byStatus[p.status].push(p);
    const counts = { pending: byStatus.pending.length, retained: byStatus.retained.length, merged: byStatus.merged.length, set_aside: byStatus.set_aside.length };
    const decisions = await listDecisions(db, eq(proposalDecisions.workshopId, workshop.id));
    return c.json({ ...presentWorkshop(workshop, counts), proposals: byStatus, decisions }, 200);
  });

  app.openapi(update, async (c) => {
    const current = await workshopFor(c, c.req.valid('param').id, 'workshop.write');
    const { version, ...values } = c.req.valid('json');
    const dto = await c.get('db').transaction(async (tx) => {
      const before = await present(tx, current);
      const row = await updateVersioned(tx, workshops, current.id, version, values, eq(workshops.organisationId, current.organisationId));
      const after = await present(tx, row);
      await audit(tx, c, { organisationId: row.organisationId, entityType: 'workshop', entityId: row.id, action: 'update', before, after });
      return after;
    });
    return c.json(dto, 200);
  });

  app.openapi(remove, async (c) => {
    const current = await workshopFor(c, c.req.valid('param').id, 'workshop.write');
    await c.get('db').transaction(async (tx) => {
      // The row lock makes a triage decision either commit before this check or wait and then find no workshop.
      const [row] = await tx.select().from(workshops).where(eq(workshops.id, current.id)).for('update');
      if (!row) return;
      const [decided] = await tx.select({ id: proposalDecisions.id }).from(proposalDecisions).where(eq(proposalDecisions.workshopId, row.id)).limit(1);
      if (decided)
        throw new AppError(409, 'workshop_has_decisions', 'Des propositions de cet atelier ont déjà été arbitrées ; annulez ces décisions avant de le supprimer.');
      const before = await present(tx, row);
      await tx.delete(workshops).where(eq(workshops.id, row.id));
      await audit(tx, c, { organisationId: row.organisationId, entityType: 'workshop', entityId: row.id, action: 'delete', before });
    });
    return c.body(null, 204);
  });
}
