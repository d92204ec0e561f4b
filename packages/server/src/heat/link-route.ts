import { createRoute, z } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import type { App } from '../http/context';
import { AppError, jsonContent as json, notFound, problems } from '../http/problem';
import { audit } from '../audit/audit';
import { updateVersioned } from '../db/versioned';
import { actions } from '../plans/schema';
import { actionSchema, presentAction } from '../plans/presenter';
import { loadStudy } from './access';

const body = z.object({
  sourceId: z.string().min(1).max(200),
  sinkId: z.string().min(1).max(200),
  actionId: z.uuid(),
  actionVersion: z.number().int(),
});

const link = createRoute({
  method: 'post', path: '/api/heat/studies/{id}/opportunities/link', operationId: 'linkHeatOpportunity', tags: ['heat'],
  summary: "Set an action's energy impact from an opportunity of the study's last run",
  description:
    "Fills the action's impactMwhPerYear with the arc's delivered MWh/yr and impactNote with the arc's explanation. The action " +
    'must belong to the same organisation (else 404); a stale actionVersion answers 409 `version_conflict`.',
  request: { params: z.object({ id: z.uuid() }), body: { required: true, content: { 'application/json': { schema: body } } } },
  responses: { 200: json(actionSchema, 'The updated action'), ...problems(400, 401, 403, 404, 409) },
});

export function registerHeatLink(app: App) {
  app.openapi(link, async (c) => {
    const study = await loadStudy(c, c.req.valid('param').id, 'plan.update');
    const { sourceId, sinkId, actionId, actionVersion } = c.req.valid('json');
    if (!study.result) throw new AppError(409, 'study_not_run', 'Lancez le calcul de l’étude avant d’en relier les opportunités.');
    const flow = study.result.flows.find((f) => f.source.id === sourceId && f.sink.id === sinkId);
    if (!flow) throw notFound('Opportunité');
    const db = c.get('db');
    const scope = eq(actions.organisationId, study.organisationId);
    const [action] = await db.select().from(actions).where(and(eq(actions.id, actionId), scope));
    if (!action) throw notFound('Action');
    const updated = await db.transaction(async (tx) => {
      const row = await updateVersioned(tx, actions, action.id, actionVersion, {
        impactMwhPerYear: String(Math.round(flow.deliveredMwh * 1000) / 1000),
        impactNote: flow.explanation,
      }, scope);
      await audit(tx, c, { organisationId: study.organisationId, entityType: 'action', entityId: action.id, action: 'update', before: presentAction(action), after: presentAction(row) });
      return row;
    });
    return c.json(presentAction(updated), 200);
  });
}
