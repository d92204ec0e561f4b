import { z } from 'zod';
import {
  ACTION_STATUSES,
  BUDGET_KINDS,
  BUDGET_NATURES,
  BUDGET_UNITS,
  PARTICIPATION_LEVELS,
  PRIORITIES,
  TARGET_PUBLICS,
  type ActionStatus,
} from './enums';
import { PORTEUR_LEVERS } from './levers/porteur-levers';

const text = (max: number) => z.string().trim().max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date attendue au format AAAA-MM-JJ');

export const actionPilotSchema = z.object({
  userId: z.uuid().optional(),
  name: text(200).min(1),
  organisation: text(200).optional(),
});
export type ActionPilot = z.infer<typeof actionPilotSchema>;

export const actionPartnerSchema = z.object({ organisationId: z.uuid().optional(), name: text(200).min(1) });
export type ActionPartner = z.infer<typeof actionPartnerSchema>;

export const actionFunderSchema = actionPartnerSchema.extend({ amountEur: z.number().nonnegative().finite().optional() });
export type ActionFunder = z.infer<typeof actionFunderSchema>;

export const actionBudgetLineSchema = z.object({
  year: z.number().int().min(1990).max(2100),
  nature: z.enum(BUDGET_NATURES),
  kind: z.enum(BUDGET_KINDS),
  unit: z.enum(BUDGET_UNITS),
  amount: z.number().nonnegative().finite(),
});
export type ActionBudgetLine = z.infer<typeof actionBudgetLineSchema>;

export const actionLinkSchema = z.object({
  title: text(200).min(1),
  url: z.url({ protocol: /^https?$/ }).max(2000),
});
export type ActionLink = z.infer<typeof actionLinkSchema>;

/** Editable fields of an action sheet (create and full update share it). */
export const actionFieldsSchema = z.object({
  title: text(300).min(1),
  description: text(20_000).default(''),
  objectives: text(10_000).default(''),
  status: z.enum(ACTION_STATUSES).default('idea'),
  priority: z.enum(PRIORITIES).nullable().default(null),
  startDate: isoDate.nullable().default(null),
  endDate: isoDate.nullable().default(null),
  axisId: z.uuid().nullable().default(null),
  parentId: z.uuid().nullable().default(null),
  ref: text(40).nullable().default(null),
  pilots: z.array(actionPilotSchema).max(50).default([]),
  ownerOrganisationId: z.uuid().nullable().default(null),
  ownerName: text(200).nullable().default(null),
  partners: z.array(actionPartnerSchema).max(100).default([]),
  funders: z.array(actionFunderSchema).max(100).default([]),
  porteurLevers: z.array(z.enum(PORTEUR_LEVERS)).max(PORTEUR_LEVERS.length).default([]),
  copLevers: z.array(z.string().regex(/^[a-z0-9-]+$/)).max(43).default([]),
  impactTco2ePerYear: z.number().finite().nullable().default(null),
  impactMwhPerYear: z.number().finite().nullable().default(null),
  impactNote: text(5_000).default(''),
  budgets: z.array(actionBudgetLineSchema).max(500).default([]),
  targetPublics: z.array(z.enum(TARGET_PUBLICS)).max(TARGET_PUBLICS.length).default([]),
  participationLevel: z.enum(PARTICIPATION_LEVELS).nullable().default(null),
  notes: text(20_000).default(''),
  links: z.array(actionLinkSchema).max(100).default([]),
});
export type ActionFields = z.infer<typeof actionFieldsSchema>;

/** An action is late when it is not finished (done/abandoned) and its end date is past. */
export function isLate(a: { status: ActionStatus; endDate: string | null }, today: string): boolean {
  if (!a.endDate || a.status === 'done' || a.status === 'abandoned') return false;
  return a.endDate < today;
}

/** Cross-field rules that zod shapes cannot express; returns French messages keyed by field. */
export function validateActionRules(a: Pick<ActionFields, 'startDate' | 'endDate' | 'budgets'>): Record<string, string> {
  const errors: Record<string, string> = {};
  if (a.startDate && a.endDate && a.endDate < a.startDate) errors.endDate = 'La date de fin précède la date de début.';
  const seen = new Set<string>();
  for (const b of a.budgets) {
    const key = `${b.year}|${b.nature}|${b.kind}|${b.unit}`;
    if (seen.has(key)) errors.budgets = `Ligne budgétaire en double pour ${b.year}.`;
    seen.add(key);
  }
  return errors;
}
