import { createRoute, z } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import { heat } from '@trajectoire/engines';
import type { App } from '../http/context';
import type { Db } from '../db/client';
import { AppError, badRequest, jsonContent as json, problems } from '../http/problem';
import { paginationQuery, pageOf } from '../http/pagination';
import { audit } from '../audit/audit';
import { updateVersioned } from '../db/versioned';
import { loadOrganisation } from '../indicators/access';
import { loadStudy } from './access';
import { computeStudy } from './run';
import { flowsExportCsv, flowsGeoJson } from './export';
import { heatStudyDetailSchema, heatStudySchema, presentStudy, presentStudyDetail } from './presenter';
import { heatLayers, heatStudies } from './schema';
import { listPage } from './store';

const tags = ['heat'];
const orgParams = z.object({ id: z.uuid() });
const idParams = z.object({ id: z.uuid() });

const studyFields = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().max(5000).default(''),
  sourceLayerId: z.uuid(),
  sinkLayerId: z.uuid(),
  params: z.record(z.string(), z.unknown()).default({}).openapi({ description: 'Engine parameters (heat README §3); unknown keys are refused' }),
  potentialMode: z.enum(['min', 'mean', 'max']).default('mean'),
  objectiveMwh: z.number().positive().nullable().default(null).openapi({ description: 'Recovered-heat objective (MWh/yr)' }),
});
const patchBody = z.object({
  version: z.number().int(),
  name: z.string().trim().min(1).max(200).optional(),
  description: z.string().max(5000).optional(),
  sourceLayerId: z.uuid().optional(),
  sinkLayerId: z.uuid().optional(),
  params: z.record(z.string(), z.unknown()).optional(),
  potentialMode: z.enum(['min', 'mean', 'max']).optional(),
  objectiveMwh: z.number().positive().nullable().optional(),
});

const create = createRoute({
  method: 'post', path: '/api/organisations/{id}/heat/studies', operationId: 'createHeatStudy', tags,
  request: { params: orgParams, body: { required: true, content: { 'application/json': { schema: studyFields } } } },
  responses: { 201: json(heatStudySchema, 'Created (not run)'), ...problems(400, 401, 403, 404) },
});
const list = createRoute({
  method: 'get', path: '/api/organisations/{id}/heat/studies', operationId: 'listHeatStudies', tags,
  request: { params: orgParams, query: paginationQuery },
  responses: { 200: json(pageOf(heatStudySchema), 'Studies, newest first (without results)'), ...problems(400, 401, 404) },
});
const get = createRoute({
  method: 'get', path: '/api/heat/studies/{id}', operationId: 'getHeatStudy', tags,
  request: { params: idParams },
  responses: { 200: json(heatStudyDetailSchema, 'The study and its last result'), ...problems(401, 404) },
});
const patch = createRoute({
  method: 'patch', path: '/api/heat/studies/{id}', operationId: 'updateHeatStudy', tags,
  description: 'Changing layers, parameters, potential mode or objective marks a computed study `stale` (its last result is kept).',
  request: { params: idParams, body: { required: true, content: { 'application/json': { schema: patchBody } } } },
  responses: { 200: json(heatStudySchema, 'Updated'), ...problems(400, 401, 403, 404, 409) },
});
const run = createRoute({
  method: 'post', path: '/api/heat/studies/{id}/run', operationId: 'runHeatStudy', tags,
  summary: 'Run the waste-heat engine (candidate arcs, optimal allocation, merit curve) and store the result',
  request: { params: idParams },
  responses: { 200: json(heatStudyDetailSchema, 'Computed'), ...problems(400, 401, 403, 404, 409) },
});
const exportRoute = createRoute({
  method: 'get', path: '/api/heat/studies/{id}/export', operationId: 'exportHeatStudy', tags,
  summary: 'The flows of the last run, with coordinates: CSV (engine columns) or GeoJSON lines',
  request: { params: idParams, query: z.object({ format: z.enum(['csv', 'geojson']).default('csv') }) },
  responses: {
    200: { description: 'flows.csv or a GeoJSON FeatureCollection', content: { 'text/csv': { schema: z.string() }, 'application/geo+json': { schema: z.record(z.string(), z.unknown()) } } },
    ...problems(400, 401, 404, 409),
  },
});

/** Layers must belong to the study's organisation and be of the right kind; another tenant's id reads as unknown. */
async function checkLayers(db: Db, organisationId: string, sourceLayerId: string, sinkLayerId: string) {
  const errors: { path: string; message: string }[] = [];
  for (const [path, id, kind] of [['sourceLayerId', sourceLayerId, 'sources'], ['sinkLayerId', sinkLayerId, 'sinks']] as const) {
    const [layer] = await db.select({ kind: heatLayers.kind }).from(heatLayers).where(and(eq(heatLayers.id, id), eq(heatLayers.organisationId, organisationId)));
    if (!layer) errors.push({ path, message: 'Couche introuvable dans cette organisation.' });
    else if (layer.kind !== kind) errors.push({ path, message: `Couche de ${kind === 'sources' ? 'sources' : 'besoins'} attendue.` });
  }
  if (errors.length) throw new AppError(400, 'validation_failed', 'Certaines valeurs sont invalides.', { errors });
}

