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
  type Priority,
} from './enums';
import { PORTEUR_LEVERS } from './levers/porteur-levers';
import { COP_DIMENSIONS, COP_LEVER_SET, isCopLeverCode, type CopDimension } from './levers/cop-levers';
import { normaliseSearch } from './text';

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

/**
 * Partial update of an action sheet. Built by unwrapping the create defaults: `.partial()` alone would still apply
 * them (zod 4), so a PATCH omitting `description` would blank it.
 */
export const actionPatchSchema = z.object(
  Object.fromEntries(
    Object.entries(actionFieldsSchema.shape).map(([key, field]) => [
      key,
      (field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType)).optional(),
    ]),
  ) as { [K in keyof ActionFields]: z.ZodOptional<z.ZodType<ActionFields[K]>> },
);
export type ActionPatch = Partial<ActionFields>;

// ---- List filters ----

export const ACTION_SORTS = ['position', 'title', 'endDate', 'updatedAt'] as const;
export type ActionSort = (typeof ACTION_SORTS)[number];
export const SORT_ORDERS = ['asc', 'desc'] as const;

const needle = z.string().trim().min(1).max(200);
const copLeverCode = z.string().refine(isCopLeverCode, { message: 'levier COP inconnu' });

/**
 * Filters of a plan's action list. One schema serves the query string (after `parseActionQuery`) and saved views,
 * so a saved view always replays as a valid query. Multi-valued fields match any of their values.
 */
export const actionFiltersSchema = z
  .object({
    status: z.array(z.enum(ACTION_STATUSES)).min(1).max(ACTION_STATUSES.length).optional(),
    copLever: z.array(copLeverCode).min(1).max(COP_LEVER_SET.levers.length).optional(),
    /** Actions having at least one lever whose dimensions include one of these. */
    dimension: z.array(z.enum(COP_DIMENSIONS)).min(1).max(COP_DIMENSIONS.length).optional(),
    /** A user id (exact) or a substring of a pilot's name, accent- and case-insensitive. */
    pilot: needle.optional(),
    /** Substring of a partner's or funder's name. */
    partner: needle.optional(),
    late: z.boolean().optional(),
    /** An axis and its sub-axes, or `none` for actions outside any axis. */
    axisId: z.union([z.uuid(), z.literal('none')]).optional(),
    /** Text searched in the reference, title and description. */
    q: needle.optional(),
    priority: z.array(z.enum(PRIORITIES)).min(1).max(PRIORITIES.length).optional(),
    parentId: z.uuid().optional(),
    topLevel: z.boolean().optional(),
    sort: z.enum(ACTION_SORTS).optional(),
    order: z.enum(SORT_ORDERS).optional(),
  })
  .strict();
export type ActionFilters = z.infer<typeof actionFiltersSchema>;

const MULTI = new Set(['status', 'copLever', 'dimension', 'priority']);
const BOOLEAN = new Set(['late', 'topLevel']);
export const ACTION_FILTER_KEYS = Object.keys(actionFiltersSchema.shape) as (keyof ActionFilters)[];

/**
 * Reads filters from query-string values (`status=a&status=b` or `status=a,b`; booleans as `true`/`false`).
 * Keys that are not filters are ignored so the caller can mix in pagination parameters.
 */
export function parseActionQuery(query: Record<string, string | string[] | undefined>) {
  const raw: Record<string, unknown> = {};
  for (const key of ACTION_FILTER_KEYS) {
    const value = query[key];
    if (value === undefined) continue;
    const values = Array.isArray(value) ? value : [value];
    if (MULTI.has(key)) raw[key] = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
    else if (BOOLEAN.has(key)) raw[key] = values[0] === 'true' ? true : values[0] === 'false' ? false : values[0];
    else raw[key] = values[0];
  }
  return actionFiltersSchema.safeParse(raw);
}

/** COP lever codes having at least one of the dimensions. */
export function leverCodesForDimensions(dimensions: readonly CopDimension[]): string[] {
  return COP_LEVER_SET.levers.filter((l) => l.dimensions.some((d) => dimensions.includes(d))).map((l) => l.code);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Whether a `pilot` filter designates a user id rather than a name fragment. */
export const isUserIdNeedle = (value: string) => UUID.test(value);

export interface FilterableAction {
  status: ActionStatus;
  priority: Priority | null;
  endDate: string | null;
  axisId: string | null;
  parentId: string | null;
  ref: string | null;
  title: string;
  description: string;
  pilots: readonly ActionPilot[];
  partners: readonly ActionPartner[];
  funders: readonly ActionPartner[];
  copLevers: readonly string[];
}

const contains = (haystack: string | null | undefined, n: string) => normaliseSearch(haystack ?? '').includes(normaliseSearch(n));

/**
 * In-memory counterpart of the server's list query (the web uses it to filter loaded actions).
 * `axisSubtree` is the filtered axis with its descendants, which only the caller knows.
 */
export function matchesActionFilters(
  a: FilterableAction,
  f: ActionFilters,
  ctx: { today: string; axisSubtree?: ReadonlySet<string> },
): boolean {
  if (f.status && !f.status.includes(a.status)) return false;
  if (f.priority && (!a.priority || !f.priority.includes(a.priority))) return false;
  if (f.copLever && !a.copLevers.some((c) => (f.copLever as readonly string[]).includes(c))) return false;
  if (f.dimension) {
    const codes = leverCodesForDimensions(f.dimension);
    if (!a.copLevers.some((c) => codes.includes(c))) return false;
  }
  if (f.pilot) {
    const p = f.pilot;
    const hit = isUserIdNeedle(p)
      ? a.pilots.some((x) => x.userId?.toLowerCase() === p.toLowerCase())
      : a.pilots.some((x) => contains(x.name, p));
    if (!hit) return false;
  }
  if (f.partner && ![...a.partners, ...a.funders].some((x) => contains(x.name, f.partner!))) return false;
  if (f.late !== undefined && isLate(a, ctx.today) !== f.late) return false;
  if (f.axisId === 'none' && a.axisId !== null) return false;
  if (f.axisId && f.axisId !== 'none' && !(a.axisId && (ctx.axisSubtree ?? new Set([f.axisId])).has(a.axisId))) return false;
  if (f.q && ![a.ref, a.title, a.description].some((t) => contains(t, f.q!))) return false;
  if (f.parentId && a.parentId !== f.parentId) return false;
  if (f.topLevel !== undefined && (a.parentId === null) !== f.topLevel) return false;
  return true;
}
