import { encodeCsv, type Separator } from '@trajectoire/domain/tabular/index';
import { actionTable, EXPORT_COLUMNS, type ExportCell } from './columns';
import type { PlanContent } from './store';

/** French spreadsheet conventions: decimal comma, no grouping (a grouped number would not read back as one). */
export const frenchNumber = (n: number) => String(Math.round(n * 100) / 100).replace('.', ',');
const frenchDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function cellText(c: ExportCell): string {
  if (c.kind === 'text') return c.value;
  if (c.value === null) return '';
  return c.kind === 'number' ? frenchNumber(c.value) : frenchDate(c.value);
}

/** The action table as UTF-8 CSV with a BOM, formula-like cells neutralised. */
export function buildCsv(content: PlanContent, separator: Separator = ';'): string {
  const rows = [EXPORT_COLUMNS.map((c) => c.header), ...actionTable(content).map((r) => r.map(cellText))];
  return encodeCsv(rows, { separator, bom: true });
}
