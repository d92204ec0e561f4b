import {
  ACTION_HEADER_SYNONYMS,
  ACTION_IMPORT_FIELDS,
  matchHeaders,
  type ActionImportField,
  type HeaderMatch,
} from '@trajectoire/domain/tabular/index';
import { badRequest } from '../http/problem';
import type { ImportIssue, ImportMapping } from './rows';

export const suggestMapping = (headers: readonly string[]): HeaderMatch<ActionImportField> => matchHeaders(headers, ACTION_HEADER_SYNONYMS);

/** Score of a candidate header row: how many fields its cells name. */
export const headerScore = (cells: string[]) => Object.keys(suggestMapping(cells).mapping).length;

const invalid = (message: string) => badRequest('invalid_mapping', message);

/**
 * Reads a user mapping: a JSON object whose keys are column indexes (0-based) or exact header texts, and whose
 * values are fields, or null to ignore the column. Each field may feed from one column only.
 */
export function parseMapping(json: string, headers: readonly string[]): ImportMapping {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw invalid('La correspondance des colonnes doit être un objet JSON.');
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw invalid('La correspondance des colonnes doit être un objet JSON.');
  const mapping: ImportMapping = {};
  const used = new Set<string>();
  for (const [key, field] of Object.entries(raw)) {
    const index = /^\d+$/.test(key) ? Number(key) : headers.findIndex((h) => h === key.trim());
    if (index < 0 || index >= headers.length) throw invalid(`Colonne « ${key} » absente du fichier.`);
    if (field === null || field === '') continue;
    if (!ACTION_IMPORT_FIELDS.includes(field as ActionImportField)) throw invalid(`Champ « ${String(field)} » inconnu ; champs : ${ACTION_IMPORT_FIELDS.join(', ')}.`);
    if (used.has(field as string)) throw invalid(`Le champ « ${String(field)} » est associé à plusieurs colonnes.`);
    used.add(field as string);
    mapping[index] = field as ActionImportField;
  }
  return mapping;
}

/**
 * The mapping an import uses: the user's, or the suggestion. Without a user mapping, a duplicated header that
 * names a field is an error (which column is meant?); other duplicated headers are only ignored, with a warning.
 */
export function resolveMapping(headers: readonly string[], headerRow: number, explicit: ImportMapping | null) {
  if (explicit) return { mapping: explicit, errors: [] as ImportIssue[], warnings: [] as ImportIssue[] };
  const suggestion = suggestMapping(headers);
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  for (const column of suggestion.duplicated) {
    const field = suggestMapping([column]).mapping[0] ?? null;
    const issue = { row: headerRow, column, field, value: column };
    if (field) errors.push({ ...issue, message: `La colonne « ${column} » apparaît plusieurs fois : renommez l'une d'elles ou indiquez la correspondance des colonnes.` });
    else warnings.push({ ...issue, message: `La colonne « ${column} » apparaît plusieurs fois ; elle est ignorée.` });
  }
  return { mapping: suggestion.mapping, errors, warnings };
}
