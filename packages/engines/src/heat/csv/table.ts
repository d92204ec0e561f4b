import { AccInputError } from '../../acc/errors';
import { cleanLine, linesOf, splitCsvLine } from '../../acc/csv/line';
import { HeatInputError, type HeatIssue } from '../errors';

/** Issues reported per file before giving up: enough to fix a file in one pass, bounded for huge broken files. */
export const MAX_ISSUES = 100;

export interface Table {
  columns: Map<string, number>;
  /** Data rows with their 1-based line number (header = line 1); blank lines are skipped. */
  rows: { line: number; fields: string[] }[];
}

/**
 * Read a CSV into header + rows. The header must hold every `required` column and nothing outside `allowed`, so
 * that a misspelt column is an error rather than a silently ignored one. `allowed` null accepts any named column.
 */
export function readTable(
  source: string | Iterable<string>,
  file: string,
  required: readonly string[],
  allowed: readonly string[] | null,
): Table {
  let lineNo = 0;
  let columns: Map<string, number> | null = null;
  const rows: Table['rows'] = [];
  for (const raw of linesOf(source)) {
    lineNo += 1;
    const line = cleanLine(raw, lineNo === 1);
    if (line.trim() === '') continue;
    let fields: string[];
    try {
      fields = splitCsvLine(line, lineNo, file);
    } catch (err) {
      if (err instanceof AccInputError) throw new HeatInputError([{ code: 'CSV_SYNTAX', row: lineNo, message: err.message }]);
      throw err;
    }
    if (!columns) {
      columns = header(fields, required, allowed, file);
      continue;
    }
    rows.push({ line: lineNo, fields });
  }
  if (!columns) throw new HeatInputError([{ code: 'EMPTY', message: `${file}: no header line` }]);
  return { columns, rows };
}

function header(fields: string[], required: readonly string[], allowed: readonly string[] | null, file: string): Map<string, number> {
  const issues: HeatIssue[] = [];
  const columns = new Map<string, number>();
  fields.forEach((raw, position) => {
    const name = raw.trim();
    if (name === '') {
      issues.push({ code: 'CSV_HEADER', row: 1, message: `${file} line 1: column ${position + 1} has no name` });
    } else if (allowed && !allowed.includes(name)) {
      issues.push({ code: 'CSV_HEADER', row: 1, column: name, message: `${file} line 1: unknown column '${name}' (expected ${allowed.join(', ')})` });
    } else if (columns.has(name)) {
      issues.push({ code: 'CSV_HEADER', row: 1, column: name, message: `${file} line 1: column '${name}' appears twice` });
    } else columns.set(name, position);
  });
  for (const name of required) {
    if (!columns.has(name) && !issues.some((i) => i.column === name)) {
      issues.push({ code: 'CSV_HEADER', row: 1, column: name, message: `${file} line 1: missing column '${name}'` });
    }
  }
  if (issues.length > 0) throw new HeatInputError(issues);
  return columns;
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** A decimal number with a point ("12.5"); a decimal comma or any other text is refused, never read as NaN or 0. */
export function parseNumber(text: string): number | null {
  const t = text.trim();
  return NUMBER.test(t) ? Number(t) : null;
}
