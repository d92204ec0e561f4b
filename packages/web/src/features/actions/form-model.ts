import type { ActionFields, ActionStatus, ParticipationLevel, Priority } from '@trajectoire/domain';
import type { Action } from './api';

/** What the action form edits: numbers stay strings until validation so that "12,5" can be read and reported. */
export interface Draft {
  title: string;
  ref: string;
  status: ActionStatus;
  priority: Priority | null;
  axisId: string | null;
  parentId: string | null;
  description: string;
  objectives: string;
  startDate: string;
  endDate: string;
  pilots: { userId?: string; name: string; organisation: string }[];
  ownerOrganisationId: string | null;
  ownerName: string;
  partners: { organisationId?: string; name: string }[];
  funders: { organisationId?: string; name: string; amountEur: string }[];
  porteurLevers: string[];
  copLevers: string[];
  impactTco2ePerYear: string;
  impactMwhPerYear: string;
  impactNote: string;
  budgets: { year: string; nature: 'investment' | 'operating'; kind: 'planned' | 'actual'; unit: 'eur' | 'fte'; amount: string }[];
  targetPublics: string[];
  participationLevel: ParticipationLevel | null;
  notes: string;
  links: { title: string; url: string }[];
}

const num = (n: number | null | undefined) => (n === null || n === undefined ? '' : String(n).replace('.', ','));

export function draftFromAction(a: Action | null, defaults: { axisId?: string | null; parentId?: string | null } = {}): Draft {
  return {
    title: a?.title ?? '',
    ref: a?.ref ?? '',
    status: a?.status ?? 'idea',
    priority: a?.priority ?? null,
    axisId: a ? a.axisId : (defaults.axisId ?? null),
    parentId: a ? a.parentId : (defaults.parentId ?? null),
    description: a?.description ?? '',
    objectives: a?.objectives ?? '',
    startDate: a?.startDate ?? '',
    endDate: a?.endDate ?? '',
    pilots: (a?.pilots ?? []).map((p) => ({ userId: p.userId, name: p.name, organisation: p.organisation ?? '' })),
    ownerOrganisationId: a?.ownerOrganisationId ?? null,
    ownerName: a?.ownerName ?? '',
    partners: (a?.partners ?? []).map((p) => ({ ...p })),
    funders: (a?.funders ?? []).map((f) => ({ organisationId: f.organisationId, name: f.name, amountEur: num(f.amountEur) })),
    porteurLevers: [...(a?.porteurLevers ?? [])],
    copLevers: [...(a?.copLevers ?? [])],
    impactTco2ePerYear: num(a?.impactTco2ePerYear),
    impactMwhPerYear: num(a?.impactMwhPerYear),
    impactNote: a?.impactNote ?? '',
    budgets: (a?.budgets ?? []).map((b) => ({ ...b, year: String(b.year), amount: num(b.amount) })),
    targetPublics: [...(a?.targetPublics ?? [])],
    participationLevel: a?.participationLevel ?? null,
    notes: a?.notes ?? '',
    links: (a?.links ?? []).map((l) => ({ ...l })),
  };
}

/** Reads a French or English decimal ("1 234,5" or "1234.5"); NaN when it is not a number. */
export function parseDecimal(s: string): number {
  const t = s.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return t === '' || !/^-?\d*\.?\d+$/.test(t) ? NaN : Number(t);
}

const optionalText = (s: string) => (s.trim() ? s.trim() : null);

/** The API payload, plus the number fields that could not be read (keyed by path). */
export function draftToPayload(d: Draft): { payload: ActionFields; numberErrors: Record<string, string> } {
  const numberErrors: Record<string, string> = {};
  const number = (path: string, s: string, required = false): number | null => {
    if (!s.trim()) {
      if (required) numberErrors[path] = 'Ce champ est obligatoire.';
      return null;
    }
    const n = parseDecimal(s);
    if (Number.isNaN(n)) numberErrors[path] = 'Saisissez un nombre (par exemple 1 250,5).';
    return Number.isNaN(n) ? null : n;
  };
  const payload = {
    title: d.title.trim(),
    ref: optionalText(d.ref),
    status: d.status,
    priority: d.priority,
    axisId: d.axisId,
    parentId: d.parentId,
    description: d.description.trim(),
    objectives: d.objectives.trim(),
    startDate: d.startDate || null,
    endDate: d.endDate || null,
    pilots: d.pilots.map((p) => ({ ...(p.userId ? { userId: p.userId } : {}), name: p.name.trim(), ...(p.organisation.trim() ? { organisation: p.organisation.trim() } : {}) })),
    ownerOrganisationId: d.ownerOrganisationId,
    ownerName: optionalText(d.ownerName),
    partners: d.partners.map((p) => ({ ...p, name: p.name.trim() })),
    funders: d.funders.map((f, i) => {
      const amount = number(`funders.${i}.amountEur`, f.amountEur);
      return { ...(f.organisationId ? { organisationId: f.organisationId } : {}), name: f.name.trim(), ...(amount !== null ? { amountEur: amount } : {}) };
    }),
    porteurLevers: d.porteurLevers,
    copLevers: d.copLevers,
    impactTco2ePerYear: number('impactTco2ePerYear', d.impactTco2ePerYear),
    impactMwhPerYear: number('impactMwhPerYear', d.impactMwhPerYear),
    impactNote: d.impactNote.trim(),
    budgets: d.budgets.map((b, i) => ({
      year: number(`budgets.${i}.year`, b.year, true) ?? 0,
      nature: b.nature,
      kind: b.kind,
      unit: b.unit,
      amount: number(`budgets.${i}.amount`, b.amount, true) ?? 0,
    })),
    targetPublics: d.targetPublics,
    participationLevel: d.participationLevel,
    notes: d.notes.trim(),
    links: d.links.map((l) => ({ title: l.title.trim(), url: l.url.trim() })),
  } as ActionFields;
  return { payload, numberErrors };
}
