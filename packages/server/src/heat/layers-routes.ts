import { createRoute, z } from '@hono/zod-openapi';
import { and, eq, or } from 'drizzle-orm';
import type { App } from '../http/context';
import { AppError, badRequest, jsonContent as json, problems, problemSchema } from '../http/problem';
import { paginationQuery, pageOf } from '../http/pagination';
import { audit } from '../audit/audit';
import { fileBytes, multipartUpload, uploadForm } from '../imports/upload';
import { uploadProblems } from '../imports/presenter';
import { findTerritory, loadOrganisation } from '../indicators/access';
import { loadLayer } from './access';
import { readLayerFile } from './layer-read';
import { validateLayer } from './layer-validate';
import { heatLayerDetailSchema, heatLayerSchema, layerIssueSchema, presentLayer, presentLayerDetail } from './presenter';
import { heatLayers, heatStudies } from './schema';
import { listPage } from './store';

const tags = ['heat'];
const orgParams = z.object({ id: z.uuid() });
const idParams = z.object({ id: z.uuid() });

const layerForm = uploadForm.omit({ sheet: true }).extend({
  kind: z.enum(['sources', 'sinks']),
  name: z.string().trim().min(1).max(200),
  crs: z.enum(['EPSG:4326', 'EPSG:2154']).optional().openapi({ description: 'Declared CRS; detected from the coordinates when absent' }),
  territoryId: z.string().max(40).optional(),
});

const invalidLayer = {
  422: {
    description: '`heat_layer_invalid`: rows with errors (row, column, code); nothing imported',
    content: { 'application/problem+json': { schema: problemSchema.extend({ issues: z.array(layerIssueSchema) }) } },
  },
};

const create = createRoute({
  method: 'post', path: '/api/organisations/{id}/heat/layers', operationId: 'importHeatLayer', tags,
  summary: 'Import a layer of heat sources or sinks (CSV or GeoJSON points), all or nothing',
  description:
    'CSV columns (French aliases accepted): id, kind, name, lat/lon (WGS 84) or x/y (Lambert-93), annual_mwh, temperature_c ' +
    '(sources) or supply_temperature_c (sinks), optional potentiel_min_mwh / potentiel_max_mwh. GeoJSON: Point features with ' +
    'the same properties. Lambert-93 is detected from metre coordinates and converted to WGS 84. Errors give row and column ' +
    '(GeoJSON: row = feature number).',
  middleware: [multipartUpload] as const,
  request: { params: orgParams, body: { required: true, content: { 'multipart/form-data': { schema: layerForm } } } },
  responses: { 201: json(heatLayerSchema, 'Imported'), ...problems(400, 401, 403, 404), ...uploadProblems, ...invalidLayer },
});
const list = createRoute({
  method: 'get', path: '/api/organisations/{id}/heat/layers', operationId: 'listHeatLayers', tags,
  request: { params: orgParams, query: paginationQuery },
  responses: { 200: json(pageOf(heatLayerSchema), 'Layers, newest first'), ...problems(400, 401, 404) },
});
const get = createRoute({
  method: 'get', path: '/api/heat/layers/{id}', operationId: 'getHeatLayer', tags,
  request: { params: idParams },
  responses: { 200: json(heatLayerDetailSchema, 'The layer with its features as a GeoJSON FeatureCollection (WGS 84)'), ...problems(401, 404) },
});
const remove = createRoute({
  method: 'delete', path: '/api/heat/layers/{id}', operationId: 'deleteHeatLayer', tags,
  request: { params: idParams },
  responses: { 204: { description: 'Deleted' }, ...problems(401, 403, 404, 409) },
});

export function registerHeatLayers(app: App) {
  app.openapi(create, async (c) => {
    const org = await loadOrganisation(c, c.req.valid('param').id, 'import.run');
    const form = c.req.valid('form');
    if (form.territoryId && !(await findTerritory(c, form.territoryId))) throw badRequest('unknown_territory', `Territoire « ${form.territoryId} » inconnu.`);
    const { bytes, name } = await fileBytes(form.file);
    const { features, crs, crsDetected } = validateLayer(readLayerFile(bytes, name), form.kind, form.crs ?? null);
    const row = await c.get('db').transaction(async (tx) => {
      const [inserted] = await tx
        .insert(heatLayers)
        .values({ organisationId: org.id, name: form.name, kind: form.kind, territoryId: form.territoryId ?? null, features, crs, crsDetected, fileName: name })
        .returning();
      await audit(tx, c, { organisationId: org.id, entityType: 'heat_layer', entityId: inserted.id, action: 'create', after: presentLayer(inserted) });
      return inserted;
    });
    return c.json(presentLayer(row), 201);
  });

  app.openapi(list, async (c) => {
    const org = await loadOrganisation(c, c.req.valid('param').id, 'plan.read');
    const { cursor, limit } = c.req.valid('query');
    const page = await listPage(c.get('db'), heatLayers, org.id, cursor, limit);
    return c.json({ items: page.items.map(presentLayer), nextCursor: page.nextCursor }, 200);
  });

  app.openapi(get, async (c) => c.json(presentLayerDetail(await loadLayer(c, c.req.valid('param').id, 'plan.read')), 200));

  app.openapi(remove, async (c) => {
    const layer = await loadLayer(c, c.req.valid('param').id, 'plan.update');
    await c.get('db').transaction(async (tx) => {
      const [used] = await tx
        .select({ id: heatStudies.id })
        .from(heatStudies)
        .where(and(eq(heatStudies.organisationId, layer.organisationId), or(eq(heatStudies.sourceLayerId, layer.id), eq(heatStudies.sinkLayerId, layer.id))))
        .limit(1);
      if (used) throw new AppError(409, 'layer_in_use', 'Cette couche est utilisée par une étude ; supprimez ou modifiez l’étude d’abord.');
      await tx.delete(heatLayers).where(eq(heatLayers.id, layer.id));
      await audit(tx, c, { organisationId: layer.organisationId, entityType: 'heat_layer', entityId: layer.id, action: 'delete', before: presentLayer(layer) });
    });
    return c.body(null, 204);
  });
}
