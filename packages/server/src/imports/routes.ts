import { createRoute, z } from '@hono/zod-openapi';
import type { App } from '../http/context';
import { AppError, jsonContent as json, problems } from '../http/problem';
import { loadPlan } from '../plans/access';
import { readSource } from './source';
import { previewSource } from './preview';
import { importActions } from './run';
import { importForm, multipartUpload, uploadForm, fileBytes } from './upload';
import { importPreviewSchema, importReportSchema, invalidImportProblem, uploadProblems } from './presenter';
import { registerJsonImports } from './json-routes';

const tags = ['imports'];
const params = z.object({ planId: z.uuid() });

const preview = createRoute({
  method: 'post',
  path: '/api/plans/{planId}/imports/preview',
  operationId: 'previewActionImport',
  tags,
  summary: 'Read an action table (CSV or XLSX) and suggest how its columns map to action fields',
  middleware: [multipartUpload] as const,
  request: { params, body: { required: true, content: { 'multipart/form-data': { schema: uploadForm } } } },
  responses: { 200: json(importPreviewSchema, 'Detected format, headers, first rows and suggested mapping'), ...problems(400, 401, 403, 404), ...uploadProblems },
});

const run = createRoute({
  method: 'post',
  path: '/api/plans/{planId}/imports',
  operationId: 'importActions',
  tags,
  summary: 'Import an action table into a plan, all or nothing',
  description:
    'A dry run answers 200 with the report, errors included. A real run answers 201 when every row is valid, and ' +
    '422 `import_invalid` (with the report) otherwise, having written nothing. Missing axes are created.',
  middleware: [multipartUpload] as const,
  request: { params, body: { required: true, content: { 'multipart/form-data': { schema: importForm } } } },
  responses: {
    200: json(importReportSchema, 'Dry run: what the import would do'),
    201: json(importReportSchema, 'Imported'),
    ...problems(400, 401, 403, 404),
    ...uploadProblems,
    ...invalidImportProblem,
  },
});

export function registerImports(app: App) {
  app.openapi(preview, async (c) => {
    await loadPlan(c, c.req.valid('param').planId, 'import.run');
    const form = c.req.valid('form');
    const { bytes, name } = await fileBytes(form.file);
    return c.json(previewSource(await readSource(bytes, name, { sheet: form.sheet })), 200);
  });

  app.openapi(run, async (c) => {
    const { plan } = await loadPlan(c, c.req.valid('param').planId, 'import.run');
    const form = c.req.valid('form');
    const { bytes, name } = await fileBytes(form.file);
    const source = await readSource(bytes, name, { sheet: form.sheet });
    const report = await importActions(c.get('db'), {
      plan,
      source,
      fileName: name,
      mapping: form.mapping,
      dryRun: form.dryRun === 'true',
      actor: c,
      createdBy: c.get('auth')!.userId,
    });
    if (report.dryRun) return c.json(report, 200);
    if (report.errors.length) {
      const detail = `Le fichier comporte ${report.errors.length} erreur(s) ; aucune action n'a été importée.`;
      throw new AppError(422, 'import_invalid', detail, { report });
    }
    return c.json(report, 201);
  });

  registerJsonImports(app);
}
