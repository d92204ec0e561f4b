import { api, seg } from '../../api/client';

export type ImportField = string;

export interface ImportPreview {
  format: 'csv' | 'xlsx';
  encoding: string | null;
  separator: string | null;
  sheets: string[];
  sheet: string | null;
  headerRow: number;
  headers: string[];
  rowCount: number;
  sampleRows: string[][];
  /** Column index (0-based, as a string key) → field. */
  suggestedMapping: Record<string, ImportField>;
  unmappedHeaders: string[];
  duplicatedHeaders: string[];
}

export interface ImportIssue {
  row: number | null;
  column: string | null;
  field: ImportField | null;
  value: string | null;
  message: string;
}

export interface ImportReport {
  dryRun: boolean;
  rowCount: number;
  toCreate: number;
  created: number;
  axesToCreate: string[];
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

/** Column index → field, or null to ignore the column. */
export type Mapping = Record<string, ImportField | null>;

const form = (file: File, extra: Record<string, string | undefined>) => {
  const body = new FormData();
  body.append('file', file);
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) body.append(k, v);
  return body;
};

export const previewImport = (planId: string, file: File, sheet?: string) =>
  api.upload<ImportPreview>(`/api/plans/${seg(planId)}/imports/preview`, form(file, { sheet }));

export const runImport = (planId: string, file: File, mapping: Mapping, dryRun: boolean, sheet?: string) =>
  api.upload<ImportReport>(`/api/plans/${seg(planId)}/imports`, form(file, { sheet, mapping: JSON.stringify(mapping), dryRun: String(dryRun) }));
