import { createRoute, z } from '@hono/zod-openapi';
import { findIndicator, isUnitCode } from '@trajectoire/domain';
import type { App } from '../http/context';
import { AppError, badRequest, jsonContent as json, notFound, problems } from '../http/problem';
import { readSource } from '../imports/source';
import { fileBytes, multipartUpload, uploadForm } from '../imports/upload';
import { uploadProblems } from '../imports/presenter';
import { importIndicatorValues } from './import-run';
import { catalogueSchema, indicatorViewSchema, invalidValueImportProblem, presentCatalogue, presentIndicatorView, valueImportReportSchema } from './presenter';
import { findTerritory, loadOrganisation } from './access';
import { loadIndicatorData } from './store';
import { buildIndicatorView } from './view';
import { registerObjectives } from './objectives-routes';
import { registerDashboard } from './dashboard-routes';

const tags = ['indicators'];
const orgParams = z.object({ id: z.uuid() });

const catalogue = createRoute({
  method: 'get', path: '/api/indicators/catalogue', operationId: 'getIndicatorCatalogue', tags, security: [],
  summary: 'The PCAET diagnostic indicator catalogue: codes, units, parents, French labels and sources',
  responses: { 200: json(catalogueSchema, 'Catalogue in force, with its version') },
});

const importForm = uploadForm.extend({
  dryRun: z.enum(['true', 'false']).default('false'),
  unit: z.string().max(20).optional().openapi({ description: 'Unit of rows without a unit cell (default: the catalogue unit)' }),
});

const importValues = createRoute({
  method: 'post', path: '/api/organisations/{id}/indicator-values/import', operationId: 'importIndicatorValues', tags,
  summary: 'Import indicator values (long format CSV or XLSX), all or nothing',
  description:
    'Columns: territory, indicator, year, value, unit, kind, producer, dataset, method, version date, licence, comment ' +
    '(French or English headers). Values are converted to the catalogue unit. A dry run answers 200 with the report; a real ' +
    'run 201, or 422 `import_invalid` with the report, having written nothing. A re-import of the same source replaces its values.',
  middleware: [multipartUpload] as const,
  request: { params: orgParams, body: { required: true, content: { 'multipart/form-data': { schema: importForm } } } },
  responses: {
    200: json(valueImportReportSchema, 'Dry run'),
    201: json(valueImportReportSchema, 'Imported'),
    ...problems(400, 401, 403, 404),
    ...uploadProblems,
    ...invalidValueImportProblem,
  },
});

const territoryIndicator = createRoute({
  method: 'get', path: '/api/territories/{id}/indicators/{code}', operationId: 'getTerritoryIndicator', tags,
  summary: "One indicator on one territory, as the organisation sees it: values by source, objective, trajectory, trend, status",
  request: { params: z.object({ id: z.string().max(40), code: z.string().max(120) }), query: z.object({ orgId: z.uuid() }) },
  responses: { 200: json(indicatorViewSchema, 'Indicator view (full precision numbers)'), ...problems(400, 401, 403, 404) },
});

export function registerIndicators(app: App) {
  app.openapi(catalogue, (c) => c.json(presentCatalogue(), 200));

  app.openapi(importValues, async (c) => {
    const org = await loadOrganisation(c, c.req.valid('param').id, 'import.run');
    const form = c.req.valid('form');
    if (form.unit && !isUnitCode(form.unit)) throw badRequest('unknown_unit', `Unité « ${form.unit} » inconnue.`);
    const { bytes, name } = await fileBytes(form.file);
    const source = await readSource(bytes, name, { sheet: form.sheet });
    const report = await importIndicatorValues(c.get('db'), {
      organisationId: org.id,
      source,
      fileName: name,
      dryRun: form.dryRun === 'true',
      unit: form.unit ?? null,
      actor: c,
    });
    if (report.dryRun) return c.json(report, 200);
    if (report.errors.length) {
      throw new AppError(422, 'import_invalid', `Le fichier comporte ${report.errors.length} erreur(s) ; aucune valeur n'a été importée.`, { report });
    }
    return c.json(report, 201);
  });

  app.openapi(territoryIndicator, async (c) => {
    const { id, code } = c.req.valid('param');
    const org = await loadOrganisation(c, c.req.valid('query').orgId, 'plan.read');
    const territory = await findTerritory(c, id);
    if (!territory) throw notFound('Territoire');
    const indicator = findIndicator(code);
    if (!indicator) throw notFound('Indicateur');
    const data = await loadIndicatorData(c.get('db'), org.id, territory.id, [code]);
    const view = buildIndicatorView({
      indicator,
      values: data.values,
      sources: data.sources,
      preferenceSourceId: data.preferences.get(code) ?? null,
      objective: data.objectives.get(code) ?? null,
    });
    return c.json(presentIndicatorView(territory.id, view), 200);
  });

  registerObjectives(app);
  registerDashboard(app);
}
