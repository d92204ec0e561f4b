import { z } from 'zod';
import { actionFieldsSchema, type ActionFields, type ActionPartner, type ActionPilot } from './actions';
import { PORTEUR_LEVERS, guessPorteurLevers, isCopLeverCode, type PorteurLever } from './levers';
import type { ProposalStatus } from './enums';
import { normaliseSearch } from './text';

const text = (max: number) => z.string().trim().max(max);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date attendue au format AAAA-MM-JJ');
const version = z.number().int().min(1);
/** Names stored on actions (pilots, partners, owner) are capped at this length by the action schema. */
const NAME_MAX = 200;

export const workshopParticipantSchema = z.object({
  name: z.string().trim().min(1).max(200),
  organisation: z.string().trim().max(200).default(''),
  role: z.string().trim().max(200).default(''),
});
export type WorkshopParticipant = z.infer<typeof workshopParticipantSchema>;

export const workshopFieldsSchema = z.object({
  date: isoDate.nullable().default(null),
  theme: text(300).min(1),
  description: text(20_000).default(''),
  participants: z.array(workshopParticipantSchema).max(500).default([]),
});
export type WorkshopFields = z.infer<typeof workshopFieldsSchema>;

const copLeverCodes = z
  .array(z.string())
  .max(43)
  .refine((codes) => codes.every(isCopLeverCode), { message: 'Levier COP inconnu.' })
  .refine((codes) => new Set(codes).size === codes.length, { message: 'Levier COP en double.' });

export const proposalFieldsSchema = z.object({
  title: text(300).min(1),
  objectives: text(10_000).default(''),
  pilotText: text(NAME_MAX).default(''),
  leversText: text(2_000).default(''),
  partnersText: text(2_000).default(''),
  copLevers: copLeverCodes.default([]),
  contributorName: text(200).default(''),
  contributorOrganisation: text(200).default(''),
});
export type ProposalFields = z.infer<typeof proposalFieldsSchema>;

/**
 * The same object with every field optional and no defaults, for partial updates and overrides: zod's `.partial()`
 * keeps defaults, which would silently reset fields the client did not send.
 */
export function withoutDefaults<T extends z.ZodRawShape>(schema: z.ZodObject<T>) {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([k, v]) => [k, (v instanceof z.ZodDefault ? (v.unwrap() as z.ZodType) : (v as z.ZodType)).optional()]),
  );
  return z.object(shape) as unknown as z.ZodObject<{ [K in keyof T]: z.ZodOptional<T[K]> }>;
}

export const workshopPatchSchema = withoutDefaults(workshopFieldsSchema).extend({ version });
export const proposalPatchSchema = withoutDefaults(proposalFieldsSchema).extend({ version });

/** Action fields a facilitator may set when turning proposals into an action (the plan tree is set via axisId). */
const actionOverridesSchema = withoutDefaults(actionFieldsSchema.omit({ axisId: true, parentId: true }));

export const retainInputSchema = z.object({
  proposalId: z.uuid(),
  version,
  axisId: z.uuid().nullable().optional(),
  overrides: actionOverridesSchema.optional(),
});

const distinct = (ids: string[]) => new Set(ids).size === ids.length;

export const mergeInputSchema = z
  .object({
    proposalIds: z.array(z.uuid()).min(1).max(100).refine(distinct, { message: 'Proposition en double.' }),
    /** Versions read by the client, in the order of proposalIds. */
    versions: z.array(version).max(100),
    /** A new action: title required, every other field defaults from the proposals. */
    action: actionOverridesSchema.extend({ title: text(300).min(1), axisId: z.uuid().nullable().optional() }).optional(),
    /** Or an existing action of the same plan that absorbs the proposals. */
    targetActionId: z.uuid().optional(),
    targetVersion: version.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.versions.length !== v.proposalIds.length)
      ctx.addIssue({ code: 'custom', path: ['versions'], message: 'Une version par proposition est attendue.' });
    if (v.targetActionId) {
      if (v.action) ctx.addIssue({ code: 'custom', path: ['action'], message: 'Soit une nouvelle action, soit une action cible.' });
      if (v.targetVersion === undefined) ctx.addIssue({ code: 'custom', path: ['targetVersion'], message: 'Version de l’action cible requise.' });
    } else {
      if (!v.action) ctx.addIssue({ code: 'custom', path: ['action'], message: 'Action fusionnée requise.' });
      if (v.proposalIds.length < 2)
        ctx.addIssue({ code: 'custom', path: ['proposalIds'], message: 'Une fusion réunit au moins deux propositions.' });
    }
  });
export type MergeInput = z.infer<typeof mergeInputSchema>;

export const setAsideInputSchema = z.object({ proposalId: z.uuid(), version, reason: text(5_000).min(1) });

/** What the triage rules need to know of a proposal. */
export interface TriageProposal {
  id: string;
  workshopId: string;
  status: ProposalStatus;
  version: number;
  title: string;
  objectives: string;
  pilotText: string;
  leversText: string;
  partnersText: string;
  copLevers: readonly string[];
}

/** Splits "ALEC, DR ADEME (direction régionale, Île-de-France)" on commas outside parentheses. */
export function splitNames(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of value) {
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    if ((ch === ',' || ch === ';' || ch === '\n') && depth === 0) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return uniqueNames(parts.map((p) => p.trim().slice(0, NAME_MAX).trim()).filter(Boolean));
}