function checkParams(params: unknown) {
  try {
    heat.resolveParams(params);
  } catch (err) {
    if (err instanceof heat.HeatInputError) throw badRequest('invalid_parameters', err.message, { issues: err.issues });
    throw err;
  }
}

const COMPUTATIONAL = ['sourceLayerId', 'sinkLayerId', 'params', 'potentialMode', 'objectiveMwh'] as const;

export function registerHeatStudies(app: App) {
  app.openapi(create, async (c) => {
    const org = await loadOrganisation(c, c.req.valid('param').id, 'plan.update');
    const body = c.req.valid('json');
    await checkLayers(c.get('db'), org.id, body.sourceLayerId, body.sinkLayerId);
    checkParams(body.params);
    const row = await c.get('db').transaction(async (tx) => {
      const [inserted] = await tx.insert(heatStudies).values({ ...body, organisationId: org.id }).returning();
      await audit(tx, c, { organisationId: org.id, entityType: 'heat_study', entityId: inserted.id, action: 'create', after: presentStudy(inserted) });
      return inserted;
    });
    return c.json(presentStudy(row), 201);
  });

  app.openapi(list, async (c) => {
    const org = await loadOrganisation(c, c.req.valid('param').id, 'plan.read');
    const { cursor, limit } = c.req.valid('query');
    const page = await listPage(c.get('db'), heatStudies, org.id, cursor, limit);
    return c.json({ items: page.items.map(presentStudy), nextCursor: page.nextCursor }, 200);
  });

  app.openapi(get, async (c) => c.json(presentStudyDetail(await loadStudy(c, c.req.valid('param').id, 'plan.read')), 200));

  app.openapi(patch, async (c) => {
    const study = await loadStudy(c, c.req.valid('param').id, 'plan.update');
    const { version, ...fields } = c.req.valid('json');
    await checkLayers(c.get('db'), study.organisationId, fields.sourceLayerId ?? study.sourceLayerId, fields.sinkLayerId ?? study.sinkLayerId);
    if (fields.params) checkParams(fields.params);
    const changesResult = COMPUTATIONAL.some((k) => fields[k] !== undefined);
    const values = { ...fields, ...(changesResult && study.status === 'computed' ? { status: 'stale' } : {}) };
    const row = await c.get('db').transaction(async (tx) => {
      const updated = await updateVersioned(tx, heatStudies, study.id, version, values, eq(heatStudies.organisationId, study.organisationId));
      await audit(tx, c, { organisationId: study.organisationId, entityType: 'heat_study', entityId: study.id, action: 'update', before: presentStudy(study), after: presentStudy(updated) });
      return updated;
    });
    return c.json(presentStudy(row), 200);
  });

  app.openapi(run, async (c) => {
    const study = await loadStudy(c, c.req.valid('param').id, 'plan.update');
    const db = c.get('db');
    const layers = await db.select().from(heatLayers).where(eq(heatLayers.organisationId, study.organisationId));
    const sources = layers.find((l) => l.id === study.sourceLayerId);
    const sinks = layers.find((l) => l.id === study.sinkLayerId);
    if (!sources || !sinks) throw badRequest('invalid_layer', 'Une couche de l’étude est introuvable.');
    let result;
    try {
      result = await computeStudy(study, sources, sinks);
    } catch (err) {
      if (err instanceof heat.HeatInputError) throw badRequest('invalid_parameters', err.message, { issues: err.issues });
      throw err;
    }
    // The version read before the (possibly long) run: a study edited meanwhile answers 409 rather than store a result of old inputs.
    const row = await db.transaction(async (tx) => {
      const updated = await updateVersioned(tx, heatStudies, study.id, study.version, { result, status: 'computed', computedAt: new Date() }, eq(heatStudies.organisationId, study.organisationId));
      await audit(tx, c, { organisationId: study.organisationId, entityType: 'heat_study', entityId: study.id, action: 'run', before: presentStudy(study), after: { ...presentStudy(updated), summary: result.summary } });
      return updated;
    });
    return c.json(presentStudyDetail(row), 200);
  });

  app.openapi(exportRoute, async (c) => {
    const study = await loadStudy(c, c.req.valid('param').id, 'plan.read');
    if (!study.result) throw new AppError(409, 'study_not_run', 'Lancez le calcul de l’étude avant de l’exporter.');
    const base = study.name.normalize('NFD').replace(/[^\w-]+/g, '_').slice(0, 60) || 'etude';
    if (c.req.valid('query').format === 'geojson') {
      return c.body(JSON.stringify(flowsGeoJson(study.result.flows)), 200, {
        'content-type': 'application/geo+json; charset=utf-8',
        'content-disposition': `attachment; filename="${base}-flux.geojson"`,
      });
    }
    return c.body(flowsExportCsv(study.result.flows), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${base}-flux.csv"`,
    });
  });
}
