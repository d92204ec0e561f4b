import { createRoute, z } from '@hono/zod-openapi';
import { eq } from 'drizzle-orm';
import { proposalFieldsSchema, proposalPatchSchema } from '@trajectoire/domain';
import type { App } from '../http/context';
import type { Tx } from '../db/client';
import { jsonContent as json, notFound, problems } from '../http/problem';
import { updateVersioned } from '../db/versioned';
import { audit } from '../audit/audit';
import { proposalFor, workshopFor } from './access';
import { proposals, workshops } from './schema';
import { presentProposal, proposalSchema } from './presenter';
import { alreadyTriaged } from './triage';

const tags = ['workshops'];
const idParam = z.object({ id: z.uuid() });
const body = <T>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });

const create = createRoute({
  method: 'post',
  path: '/api/workshops/{id}/proposals',
  operationId: 'createProposal',
  tags,
  request: { params: idParam, ...body(proposalFieldsSchema) },
  responses: { 201: json(proposalSchema, 'Created, pending triage'), ...problems(400, 401, 403, 404) },
});
const update = createRoute({
  method: 'patch',
  path: '/api/proposals/{id}',
  operationId: 'updateProposal',
  tags,
  request: { params: idParam, ...body(proposalPatchSchema) },
  responses: { 200: json(proposalSchema, 'Updated'), ...problems(400, 401, 403, 404, 409) },
});
const remove = createRoute({
  method: 'delete',
  path: '/api/proposals/{id}',
  operationId: 'deleteProposal',
  tags,
  request: { params: idParam },
  responses: { 204: { description: 'Deleted' }, ...problems(401, 403, 404, 409) },
});

/** Locks a proposal for a change that is only allowed before triage. */
async function lockPending(tx: Tx, id: string) {
  const [row] = await tx.select().from(proposals).where(eq(proposals.id, id)).for('update');
  if (!row) throw notFound('Proposition');
  if (row.status !== 'pending') throw alreadyTriaged([row.id]);
  return row;
}

export function registerProposalRoutes(app: App) {
  app.openapi(create, async (c) => {
    const workshop = await workshopFor(c, c.req.valid('param').id, 'proposal.create');
    const fields = c.req.valid('json');
    const dto = await c.get('db').transaction(async (tx) => {
      // A share lock so that the workshop cannot be deleted under the new proposal.
      const [w] = await tx.select({ id: workshops.id }).from(workshops).where(eq(workshops.id, workshop.id)).for('share');
      if (!w) throw notFound('Atelier');
      const [row] = await tx
        .insert(proposals)
        .values({ ...fields, organisationId: workshop.organisationId, workshopId: workshop.id })
        .returning();
      const after = presentProposal(row);
      await audit(tx, c, { organisationId: row.organisationId, entityType: 'proposal', entityId: row.id, action: 'create', after });
      return after;
    });
    return c.json(dto, 201);
  });

  app.openapi(update, async (c) => {
    const current = await proposalFor(c, c.req.valid('param').id, 'proposal.create');
    const { version, ...values } = c.req.valid('json');
    const dto = await c.get('db').transaction(async (tx) => {
      const locked = await lockPending(tx, current.id);
      const row = await updateVersioned(tx, proposals, locked.id, version, values);
      const [before, after] = [presentProposal(locked), presentProposal(row)];
      await audit(tx, c, { organisationId: row.organisationId, entityType: 'proposal', entityId: row.id, action: 'update', before, after });
      return after;
    });
    return c.json(dto, 200);
  });

  app.openapi(remove, async (c) => {
    const current = await proposalFor(c, c.req.valid('param').id, 'proposal.create');
    await c.get('db').transaction(async (tx) => {
      const locked = await lockPending(tx, current.id);
      await tx.delete(proposals).where(eq(proposals.id, locked.id));
      await audit(tx, c, {
        organisationId: locked.organisationId,
        entityType: 'proposal',
        entityId: locked.id,
        action: 'delete',
        before: presentProposal(locked),
      });
    });
    return c.body(null, 204);
  });
}
