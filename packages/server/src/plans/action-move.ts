import { createRoute, z } from '@hono/zod-openapi';
import { asc, eq } from 'drizzle-orm';
import type { App } from '../http/context';
import { jsonContent as json, problems } from '../http/problem';
import { audit } from '../audit/audit';
import { updateVersioned } from '../db/versioned';
import { actions } from './schema';
import { actionSchema, presentAction } from './presenter';
import { checkActionRefs } from './action-store';
import { loadAction } from './access';
import { renumber } from './renumber';

const body = z.object({
  axisId: z.uuid().nullable().optional().openapi({ description: 'Target axis (null: outside any axis); omitted: unchanged' }),
  position: z.number().int().min(0).max(100_000).openapi({ description: 'Index among the target siblings, from 0' }),
  version: z.number().int().optional().openapi({ description: 'When given, the move is refused if the action changed since' }),
});

const move = createRoute({
  method: 'post', path: '/api/actions/{id}/move', operationId: 'moveAction', tags: ['actions'],
  description:
    'Places the action at `position` among its siblings: the top-level actions of the target axis, or for a sub-action ' +
    'the other sub-actions of its parent. Positions of the whole plan are then renumbered 0..n-1.',
  request: { params: z.object({ id: z.uuid() }), body: { content: { 'application/json': { schema: body } }, required: true } },
  responses: { 200: json(actionSchema, 'Moved'), ...problems(400, 401, 403, 404, 409) },
});

type Row = { id: string; axisId: string | null; parentId: string | null };

/** The plan order with `moved` placed before its `position`-th sibling, or after the last one. */
export function placeInPlan<T extends Row>(ordered: readonly T[], moved: T, position: number): T[] {
  const rest = ordered.filter((a) => a.id !== moved.id);
  const isSibling = (a: T) => (moved.parentId ? a.parentId === moved.parentId : a.parentId === null && a.axisId === moved.axisId);
  const siblings = rest.filter(isSibling);
  let at = rest.length;
  if (position < siblings.length) at = rest.indexOf(siblings[position]);
  else if (siblings.length) at = rest.indexOf(siblings[siblings.length - 1]) + 1;
  return [...rest.slice(0, at), moved, ...rest.slice(at)];
}

export function registerActionMove(app: App) {
  app.openapi(move, async (c) => {
    const { action } = await loadAction(c, c.req.valid('param').id, 'action.update');
    const { axisId, position, version } = c.req.valid('json');
    const row = await c.get('db').transaction(async (tx) => {
      if (axisId) await checkActionRefs(tx, action.planId, { axisId });
      const target = { ...action, axisId: axisId === undefined ? action.axisId : axisId };
      await updateVersioned(tx, actions, action.id, version ?? action.version, { axisId: target.axisId });
      const ordered = await tx
        .select({ id: actions.id, axisId: actions.axisId, parentId: actions.parentId })
        .from(actions)
        .where(eq(actions.planId, action.planId))
        .orderBy(asc(actions.position), asc(actions.id));
      await renumber(tx, actions, placeInPlan(ordered, target, position).map((a) => a.id));
      const [after] = await tx.select().from(actions).where(eq(actions.id, action.id));
      await audit(tx, c, { organisationId: action.organisationId, entityType: 'action', entityId: action.id, action: 'move', before: presentAction(action), after: presentAction(after) });
      return after;
    });
    return c.json(presentAction(row), 200);
  });
}
