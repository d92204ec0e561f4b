import { createRoute, z } from '@hono/zod-openapi';
import { mergeInputSchema, retainInputSchema, setAsideInputSchema } from '@trajectoire/domain';
import type { App } from '../http/context';
import { jsonContent as json, problems } from '../http/problem';
import { actionSchema } from '../plans/presenter';
import { actionFor, decisionFor, workshopFor } from './access';
import { actionSourceSchema, decisionSchema, proposalSchema } from './presenter';
import { listActionSources } from './store';
import { mergeProposals, retainProposal, setAsideProposal } from './decide';
import { undoDecision } from './undo';

const tags = ['workshops'];
const idParam = z.object({ id: z.uuid() });
const body = <T>(schema: T) => ({ body: { content: { 'application/json': { schema } }, required: true } });

const triageResultSchema = z
  .object({ decision: decisionSchema, action: actionSchema.nullable(), proposals: z.array(proposalSchema) })
  .openapi('TriageResult');

const decisionRoute = <T extends z.ZodType>(path: string, operationId: string, schema: T, description: string) =>
  createRoute({
    method: 'post',
    path: `/api/workshops/{id}/decisions/${path}`,
    operationId,
    tags,
    description,
    request: { params: idParam, ...body(schema) },
    responses: { 201: json(triageResultSchema, 'Decision recorded'), ...problems(400, 401, 403, 404, 409) },
  });

const retain = decisionRoute('retain', 'retainProposal', retainInputSchema, 'Turns one proposal into a new action of the plan.');
const merge = decisionRoute(
  'merge',
  'mergeProposals',
  mergeInputSchema,
  'Merges proposals into a new action (`action`) or into an existing action of the plan (`targetActionId`).',
);
const setAside = decisionRoute('set-aside', 'setAsideProposal', setAsideInputSchema, 'Sets one proposal aside, with a reason.');

const undo = createRoute({
  method: 'post',
  path: '/api/decisions/{id}/undo',
  operationId: 'undoProposalDecision',
  tags,
  description: 'Reverts a decision while its action has not been edited since; proposals return to pending.',
  request: { params: idParam },
  responses: {
    200: json(z.object({ proposals: z.array(proposalSchema) }), 'Reverted; the proposals are pending again'),
    ...problems(401, 403, 404, 409),
  },
});

const sources = createRoute({
  method: 'get',
  path: '/api/actions/{id}/sources',
  operationId: 'listActionSources',
  tags,
  request: { params: idParam },
  responses: {
    200: json(z.object({ items: z.array(actionSourceSchema) }), 'Workshop proposals the action comes from'),
    ...problems(401, 404),
  },
});

export function registerTriageRoutes(app: App) {
  app.openapi(retain, async (c) => {
    const workshop = await workshopFor(c, c.req.valid('param').id, 'proposal.triage');
    const input = c.req.valid('json');
    return c.json(await c.get('db').transaction((tx) => retainProposal(tx, c, workshop.id, input)), 201);
  });

  app.openapi(merge, async (c) => {
    const workshop = await workshopFor(c, c.req.valid('param').id, 'proposal.triage');
    const input = c.req.valid('json');
    return c.json(await c.get('db').transaction((tx) => mergeProposals(tx, c, workshop.id, input)), 201);
  });

  app.openapi(setAside, async (c) => {
    const workshop = await workshopFor(c, c.req.valid('param').id, 'proposal.triage');
    const input = c.req.valid('json');
    return c.json(await c.get('db').transaction((tx) => setAsideProposal(tx, c, workshop.id, input)), 201);
  });

  app.openapi(undo, async (c) => {
    const decision = await decisionFor(c, c.req.valid('param').id, 'proposal.triage');
    return c.json(await c.get('db').transaction((tx) => undoDecision(tx, c, decision.id)), 200);
  });

  app.openapi(sources, async (c) => {
    const action = await actionFor(c, c.req.valid('param').id, 'plan.read');
    return c.json({ items: await listActionSources(c.get('db'), action.id) }, 200);
  });
}
