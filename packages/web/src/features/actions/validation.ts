// Client validation of the action form: the domain schema the server validates with, French messages, and the
// domain's cross-field rules. Messages name what to fix, as the server's do.
import { actionFieldsSchema, validateActionRules } from '@trajectoire/domain';
import type { ActionFields } from '@trajectoire/domain';
import { draftToPayload, type Draft } from './form-model';

interface RawIssue {
  code?: string;
  origin?: string;
  expected?: string;
  format?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  message?: string;
}

const fmt = (n: number | bigint | undefined) => new Intl.NumberFormat('fr-FR').format(Number(n ?? 0));

/** French message of a zod issue (used when the schema gives none of its own). */
export function frenchIssue(issue: RawIssue): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'Ce champ est obligatoire.' : `Au moins ${fmt(issue.minimum)} caractères.`;
      if (issue.origin === 'array') return `Au moins ${fmt(issue.minimum)} élément(s).`;
      return `La valeur doit être supérieure ou égale à ${fmt(issue.minimum)}.`;
    case 'too_big':
      if (issue.origin === 'string') return `${fmt(issue.maximum)} caractères au maximum.`;
      if (issue.origin === 'array') return `${fmt(issue.maximum)} éléments au maximum.`;
      return `La valeur doit être inférieure ou égale à ${fmt(issue.maximum)}.`;
    case 'invalid_type':
      if (issue.expected === 'int') return 'Saisissez un nombre entier.';
      if (issue.expected === 'number') return 'Saisissez un nombre.';
      return 'Valeur invalide.';
    case 'invalid_format':
      if (issue.format === 'url') return 'Adresse web invalide : elle doit commencer par http:// ou https://.';
      if (issue.format === 'uuid') return 'Identifiant invalide.';
      return 'Format invalide.';
    case 'invalid_value':
      return 'Valeur non autorisée.';
    default:
      return issue.message || 'Valeur invalide.';
  }
}

/** Errors keyed by field path ("links.0.url"), the first one per path; empty when the draft can be sent. */
export function validateDraft(draft: Draft): { payload: ActionFields; errors: Record<string, string> } {
  const { payload, numberErrors } = draftToPayload(draft);
  const errors: Record<string, string> = { ...numberErrors };
  const parsed = actionFieldsSchema.safeParse(payload, { error: (issue) => frenchIssue(issue as RawIssue) });
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      errors[path] ??= issue.message;
    }
  for (const [path, message] of Object.entries(validateActionRules(payload))) errors[path] ??= message;
  return { payload: parsed.success ? parsed.data : payload, errors };
}
