import type { Separator } from '@trajectoire/domain/tabular/index';
import type { Db } from '../db/client';
import { audit } from '../audit/audit';
import { buildCsv } from './csv';
import { buildPlanDocument } from './json';
import { buildXlsx } from './xlsx';
import { exportFileName } from './filename';
import { loadPlanContent, type PlanRow } from './store';

export const EXPORT_FORMATS = ['xlsx', 'csv', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
export const CSV_SEPARATORS = { semicolon: ';', comma: ',', tab: '\t' } as const satisfies Record<string, Separator>;

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

export interface ExportedFile {
  body: Uint8Array<ArrayBuffer> | string;
  contentType: string;
  fileName: string;
}

/** Builds an export of the plan and records it in the audit log (exports take data out of the platform). */
export async function exportPlan(
  db: Db,
  plan: PlanRow,
  format: ExportFormat,
  opts: { separator?: Separator; actor: Parameters<typeof audit>[1] },
): Promise<ExportedFile> {
  const content = await loadPlanContent(db, plan);
  const body =
    format === 'xlsx' ? await buildXlsx(content) : format === 'csv' ? buildCsv(content, opts.separator) : `${JSON.stringify(buildPlanDocument(content), null, 2)}\n`;
  await audit(db, opts.actor, {
    organisationId: plan.organisationId,
    entityType: 'plan',
    entityId: plan.id,
    action: 'export',
    after: { format, actions: content.actions.length },
  });
  return { body, contentType: CONTENT_TYPES[format], fileName: exportFileName(plan.title, format) };
}
