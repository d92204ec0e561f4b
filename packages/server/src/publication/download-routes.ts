import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../http/context';
import { problems } from '../http/problem';
import { buildCsv } from '../exports/csv';
import { buildXlsx } from '../exports/xlsx';
import { CONTENT_TYPES, CSV_SEPARATORS } from '../exports/export';
import { attachment, exportFileName } from '../exports/filename';
import { presentPublicActions } from './public-plan';
import { publishedIndicatorView, publishedPlanContent } from './public-data';
import { indicatorCodeParam, territoryIdParam } from './public-routes';
import { INDICATOR_COLUMNS, KIND_LABELS_FR, indicatorRows } from './indicator-table';
import { tableCsv, tableXlsx } from './files';

const tags = ['public'];
const binary = z.string().openapi({ format: 'binary' });
const separator = z.enum(['comma', 'semicolon']).default('semicolon').openapi({ description: 'CSV only' });
const fileContent = (json: z.ZodType) => ({
  [CONTENT_TYPES.xlsx]: { schema: binary },
  'text/csv': { schema: binary },
  'application/json': { schema: json },
});
export const ACTION_FILES = ['actions.csv', 'actions.json', 'actions.xlsx'] as const;
export const VALUE_FILES = ['values.csv', 'values.json', 'values.xlsx'] as const;
const extension = (file: string) => file.slice(file.lastIndexOf('.') + 1) as 'csv' | 'json' | 'xlsx';

const planFile = createRoute({
  method: 'get', path: '/api/public/plans/{planId}/{file}', operationId: 'downloadPublicPlanActions', tags, security: [],
  summary: "Open data: the actions of a published plan as CSV (UTF-8 with BOM), JSON or XLSX",
  request: { params: z.object({ planId: z.uuid(), file: z.enum(ACTION_FILES) }), query: z.object({ separator }) },
  responses: { 200: { description: 'The file', content: fileContent(z.object({}).passthrough()) }, ...problems(400, 404) },
});

const valuesFile = createRoute({
  method: 'get', path: '/api/public/indicators/{territoryId}/{code}/{file}', operationId: 'downloadPublicIndicatorValues', tags, security: [],
  summary: 'Open data: the values and trajectory of a published indicator as CSV (UTF-8 with BOM), JSON or XLSX',
  request: {
    params: z.object({ territoryId: territoryIdParam, code: indicatorCodeParam, file: z.enum(VALUE_FILES) }),
    query: z.object({ orgId: z.uuid(), separator }),
  },
  responses: { 200: { description: 'The file', content: fileContent(z.object({}).passthrough()) }, ...problems(400, 404) },
});

const download = (body: string | Uint8Array<ArrayBuffer>, format: 'csv' | 'json' | 'xlsx', fileName: string) =>
  new Response(body, {
    status: 200,
    headers: {
      'content-type': CONTENT_TYPES[format],
      'content-disposition': attachment(fileName),
      // Open data is meant to be fetched from other sites; a short cache keeps an unpublication effective.
      'access-control-allow-origin': '*',
      'cache-control': 'public, max-age=60',
    },
  });

export function registerOpenData(app: App) {
  app.openapi(planFile, async (c) => {
    const { planId, file } = c.req.valid('param');
    const { content, meta } = await publishedPlanContent(c.get('db'), planId);
    const format = extension(file);
    const body =
      format === 'csv'
        ? buildCsv(content, CSV_SEPARATORS[c.req.valid('query').separator])
        : format === 'xlsx'
          ? await buildXlsx(content)
          : `${JSON.stringify({ planId, title: content.plan.title, ...meta, actions: presentPublicActions(content) }, null, 2)}\n`;
    return download(body, format, exportFileName(`${content.plan.title} actions`, format));
  });

  app.openapi(valuesFile, async (c) => {
    const { territoryId, code, file } = c.req.valid('param');
    const { orgId, separator: sep } = c.req.valid('query');
    const { view, meta } = await publishedIndicatorView(c.get('db'), territoryId, code, orgId);
    const rows = indicatorRows(territoryId, view);
    const format = extension(file);
    // Spreadsheet readers get French kinds; the JSON keeps the stable codes.
    const cells = rows.map((r) => INDICATOR_COLUMNS.map((col) => (col.key === 'kind' ? KIND_LABELS_FR[r.kind] : r[col.key])));
    const body =
      format === 'csv'
        ? tableCsv(INDICATOR_COLUMNS.map((col) => col.header), cells, CSV_SEPARATORS[sep])
        : format === 'xlsx'
          ? await tableXlsx('Valeurs', INDICATOR_COLUMNS, cells)
          : `${JSON.stringify({ territoryId, indicatorCode: code, unit: view.indicator.unit, ...meta, values: rows }, null, 2)}\n`;
    return download(body, format, exportFileName(`${code} ${territoryId.replace(':', ' ')}`, format));
  });
}