/** Keeps the first spelling of names that differ only by case, accents or punctuation ("Alec" = "ALEC"). */
function uniqueNames(names: string[]): string[] {
  const seen = new Set<string>();
  return names.filter((n) => {
    const key = normaliseSearch(n) || n;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const unionNamed = <T extends { name: string }>(lists: readonly (readonly T[])[]): T[] => {
  const all = lists.flat();
  const keep = new Set(uniqueNames(all.map((x) => x.name)));
  return all.filter((x) => keep.delete(x.name));
};

const unionCodes = (lists: readonly (readonly string[])[]) => [...new Set(lists.flat())];

const orderedPorteurLevers = (levers: Iterable<string>): PorteurLever[] => {
  const set = new Set(levers);
  return PORTEUR_LEVERS.filter((l) => set.has(l));
};

const pilotsOf = (p: TriageProposal): ActionPilot[] => splitNames(p.pilotText).map((name) => ({ name }));
const partnersOf = (p: TriageProposal): ActionPartner[] => splitNames(p.partnersText).map((name) => ({ name }));

/** The action a retained proposal becomes before the facilitator's overrides. */
export function actionFromProposal(p: TriageProposal): ActionFields {
  return actionFieldsSchema.parse({
    title: p.title,
    objectives: p.objectives,
    status: 'retained',
    copLevers: [...p.copLevers],
    porteurLevers: guessPorteurLevers(p.leversText),
    pilots: pilotsOf(p),
    partners: partnersOf(p),
    ownerName: p.pilotText.trim() ? p.pilotText.trim().slice(0, NAME_MAX) : null,
  });
}

/**
 * Defaults of an action merged from several proposals: the union of their COP levers, guessed porteur levers,
 * pilots and partners; their distinct objectives one per line; their distinct pilot texts as owner.
 */
export function mergedActionDefaults(ps: readonly TriageProposal[]): Omit<ActionFields, 'title'> {
  const owners = uniqueNames(ps.map((p) => p.pilotText.trim()).filter(Boolean));
  const objectives = [...new Set(ps.map((p) => p.objectives.trim()).filter(Boolean))];
  const { title: _title, ...rest } = actionFieldsSchema.parse({
    title: '-',
    objectives: objectives.join('\n').slice(0, 10_000),
    status: 'retained',
    copLevers: unionCodes(ps.map((p) => p.copLevers)),
    porteurLevers: orderedPorteurLevers(ps.flatMap((p) => guessPorteurLevers(p.leversText))),
    pilots: unionNamed(ps.map(pilotsOf)).slice(0, 50),
    partners: unionNamed(ps.map(partnersOf)).slice(0, 100),
    ownerName: owners.length ? owners.join(', ').slice(0, NAME_MAX) : null,
  });
  return rest;
}

/** The action fields that absorbing proposals into an existing action changes: levers and partners, as unions. */
export type AbsorbedFields = Pick<ActionFields, 'copLevers' | 'porteurLevers' | 'partners'>;

export function absorbProposals(action: AbsorbedFields, ps: readonly TriageProposal[]): AbsorbedFields {
  return {
    copLevers: unionCodes([action.copLevers, ...ps.map((p) => p.copLevers)]),
    porteurLevers: orderedPorteurLevers([...action.porteurLevers, ...ps.flatMap((p) => guessPorteurLevers(p.leversText))]),
    partners: unionNamed([action.partners, ...ps.map(partnersOf)]).slice(0, 100),
  };
}

export type TriageProblem =
  | { code: 'proposal_not_in_workshop'; proposalIds: string[] }
  | { code: 'already_triaged'; proposalIds: string[] }
  | { code: 'version_conflict'; proposalId: string; currentVersion: number };

/**
 * Whether the requested proposals can be triaged together. Checked in this order, so that the most useful problem
 * wins: unknown (or foreign) proposals, then proposals already decided, then stale versions.
 */
export function checkTriage(
  workshopId: string,
  requested: readonly { id: string; version: number }[],
  found: readonly Pick<TriageProposal, 'id' | 'workshopId' | 'status' | 'version'>[],
): TriageProblem | null {
  const byId = new Map(found.map((p) => [p.id, p]));
  const missing = requested.filter((r) => byId.get(r.id)?.workshopId !== workshopId).map((r) => r.id);
  if (missing.length) return { code: 'proposal_not_in_workshop', proposalIds: missing };
  const decided = requested.filter((r) => byId.get(r.id)!.status !== 'pending').map((r) => r.id);
  if (decided.length) return { code: 'already_triaged', proposalIds: decided };
  const stale = requested.find((r) => byId.get(r.id)!.version !== r.version);
  if (stale) return { code: 'version_conflict', proposalId: stale.id, currentVersion: byId.get(stale.id)!.version };
  return null;
}

/**
 * A decision may be undone while the action it created or changed is exactly as the decision left it: same version,
 * no sub-action hung under it. An action deleted since leaves nothing to lose.
 */
export function canUndoDecision(d: {
  actionVersionAfter: number | null;
  action: { version: number; childCount: number } | null;
}): boolean {
  if (!d.action || d.actionVersionAfter === null) return true;
  return d.action.version === d.actionVersionAfter && d.action.childCount === 0;
}
