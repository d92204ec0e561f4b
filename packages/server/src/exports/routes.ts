import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../http/context';
import { problems } from '../http/problem';
import { loadPlan } from '../plans/access';
import { attachment } from './filename';
import { CONTENT_TYPES, CSV_SEPARATORS, EXPORT_FORMATS, exportPlan } from './export';
import { planDocumentOpenApi } from './document';

const binary = z.string().openapi({ format: 'binary' });

const exportRoute = createRoute({
  method: 'get',
  path: '/api/plans/{planId}/export',
  operationId: 'exportPlan',
  tags: ['exports'],
  summary: 'Export a plan as a workbook, a CSV table of its actions, or a versioned JSON document',
  request: {
    params: z.object({ planId: z.uuid() }),
    query: z.object({
      format: z.enum(EXPORT_FORMATS).default('xlsx'),
      separator: z.enum(Object.keys(CSV_SEPARATORS) as [keyof typeof CSV_SEPARATORS]).default('semicolon').openapi({ description: 'CSV only' }),
    }),
  },
  responses: {
    200: {
      description: 'The file, as an attachment',
      content: {
        [CONTENT_TYPES.xlsx]: { schema: binary },
        'text/csv': { schema: binary },
        'application/json': { schema: planDocumentOpenApi },
      },
    },
    ...problems(400, 401, 404),
  },
});

export function registerExports(app: App) {
  app.openapi(exportRoute, async (c) => {
    const { planId } = c.req.valid('param');
    const { format, separator } = c.req.valid('query');
    const { plan } = await loadPlan(c, planId, 'export.run');
    const file = await exportPlan(c.get('db'), plan, format, { separator: CSV_SEPARATORS[separator], actor: c });
    return new Response(file.body, {
      status: 200,
      headers: { 'content-type': file.contentType, 'content-disposition': attachment(file.fileName), 'cache-control': 'no-store' },
    });
  });
}
