import { z } from '@hono/zod-openapi';
import { ACTION_IMPORT_FIELDS } from '@trajectoire/domain/tabular/index';
import { planSchema } from '../plans/presenter';
import { problemSchema } from '../http/problem';

const field = z.enum(ACTION_IMPORT_FIELDS);

export const importIssueSchema = z
  .object({
    row: z.number().int().nullable().openapi({ description: 'Spreadsheet row number (the header row counts); null for the whole file' }),
    column: z.string().nullable().openapi({ description: 'Header of the column' }),
    field: field.nullable(),
    value: z.string().nullable(),
    message: z.string().openapi({ description: 'French explanation for the user' }),
  })
  .openapi('ImportIssue');

export const importReportSchema = z
  .object({
    dryRun: z.boolean(),
    rowCount: z.number().int(),
    toCreate: z.number().int().openapi({ description: 'Actions the file yields (what a dry run would write)' }),
    created: z.number().int(),
    axesToCreate: z.array(z.string()),
    errors: z.array(importIssueSchema),
    warnings: z.array(importIssueSchema),
  })
  .openapi('ImportReport');

export const importPreviewSchema = z
  .object({
    format: z.enum(['csv', 'xlsx']),
    encoding: z.string().nullable(),
    separator: z.string().nullable(),
    sheets: z.array(z.string()),
    sheet: z.string().nullable(),
    headerRow: z.number().int(),
    headers: z.array(z.string()),
    rowCount: z.number().int(),
    sampleRows: z.array(z.array(z.string())),
    suggestedMapping: z.record(z.string(), field).openapi({ description: 'Column index (0-based) → field' }),
    unmappedHeaders: z.array(z.string()),
    duplicatedHeaders: z.array(z.string()),
  })
  .openapi('ImportPreview');

export const jsonImportResultSchema = z
  .object({ plan: planSchema, axesCreated: z.number().int(), actionsCreated: z.number().int(), warnings: z.array(z.string()) })
  .openapi('PlanDocumentImport');

const problemEntry = (description: string, schema: z.ZodType = problemSchema) => ({
  description,
  content: { 'application/problem+json': { schema } },
});
/** Upload failures that the shared problem list does not cover. */
export const uploadProblems = {
  413: problemEntry('`upload_too_large`: the file exceeds 10 MB'),
  415: problemEntry('`unsupported_file`: not a CSV or XLSX table'),
};
export const invalidImportProblem = {
  422: problemEntry('`import_invalid`: the file has errors; nothing was written', problemSchema.extend({ report: importReportSchema })),
};
