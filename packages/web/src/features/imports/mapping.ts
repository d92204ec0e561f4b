import { IMPORT_FIELD_LABELS } from '../../labels';
import type { ImportPreview, Mapping } from './api';

/** One entry per column: the server's suggestion, or ignored. */
export function initialMapping(p: ImportPreview): Mapping {
  return Object.fromEntries(p.headers.map((_, i) => [String(i), p.suggestedMapping[String(i)] ?? null]));
}

/** Problems preventing a dry run: the title must be fed, and by one column only; no field twice. */
export function mappingProblems(m: Mapping, headers: string[]): string[] {
  const problems: string[] = [];
  const used = new Map<string, number[]>();
  for (const [col, field] of Object.entries(m)) if (field) used.set(field, [...(used.get(field) ?? []), Number(col)]);
  if (!used.has('title')) problems.push(`Associez une colonne au champ « ${IMPORT_FIELD_LABELS.title} » : c’est le seul champ obligatoire.`);
  for (const [field, cols] of used)
    if (cols.length > 1)
      problems.push(`Le champ « ${IMPORT_FIELD_LABELS[field] ?? field} » est associé à plusieurs colonnes (${cols.map((c) => `« ${headers[c] || `colonne ${c + 1}`} »`).join(', ')}) : n’en gardez qu’une.`);
  return problems;
}
