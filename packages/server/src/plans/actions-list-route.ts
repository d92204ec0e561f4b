import { createRoute, z } from '@hono/zod-openapi';
import { ACTION_SORTS, ACTION_STATUSES, COP_DIMENSIONS, PRIORITIES, SORT_ORDERS, parseActionQuery } from '@trajectoire/domain';
import type { App } from '../http/context';
import { AppError, jsonContent as json, problems } from '../http/problem';
import { paginationQuery } from '../http/pagination';
import { actionSchema, parisToday, presentAction } from './presenter';
import { loadPlan } from './access';
import { listActions } from './actions-query';

const multi = (description: string) =>
  z.union([z.string(), z.array(z.string())]).optional().openapi({ description: `${description} Repeat the parameter or separate values with commas.` });
const single = (description: string) => z.string().optional().openapi({ description });

// Documented as plain strings; parseActionQuery (domain) validates them, the same way as saved views.
const query = paginationQuery.extend({
  status: multi(`Any of: ${ACTION_STATUSES.join(', ')}.`),
  copLever: multi('COP lever codes.'),
  dimension: multi(`COP dimensions (${COP_DIMENSIONS.join(', ')}): actions having a lever in one of them.`),
  priority: multi(`Any of: ${PRIORITIES.join(', ')}.`),
  pilot: single("A pilot's user id, or part of a pilot's name (accents and case ignored)."),
  partner: single("Part of a partner's or funder's name."),
  late: single('true: unfinished actions past their end date; false: the others.'),
  axisId: single('An axis (its sub-axes included), or `none` for actions outside any axis.'),
  q: single('Text searched in the reference, title and description.'),
  parentId: single('Sub-actions of this action.'),
  topLevel: single('true: top-level actions only; false: sub-actions only.'),
  sort: single(`${ACTION_SORTS.join(', ')} (default position).`),
  order: single(`${SORT_ORDERS.join(', ')} (default asc, desc for updatedAt).`),
});

const list = createRoute({
  method: 'get', path: '/api/plans/{id}/actions', operationId: 'listActions', tags: ['actions'],
  request: { params: z.object({ id: z.uuid() }), query },
  responses: {
    200: json(
      z.object({ items: z.array(actionSchema), nextCursor: z.string().nullable(), total: z.number().int().openapi({ description: 'Matching actions, all pages' }) }),
      'Matching actions of the plan, sub-actions included unless filtered out',
    ),
    ...problems(400, 401, 404),
  },
});

export function registerActionListRoute(app: App) {
  app.openapi(list, async (c) => {
    const { plan } = await loadPlan(c, c.req.valid('param').id, 'plan.read');
    const { cursor, limit, ...raw } = c.req.valid('query');
    const parsed = parseActionQuery(raw);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
      throw new AppError(400, 'validation_failed', 'Certaines valeurs sont invalides.', { errors });
    }
    const today = parisToday();
    const page = await listActions(c.get('db'), plan.id, parsed.data, { cursor, limit, today });
    return c.json({ items: page.rows.map((a) => presentAction(a, today)), nextCursor: page.nextCursor, total: page.total }, 200);
  });
}
