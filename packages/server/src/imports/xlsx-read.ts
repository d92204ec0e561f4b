import ExcelJS from 'exceljs';
import { TabularError, type SheetRow } from '@trajectoire/domain/tabular/index';

export interface WorkbookRows {
  sheets: string[];
  sheet: string;
  rows: SheetRow[];
}

/** The text a cell shows: rich text joined, hyperlinks by their text, formulas by their cached result. */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'VRAI' : 'FAUX';
  // Excel dates carry no time zone; exceljs reads them as UTC midnight, so the UTC date is the one typed.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    // Without a cached result (a file written by a program that does not compute), keep the formula as text:
    // the import then flags it like a CSV formula.
    if (result === undefined || result === null) return `=${(value as ExcelJS.CellFormulaValue).formula ?? ''}`;
    return cellText(result as ExcelJS.CellValue);
  }
  if ('error' in value) return String(value.error);
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  return '';
}

/** Reads the non-empty rows of one sheet (the first by default). Merged cells repeat their master's value. */
export async function readWorkbook(bytes: Uint8Array, sheetName?: string): Promise<WorkbookRows> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new TabularError('unreadable_workbook', "Le classeur XLSX est illisible ou endommagé : ouvrez-le et enregistrez-le à nouveau.");
  }
  const sheets = workbook.worksheets.map((w) => w.name);
  const worksheet = sheetName === undefined ? workbook.worksheets[0] : workbook.worksheets.find((w) => w.name === sheetName);
  if (!worksheet) {
    const detail = sheetName === undefined ? 'Le classeur ne contient aucune feuille.' : `Feuille « ${sheetName} » introuvable ; feuilles : ${sheets.join(', ')}.`;
    throw new TabularError('sheet_not_found', detail);
  }
  const rows: SheetRow[] = [];
  const width = worksheet.columnCount;
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells = Array.from({ length: width }, (_, i) => cellText(row.getCell(i + 1).value));
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    if (cells.some((c) => c.trim() !== '')) rows.push({ row: number, cells });
  });
  return { sheets, sheet: worksheet.name, rows };
}
