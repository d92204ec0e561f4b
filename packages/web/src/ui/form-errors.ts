import { isApiError } from '../api/client';
import type { FieldErrorEntry } from './ErrorSummary';

/** Field errors of a 400 validation_failed answer, keyed by path ("pilots.0.name"). */
export function serverFieldErrors(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (isApiError(error)) for (const e of error.errors) out[e.path || '_'] ??= e.message;
  return out;
}

/** Summary entries for the error map, in the order of `fields` (path → [input id, label]); unknown paths last. */
export function summaryEntries(errors: Record<string, string>, fields: Record<string, [string, string]>): FieldErrorEntry[] {
  const known = Object.keys(fields).filter((k) => errors[k]);
  const unknown = Object.keys(errors).filter((k) => !fields[k]);
  return [
    ...known.map((k) => ({ fieldId: fields[k][0], label: fields[k][1], message: errors[k] })),
    ...unknown.map((k) => ({ fieldId: fields[firstKnownPrefix(k, fields)]?.[0] ?? '', label: k, message: errors[k] })),
  ];
}

function firstKnownPrefix(path: string, fields: Record<string, [string, string]>): string {
  const parts = path.split('.');
  while (parts.length) {
    const p = parts.join('.');
    if (fields[p]) return p;
    parts.pop();
  }
  return '';
}
