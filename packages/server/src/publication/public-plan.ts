// The public view of a plan: only what a citizen may read. Internal fields stay out (pilots' user ids, notes,
// createdBy, partner and owner organisation ids, versions).
import { z } from '@hono/zod-openapi';
import { ACTION_STATUSES, isLate, type ActionStatus } from '@trajectoire/domain';
import type { PlanContent } from '../exports/store';
import { actionSchema, axisSchema, num, parisToday, planSchema } from '../plans/presenter';
import { publicMetaSchema } from './presenter';

const named = z.object({ name: z.string() });

export const publicActionSchema = actionSchema
  .omit({
    organisationId: true,
    planId: true,
    position: true,
    notes: true,
    ownerOrganisationId: true,
    createdAt: true,
    updatedAt: true,
    version: true,
    pilots: true,
    partners: true,
    funders: true,
  })
  .extend({
    pilots: z.array(z.object({ name: z.string(), organisation: z.string().nullable() })),
    partners: z.array(named),
    funders: z.array(named.extend({ amountEur: z.number().nullable() })),
  })
  .openapi('PublicAction');
export type PublicAction = z.infer<typeof publicActionSchema>;

export const publicAxisSchema = axisSchema.omit({ planId: true, version: true }).openapi('PublicAxis');

export const publicPlanSchema = planSchema
  .omit({ organisationId: true, createdAt: true, version: true })
  .extend(publicMetaSchema.shape)
  .extend({
    axes: z.array(publicAxisSchema),
    actions: z.array(publicActionSchema),
    progress: z.object({ total: z.number().int(), late: z.number().int(), byStatus: z.record(z.enum(ACTION_STATUSES), z.number().int()) }),
  })
  .openapi('PublicPlan');


export function presentPublicActions(content: PlanContent, today = parisToday()): PublicAction[] {
  return content.actions.map((a) => {
    const status = a.status as ActionStatus;
    return {
      id: a.id,
      axisId: a.axisId,
      parentId: a.parentId,
      ref: a.ref,
      title: a.title,
      description: a.description,
      objectives: a.objectives,
      status,
      priority: a.priority as PublicAction['priority'],
      startDate: a.startDate,
      endDate: a.endDate,
      late: isLate({ status, endDate: a.endDate }, today),
      pilots: a.pilots.map((p) => ({ name: p.name, organisation: p.organisation ?? null })),
      ownerName: a.ownerName,
      partners: a.partners.map((p) => ({ name: p.name })),
      funders: a.funders.map((f) => ({ name: f.name, amountEur: f.amountEur ?? null })),
      porteurLevers: a.porteurLevers,
      copLevers: a.copLevers,
      impactTco2ePerYear: num(a.impactTco2ePerYear),
      impactMwhPerYear: num(a.impactMwhPerYear),
      impactNote: a.impactNote,
      budgets: a.budgets,
      targetPublics: a.targetPublics,
      participationLevel: a.participationLevel as PublicAction['participationLevel'],
      links: a.links,
    };
  });
}

export function presentPublicPlan(content: PlanContent, meta: z.infer<typeof publicMetaSchema>, today = parisToday()): z.infer<typeof publicPlanSchema> {
  const p = content.plan;
  const actions = presentPublicActions(content, today);
  const byStatus = Object.fromEntries(ACTION_STATUSES.map((s) => [s, 0])) as Record<ActionStatus, number>;
  for (const a of actions) byStatus[a.status] += 1;
  return {
    ...meta,
    id: p.id,
    type: p.type as z.infer<typeof publicPlanSchema>['type'],
    title: p.title,
    description: p.description,
    startYear: p.startYear,
    endYear: p.endYear,
    status: p.status as z.infer<typeof publicPlanSchema>['status'],
    updatedAt: p.updatedAt.toISOString(),
    axes: content.axes.map((a) => ({ id: a.id, parentId: a.parentId, title: a.title, description: a.description, position: a.position })),
    actions,
    progress: { total: actions.length, late: actions.filter((a) => a.late).length, byStatus },
  };
}
