// Turns the long-format table into validated value drafts, collecting every row/column error (nothing is written here).
import { convertUnit, UnitError } from '@trajectoire/domain';
import type { Table } from '@trajectoire/domain/tabular/index';
import * as cells from './import-cells';
import { FIELD_LABELS_FR, REQUIRED_FIELDS, type ValueImportField } from './import-columns';

export const MAX_VALUE_ROWS = 200_000;

export interface ValueImportIssue {
  row: number | null;
  column: string | null;
  field: ValueImportField | null;
  value: string | null;
  message: string;
}

export interface SourceFields {
  producer: string;
  dataset: string;
  method: string;
  versionDate: string | null;
  licence: string;
}

export interface ValueDraft {
  row: number;
  territoryId: string;
  indicatorCode: string;
  year: number;
  kind: cells.ValueKind;
  /** In the catalogue unit. */
  value: number;
  comment: string;
  source: SourceFields;
  sourceKey: string;
}

export const sourceKey = (s: SourceFields) => JSON.stringify([s.producer, s.dataset, s.method, s.versionDate, s.licence]);

export interface ValueConvertInput {
  table: Table;
  mapping: Record<number, ValueImportField>;
  /** Unit of every row without a unit cell (the form's `unit`); the catalogue unit when absent. */
  defaultUnit: string | null;
  /** Territory ids that exist. */
  knownTerritories: ReadonlySet<string>;
}

function cellReader(input: Pick<ValueConvertInput, 'table' | 'mapping'>) {
  const columnOf = new Map<ValueImportField, number>(Object.entries(input.mapping).map(([i, f]) => [f, Number(i)]));
  const header = (f: ValueImportField) => (columnOf.has(f) ? input.table.headers[columnOf.get(f)!] || `Colonne ${columnOf.get(f)! + 1}` : null);
  const text = (cellsOfRow: string[], f: ValueImportField) => (columnOf.has(f) ? (cellsOfRow[columnOf.get(f)!] ?? '').trim() : '');
  return { columnOf, header, text };
}

/** Territory ids the rows designate (to look them up in one query before converting). */
export function candidateTerritoryIds(input: Pick<ValueConvertInput, 'table' | 'mapping'>): string[] {
  const { text } = cellReader(input);
  const ids = new Set<string>();
  for (const r of input.table.rows) {
    const t = cells.parseTerritory(text(r.cells, 'territory'), text(r.cells, 'territoryKind'));
    if ('value' in t) ids.add(t.value);
  }
  return [...ids];
}

export function convertValueRows(input: ValueConvertInput): { drafts: ValueDraft[]; errors: ValueImportIssue[] } {
  const { table } = input;
  const { columnOf, header, text } = cellReader(input);
  const errors: ValueImportIssue[] = [];
  for (const f of REQUIRED_FIELDS) {
    if (!columnOf.has(f)) {
      errors.push({ row: table.headerRow, column: null, field: f, value: null, message: `Colonne « ${FIELD_LABELS_FR[f]} » introuvable.` });
    }
  }
  if (table.rows.length > MAX_VALUE_ROWS) {
    errors.push({ row: null, column: null, field: null, value: null, message: `Le fichier contient ${table.rows.length} lignes ; ${MAX_VALUE_ROWS} au maximum par import.` });
  }
  if (errors.length) return { drafts: [], errors };

  const drafts: ValueDraft[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { row, cells: values } of table.rows) {
    if (values.every((v) => !v.trim())) continue;
    const rowErrors: ValueImportIssue[] = [];
    const issue = (field: ValueImportField, message: string) => {
      const v = text(values, field);
      rowErrors.push({ row, column: header(field), field, value: v || null, message });
    };
    const take = <T>(field: ValueImportField, parse: (t: string) => cells.Cell<T>, required = false): T | undefined => {
      const v = text(values, field);
      if (!v && required) {
        issue(field, `« ${FIELD_LABELS_FR[field]} » est obligatoire.`);
        return undefined;
      }
      const r = parse(v);
      if ('error' in r) issue(field, r.error);
      return 'error' in r ? undefined : r.value;
    };
    const territoryId = take('territory', (t) => cells.parseTerritory(t, text(values, 'territoryKind')), true);
    if (territoryId && !input.knownTerritories.has(territoryId)) issue('territory', `Territoire « ${territoryId} » inconnu.`);
    const indicator = take('indicator', cells.parseIndicator, true);
    const year = take('year', cells.parseYear, true);
    const raw = take('value', cells.parseValue, true);
    const kind = take('kind', cells.parseKind);
    const versionDate = take('versionDate', cells.parseVersionDate);
    const producer = take('producer', (t) => ({ value: t }), true);
    const unitText = text(values, 'unit');
    const unit = unitText ? take('unit', cells.parseUnit) : (input.defaultUnit ?? indicator?.unit);
    let value: number | undefined;
    if (raw !== undefined && indicator && unit) {
      try {
        value = convertUnit(raw, unit, indicator.unit);
      } catch (err) {
        if (!(err instanceof UnitError)) throw err;
        const message = `Unité « ${unit} » incompatible avec l'indicateur ${indicator.code} (attendu : ${indicator.unit}).`;
        if (unitText) issue('unit', message);
        else rowErrors.push({ row, column: null, field: 'unit', value: unit, message });
      }
    }
    if (rowErrors.length || value === undefined || !territoryId || !indicator || year === undefined || !kind || versionDate === undefined || !producer) {
      errors.push(...rowErrors);
      continue;
    }
    const source: SourceFields = { producer, dataset: text(values, 'dataset'), method: text(values, 'method'), versionDate, licence: text(values, 'licence') };
    const key = sourceKey(source);
    const dedupe = JSON.stringify([territoryId, indicator.code, year, kind, key]);
    const first = firstRowOf.get(dedupe);
    if (first !== undefined) {
      errors.push({ row, column: null, field: null, value: null, message: `Doublon de la ligne ${first} (même territoire, indicateur, année, nature et source).` });
      continue;
    }
    firstRowOf.set(dedupe, row);
    drafts.push({ row, territoryId, indicatorCode: indicator.code, year, kind, value, comment: text(values, 'comment'), source, sourceKey: key });
  }
  return { drafts, errors };
}
