import { z } from '@hono/zod-openapi';
import {
  ACTION_STATUSES,
  PARTICIPATION_LEVELS,
  PLAN_STATUSES,
  PLAN_TYPES,
  PRIORITIES,
  actionBudgetLineSchema,
  actionFunderSchema,
  actionLinkSchema,
  actionPartnerSchema,
  actionPilotSchema,
  isLate,
  type ActionStatus,
} from '@trajectoire/domain';
import type { actions, axes, plans } from './schema';

export const planSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    type: z.enum(PLAN_TYPES),
    title: z.string(),
    description: z.string(),
    startYear: z.number().int().nullable(),
    endYear: z.number().int().nullable(),
    status: z.enum(PLAN_STATUSES),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .openapi('Plan');

export const axisSchema = z
  .object({
    id: z.string(),
    planId: z.string(),
    parentId: z.string().nullable(),
    title: z.string(),
    description: z.string(),
    position: z.number().int(),
    version: z.number().int(),
  })
  .openapi('Axis');

export const actionSchema = z
  .object({
    id: z.string(),
    organisationId: z.string(),
    planId: z.string(),
    axisId: z.string().nullable(),
    parentId: z.string().nullable(),
    ref: z.string().nullable(),
    position: z.number().int(),
    title: z.string(),
    description: z.string(),
    objectives: z.string(),
    status: z.enum(ACTION_STATUSES),
    priority: z.enum(PRIORITIES).nullable(),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    late: z.boolean(),
    pilots: z.array(actionPilotSchema),
    ownerOrganisationId: z.string().nullable(),
    ownerName: z.string().nullable(),
    partners: z.array(actionPartnerSchema),
    funders: z.array(actionFunderSchema),
    porteurLevers: z.array(z.string()),
    copLevers: z.array(z.string()),
    impactTco2ePerYear: z.number().nullable(),
    impactMwhPerYear: z.number().nullable(),
    impactNote: z.string(),
    budgets: z.array(actionBudgetLineSchema),
    targetPublics: z.array(z.string()),
    participationLevel: z.enum(PARTICIPATION_LEVELS).nullable(),
    notes: z.string(),
    links: z.array(actionLinkSchema),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .openapi('Action');
export type ActionDto = z.infer<typeof actionSchema>;

/** Numeric columns come back as strings from both drivers. */
export const num = (v: string | null) => (v === null ? null : Number(v));
/** Today in Europe/Paris, the reference for lateness. */
export const parisToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());

export function presentPlan(p: typeof plans.$inferSelect): z.infer<typeof planSchema> {
  return {
    id: p.id,
    organisationId: p.organisationId,
    type: p.type as z.infer<typeof planSchema>['type'],
    title: p.title,
    description: p.description,
    startYear: p.startYear,
    endYear: p.endYear,
    status: p.status as z.infer<typeof planSchema>['status'],
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    version: p.version,
  };
}

export function presentAxis(a: typeof axes.$inferSelect): z.infer<typeof axisSchema> {
  return {
    id: a.id,
    planId: a.planId,
    parentId: a.parentId,
    title: a.title,
    description: a.description,
    position: a.position,
    version: a.version,
  };
}

export function presentAction(a: typeof actions.$inferSelect, today = parisToday()): ActionDto {
  const status = a.status as ActionStatus;
  return {
    id: a.id,
    organisationId: a.organisationId,
    planId: a.planId,
    axisId: a.axisId,
    parentId: a.parentId,
    ref: a.ref,
    position: a.position,
    title: a.title,
    description: a.description,
    objectives: a.objectives,
    status,
    priority: a.priority as ActionDto['priority'],
    startDate: a.startDate,
    endDate: a.endDate,
    late: isLate({ status, endDate: a.endDate }, today),
    pilots: a.pilots,
    ownerOrganisationId: a.ownerOrganisationId,
    ownerName: a.ownerName,
    partners: a.partners,
    funders: a.funders,
    porteurLevers: a.porteurLevers,
    copLevers: a.copLevers,
    impactTco2ePerYear: num(a.impactTco2ePerYear),
    impactMwhPerYear: num(a.impactMwhPerYear),
    impactNote: a.impactNote,
    budgets: a.budgets,
    targetPublics: a.targetPublics,
    participationLevel: a.participationLevel as ActionDto['participationLevel'],
    notes: a.notes,
    links: a.links,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    version: a.version,
  };
}
