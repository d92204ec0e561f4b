import { z } from '@hono/zod-openapi';
import { ACTION_STATUSES, actionFiltersSchema, type ActionFilters } from '@trajectoire/domain';
import { actionSchema, axisSchema, planSchema } from './presenter';
import type { savedViews } from './schema';

export const planListItemSchema = planSchema
  .extend({ actionCount: z.number().int().openapi({ description: 'Actions of the plan, sub-actions included' }) })
  .openapi('PlanListItem');

type AxisNode = z.infer<typeof axisSchema> & { actionCount: number; children: AxisNode[] };
export const axisNodeSchema: z.ZodType<AxisNode> = z
  .lazy(() =>
    axisSchema.extend({
      actionCount: z.number().int().openapi({ description: 'Actions placed directly in this axis' }),
      children: z.array(axisNodeSchema),
    }),
  )
  .openapi('AxisNode');

export const actionCountsSchema = z
  .object({
    total: z.number().int(),
    byStatus: z.record(z.enum(ACTION_STATUSES), z.number().int()),
    late: z.number().int().openapi({ description: 'Unfinished actions whose end date is past (Europe/Paris)' }),
  })
  .openapi('ActionCounts');

export const planDetailSchema = planSchema
  .extend({ axes: z.array(axisNodeSchema), actionCounts: actionCountsSchema })
  .openapi('PlanDetail');

export const actionSourceSchema = z
  .object({ proposalId: z.string(), title: z.string(), workshopId: z.string(), workshopTheme: z.string() })
  .openapi('ActionSource');

export const actionDetailSchema = actionSchema
  .extend({
    subActions: z.array(actionSchema),
    sources: z.array(actionSourceSchema).openapi({ description: 'Workshop proposals the action came from' }),
  })
  .openapi('ActionDetail');

export const savedViewSchema = z
  .object({ id: z.string(), planId: z.string(), name: z.string(), filters: actionFiltersSchema, createdAt: z.string() })
  .openapi('SavedView');

export function presentSavedView(v: typeof savedViews.$inferSelect): z.infer<typeof savedViewSchema> {
  return { id: v.id, planId: v.planId, name: v.name, filters: v.filters as ActionFilters, createdAt: v.createdAt.toISOString() };
}
