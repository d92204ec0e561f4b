import { COP_LEVER_SET, PORTEUR_LEVER_LABELS_FR, type ActionStatus, type PorteurLever, type Priority } from '@trajectoire/domain';
import { ACTION_COLUMN_HEADERS_FR as H, ACTION_STATUS_LABELS_FR, PRIORITY_LABELS_FR } from '@trajectoire/domain/tabular/index';
import { axisPaths, type ActionRow, type PlanContent } from './store';

/** A cell of the action table: text, a number (euros, tonnes), or an ISO date. */
export type ExportCell = { kind: 'text'; value: string } | { kind: 'number'; value: number | null } | { kind: 'date'; value: string | null };

export interface ExportColumn {
  header: string;
  /** Width in characters for spreadsheets. */
  width: number;
  numFmt?: string;
  cell(a: ActionRow, ctx: RowContext): ExportCell;
}
interface RowContext {
  axisTitle: (id: string | null) => string;
  parentLabel: (id: string | null) => string;
}

const text = (value: string | null | undefined): ExportCell => ({ kind: 'text', value: value ?? '' });
const COP_LABELS = new Map(COP_LEVER_SET.levers.map((l) => [l.code, l.labelFr]));
const plannedEuros = (a: ActionRow) => {
  const lines = a.budgets.filter((b) => b.kind === 'planned' && b.unit === 'eur');
  return lines.length ? lines.reduce((s, b) => s + b.amount, 0) : null;
};
const numeric = (v: string | null) => (v === null ? null : Number(v));
const EUR = '#,##0.00 "€"';

/**
 * Columns of the action table. The first headers are those the import recognises, so an exported table can be
 * edited and imported again; list cells use "; " because some labels hold commas ("Informer, sensibiliser").
 */
export const EXPORT_COLUMNS: ExportColumn[] = [
  { header: H.ref, width: 12, cell: (a) => text(a.ref) },
  { header: H.title, width: 50, cell: (a) => text(a.title) },
  { header: 'Action parente', width: 30, cell: (a, c) => text(c.parentLabel(a.parentId)) },
  { header: H.axis, width: 30, cell: (a, c) => text(c.axisTitle(a.axisId)) },
  { header: H.description, width: 60, cell: (a) => text(a.description) },
  { header: H.objectives, width: 40, cell: (a) => text(a.objectives) },
  { header: H.status, width: 14, cell: (a) => text(ACTION_STATUS_LABELS_FR[a.status as ActionStatus] ?? a.status) },
  { header: H.priority, width: 12, cell: (a) => text(a.priority ? (PRIORITY_LABELS_FR[a.priority as Priority] ?? a.priority) : '') },
  { header: H.startDate, width: 14, numFmt: 'dd/mm/yyyy', cell: (a) => ({ kind: 'date', value: a.startDate }) },
  { header: H.endDate, width: 14, numFmt: 'dd/mm/yyyy', cell: (a) => ({ kind: 'date', value: a.endDate }) },
  { header: H.pilots, width: 30, cell: (a) => text(a.pilots.map((p) => p.name).join('; ')) },
  { header: H.partners, width: 30, cell: (a) => text(a.partners.map((p) => p.name).join('; ')) },
  { header: 'Financeurs', width: 30, cell: (a) => text(a.funders.map((p) => p.name).join('; ')) },
  { header: H.porteurLevers, width: 30, cell: (a) => text(a.porteurLevers.map((l) => PORTEUR_LEVER_LABELS_FR[l as PorteurLever] ?? l).join('; ')) },
  { header: H.copLevers, width: 40, cell: (a) => text(a.copLevers.map((c) => COP_LABELS.get(c) ?? c).join('; ')) },
  { header: H.budget, width: 16, numFmt: EUR, cell: (a) => ({ kind: 'number', value: plannedEuros(a) }) },
  { header: 'Impact (tCO2e/an)', width: 16, numFmt: '#,##0.0', cell: (a) => ({ kind: 'number', value: numeric(a.impactTco2ePerYear) }) },
  { header: 'Impact (MWh/an)', width: 16, numFmt: '#,##0.0', cell: (a) => ({ kind: 'number', value: numeric(a.impactMwhPerYear) }) },
];

/** Every action as a row of cells, in plan order. */
export function actionTable(content: PlanContent): ExportCell[][] {
  const paths = axisPaths(content.axes);
  const byId = new Map(content.actions.map((a) => [a.id, a]));
  const ctx: RowContext = {
    // The leaf title, as the import matches axes by title; the "Axes" sheet of the workbook shows the tree.
    axisTitle: (id) => (id ? (paths.get(id)?.at(-1) ?? '') : ''),
    parentLabel: (id) => {
      const p = id ? byId.get(id) : undefined;
      return p ? (p.ref ? `${p.ref} ${p.title}` : p.title) : '';
    },
  };
  return content.actions.map((a) => EXPORT_COLUMNS.map((col) => col.cell(a, ctx)));
}
