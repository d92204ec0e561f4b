import ExcelJS from 'exceljs';
import { COP_LEVER_SET, COP_SECTOR_LABELS_FR } from '@trajectoire/domain';
import { actionTable, EXPORT_COLUMNS, type ExportCell } from './columns';
import { axisPaths, type AxisRow, type PlanContent } from './store';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F5A3D' } };
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: 'FFFFFFFF' } };

/** Bold header row on a dark fill, frozen, filterable, with the given column widths. */
function addSheet(wb: ExcelJS.Workbook, name: string, columns: { header: string; width: number; numFmt?: string }[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = columns.map((c) => ({ header: c.header, width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  const header = ws.getRow(1);
  header.font = HEADER_FONT;
  header.fill = HEADER_FILL;
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 30;
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return ws;
}

/** Axes as the plan shows them: each followed by its sub-axes (rows come sorted by position). */
function depthFirst(rows: readonly AxisRow[]): AxisRow[] {
  const ids = new Set(rows.map((a) => a.id));
  const out: AxisRow[] = [];
  const visit = (parentId: string | null) => {
    for (const a of rows) {
      const parent = a.parentId && ids.has(a.parentId) ? a.parentId : null;
      if (parent === parentId && !out.includes(a)) {
        out.push(a);
        visit(a.id);
      }
    }
  };
  visit(null);
  return out;
}

// Dates become real date cells (UTC midnight is how Excel dates without time read back).
const xlsxValue = (c: ExportCell): ExcelJS.CellValue =>
  c.kind === 'date' ? (c.value ? new Date(`${c.value}T00:00:00Z`) : null) : c.kind === 'number' ? c.value : c.value;

/** A workbook with the sheets "Actions", "Axes" and "Leviers" (the COP grid with the plan's use of it). */
export async function buildXlsx(content: PlanContent): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Trajectoire';
  wb.title = content.plan.title;

  const actionsSheet = addSheet(wb, 'Actions', EXPORT_COLUMNS);
  for (const row of actionTable(content)) actionsSheet.addRow(row.map(xlsxValue)).alignment = { vertical: 'top', wrapText: true };

  const axesSheet = addSheet(wb, 'Axes', [
    { header: 'Chemin', width: 50 },
    { header: 'Intitulé', width: 40 },
    { header: 'Niveau', width: 8 },
    { header: 'Description', width: 60 },
    { header: "Nombre d'actions", width: 16 },
  ]);
  const paths = axisPaths(content.axes);
  for (const a of depthFirst(content.axes)) {
    const path = paths.get(a.id)!;
    const count = content.actions.filter((x) => x.axisId === a.id).length;
    axesSheet.addRow([path.join(' > '), a.title, path.length, a.description, count]);
  }

  const leversSheet = addSheet(wb, 'Leviers', [
    { header: 'Code', width: 36 },
    { header: 'Secteur', width: 22 },
    { header: 'Levier COP', width: 50 },
    { header: "Nombre d'actions", width: 16 },
  ]);
  for (const l of COP_LEVER_SET.levers) {
    const count = content.actions.filter((a) => a.copLevers.includes(l.code)).length;
    leversSheet.addRow([l.code, COP_SECTOR_LABELS_FR[l.sector], l.labelFr, count]);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
