// Writers of the open data files that exports/ does not already provide.
import ExcelJS from 'exceljs';
import { encodeCsv, type Separator } from '@trajectoire/domain/tabular/index';

export type Cell = string | number | null;

/** Decimal comma, full precision: open data must not lose digits (the plan export rounds euros to cents). */
const frenchDecimal = (v: number) => String(v).replace('.', ',');

export function tableCsv(headers: string[], rows: Cell[][], separator: Separator): string {
  const text = rows.map((r) => r.map((c) => (c === null ? '' : typeof c === 'number' ? frenchDecimal(c) : c)));
  return encodeCsv([headers, ...text], { separator, bom: true });
}

/** One sheet with a bold frozen header, numbers kept as numbers. */
export async function tableXlsx(sheet: string, columns: { header: string; width: number }[], rows: Cell[][]): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Trajectoire';
  const ws = wb.addWorksheet(sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  // Text that looks like a formula stays text: ExcelJS writes strings as shared strings, never as formulas.
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
