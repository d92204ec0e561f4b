import { actionFieldsSchema, normaliseSearch, validateActionRules, type ActionFields } from '@trajectoire/domain';
import { ACTION_COLUMN_HEADERS_FR, looksLikeFormula, type ActionImportField, type Table } from '@trajectoire/domain/tabular/index';
import type { z } from 'zod';
import * as cells from './cells';

export const MAX_IMPORT_ROWS = 5000;

export interface ImportIssue {
  /** Spreadsheet row number (the header row counts); null for file-wide problems. */
  row: number | null;
  column: string | null;
  field: ActionImportField | null;
  value: string | null;
  message: string;
}
/** Column index → field. */
export type ImportMapping = Record<number, ActionImportField>;

export interface Draft {
  row: number;
  fields: ActionFields;
  axisTitle: string | null;
}
export interface Converted {
  drafts: Draft[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
  axesToCreate: string[];
}
export interface ConvertInput {
  table: Table;
  mapping: ImportMapping;
  existingAxes: { title: string }[];
  /** Year of budget lines for actions without dates (the plan's first year). */
  planStartYear: number | null;
  currentYear: number;
}

const TEXT_FIELDS = new Set<ActionImportField>(['ref', 'title', 'axis', 'description', 'objectives', 'pilots', 'partners']);
// ActionFields keys that zod may reject, and the column field they come from.
const SOURCE_FIELD: Partial<Record<keyof ActionFields, ActionImportField>> = { budgets: 'budget' };

function frenchIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'too_big') {
    return issue.origin === 'array' ? `Trop d'éléments (${issue.maximum} au maximum).` : `Texte trop long (${issue.maximum} caractères au maximum).`;
  }
  return `Valeur invalide (${issue.message}).`;
}

/** Turns table rows into action fields, collecting every error and warning with its row and column. */
export function convertRows(input: ConvertInput): Converted {
  const { table, mapping } = input;
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  const drafts: Draft[] = [];
  const columnOf = new Map<ActionImportField, number>(Object.entries(mapping).map(([i, f]) => [f, Number(i)]));
  const header = (f: ActionImportField) => (columnOf.has(f) ? table.headers[columnOf.get(f)!] || `Colonne ${columnOf.get(f)! + 1}` : null);
  if (!columnOf.has('title')) {
    const message = `Aucune colonne ne correspond à « ${ACTION_COLUMN_HEADERS_FR.title} » ; associez-en une à l'intitulé.`;
    errors.push({ row: table.headerRow, column: null, field: 'title', value: null, message });
  }
  if (table.rows.length > MAX_IMPORT_ROWS) {
    const message = `Le fichier contient ${table.rows.length} lignes d'actions ; ${MAX_IMPORT_ROWS} au maximum par import.`;
    errors.push({ row: null, column: null, field: null, value: null, message });
  }
  if (errors.length) return { drafts, errors, warnings, axesToCreate: [] };

  const knownAxes = new Set(input.existingAxes.map((a) => normaliseSearch(a.title)));
  const axesToCreate = new Map<string, string>();
  for (const { row, cells: values } of table.rows) {
    const rowErrors: ImportIssue[] = [];
    const issue = (field: ActionImportField, value: string | null, message: string): ImportIssue => ({ row, column: header(field), field, value, message });
    const text = (f: ActionImportField) => (columnOf.has(f) ? values[columnOf.get(f)!].trim() : '');
    for (const f of columnOf.keys()) {
      const v = text(f);
      if (TEXT_FIELDS.has(f) && looksLikeFormula(v)) warnings.push(issue(f, v, 'La cellule contient une formule ; elle est importée comme texte.'));
    }
    const take = <T>(f: ActionImportField, parse: (t: string) => cells.CellResult<T>): T | undefined => {
      const v = text(f);
      if (!v) return undefined;
      const r = parse(v);
      if ('error' in r) rowErrors.push(issue(f, v, r.error));
      else if (r.warning) warnings.push(issue(f, v, r.warning));
      return 'error' in r ? undefined : r.value;
    };
    const title = text('title');
    if (!title) rowErrors.push(issue('title', null, "L'intitulé de l'action est obligatoire."));
    const startDate = take('startDate', cells.parseDateCell) ?? null;
    const endDate = take('endDate', cells.parseDateCell) ?? null;
    const budget = take('budget', cells.parseBudgetCell);
    let budgetYear = Number((startDate ?? endDate ?? '').slice(0, 4)) || input.planStartYear;
    if (budget !== undefined && !budgetYear) {
      budgetYear = input.currentYear;
      warnings.push(issue('budget', text('budget'), `Sans date ni année de début du plan, le budget est rattaché à ${budgetYear}.`));
    }
    const candidate = {
      title,
      ref: text('ref') || null,
      description: text('description'),
      objectives: text('objectives'),
      status: take('status', cells.parseStatusCell),
      priority: take('priority', cells.parsePriorityCell) ?? null,
      startDate,
      endDate,
      pilots: cells.splitList(text('pilots')).map((name) => ({ name })),
      partners: cells.splitList(text('partners')).map((name) => ({ name })),
      porteurLevers: take('porteurLevers', cells.parsePorteurLeversCell),
      copLevers: take('copLevers', cells.parseCopLeversCell),
      budgets: budget === undefined ? [] : [{ year: budgetYear!, nature: 'investment', kind: 'planned', unit: 'eur', amount: budget }],
    };
    const parsed = actionFieldsSchema.safeParse(candidate);
    if (!parsed.success) {
      for (const zi of parsed.error.issues) {
        const key = zi.path[0] as keyof ActionFields;
        const field = SOURCE_FIELD[key] ?? (key as ActionImportField);
        if (field === 'title' && !title) continue; // already reported in French
        rowErrors.push(issue(field, text(field) || null, frenchIssue(zi)));
      }
    } else {
      for (const [key, message] of Object.entries(validateActionRules(parsed.data))) {
        const field = SOURCE_FIELD[key as keyof ActionFields] ?? (key as ActionImportField);
        rowErrors.push(issue(field, text(field) || null, message));
      }
    }
    errors.push(...rowErrors);
    const axisTitle = text('axis') || null;
    if (axisTitle && axisTitle.length > 200) errors.push(issue('axis', axisTitle, "Intitulé d'axe trop long (200 caractères au maximum)."));
    else if (axisTitle && !knownAxes.has(normaliseSearch(axisTitle)) && !axesToCreate.has(normaliseSearch(axisTitle)))
      axesToCreate.set(normaliseSearch(axisTitle), axisTitle);
    if (parsed.success && !rowErrors.length) drafts.push({ row, fields: parsed.data, axisTitle });
  }
  return { drafts, errors, warnings, axesToCreate: [...axesToCreate.values()] };
}
