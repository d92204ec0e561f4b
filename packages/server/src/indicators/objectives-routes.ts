import { createRoute, z } from '@hono/zod-openapi';
import { and, eq } from 'drizzle-orm';
import type { App } from '../http/context';
import { audit } from '../audit/audit';
import { updateVersioned } from '../db/versioned';
import { badRequest, conflict, jsonContent as json, problems } from '../http/problem';
import { jsonBody } from '../imports/upload';
import { loadOrganisation, requireBodyRefs } from './access';
import { milestoneSchema, objectiveSchema, presentObjective } from './presenter';
import { indicatorPreferences, indicatorSources, objectives } from './schema';
import { visibleSource } from './store';

const tags = ['indicators'];
const params = z.object({ id: z.uuid() });
const ref = { territoryId: z.string().min(1).max(40), indicatorCode: z.string().min(1).max(120) };

const preferenceBody = z.object({ ...ref, preferredSourceId: z.uuid().nullable() }).openapi('IndicatorPreferenceInput');
const preferenceSchema = z.object({ ...ref, preferredSourceId: z.string().nullable() }).openapi('IndicatorPreference');

const objectiveBody = z
  .object({
    ...ref,
    referenceYear: z.number().int().min(1990).max(2100),
    referenceValue: z.number().refine(Number.isFinite).nullable().default(null),
    milestones: z.array(milestoneSchema).min(1).max(20),
    interpolation: z.enum(['linear', 'constant-rate']).default('linear'),
    version: z.number().int().optional().openapi({ description: 'Version read; required to replace an existing objective' }),
  })
  .openapi('ObjectiveInput');

const putPreference = createRoute({
  method: 'put', path: '/api/organisations/{id}/indicator-preferences', operationId: 'setIndicatorPreference', tags,
  summary: "Choose the source shown for an indicator on a territory (null: back to the most recent version)",
  middleware: [jsonBody] as const,
  request: { params, body: { required: true, content: { 'application/json': { schema: preferenceBody } } } },
  responses: { 200: json(preferenceSchema, 'Preference saved'), ...problems(400, 401, 403, 404) },
});

const listObjectives = createRoute({
  method: 'get', path: '/api/organisations/{id}/objectives', operationId: 'listObjectives', tags,
  request: { params, query: z.object({ territoryId: z.string().max(40).optional() }) },
  responses: {
    200: json(z.object({ items: z.array(objectiveSchema), nextCursor: z.string().nullable() }).openapi('ObjectiveList'), 'Objectives (all on one page)'),
    ...problems(401, 403, 404),
  },
});

const putObjective = createRoute({
  method: 'put', path: '/api/organisations/{id}/objectives', operationId: 'putObjective', tags,
  summary: 'Create or replace the objective of an indicator on a territory (versioned)',
  middleware: [jsonBody] as const,
  request: { params, body: { required: true, content: { 'application/json': { schema: objectiveBody } } } },
  responses: { 200: json(objectiveSchema, 'Replaced'), 201: json(objectiveSchema, 'Created'), ...problems(400, 401, 403, 404, 409) },
});

const isUniqueViolation = (err: unknown) => {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === '23505' || e?.cause?.code === '23505';
};

export function registerObjectives(app: App) {
  app.openapi(putPreference, async (c) => {
    const org = await loadOrganisation(c, c.req.valid('param').id, 'plan.update');
    const body = c.req.valid('json');
    await requireBodyRefs(c, body.territoryId, body.indicatorCode);
    const db = c.get('db');
    const key = and(
      eq(indicatorPreferences.organisationId, org.id),
      eq(indicatorPreferences.territoryId, body.territoryId),
      eq(indicatorPreferences.indicatorCode, body.indicatorCode),
    );
    if (body.preferredSourceId) {
      const [source] = await db.select({ id: indicatorSources.id }).from(indicatorSources)
        .where(and(eq(indicatorSources.id, body.preferredSourceId), visibleSource(org.id)));
      if (!source) throw badRequest('unknown_source', 'Source inconnue.');
    }
    await db.transaction(async (tx) => {
      const [before] = await tx.select().from(indicatorPreferences).where(key);
      if (body.preferredSourceId === null) await tx.delete(indicatorPreferences).where(key);
      else
        await tx
          .insert(indicatorPreferences)
          .values({ organisationId: org.id, territoryId: body.territoryId, indicatorCode: body.indicatorCode, preferredSourceId: body.preferredSourceId })
          .onConflictDoUpdate({
            target: [indicatorPreferences.organisationId, indicatorPreferences.territoryId, indicatorPreferences.indicatorCode],
            set: { preferredSourceId: body.preferredSourceId, updatedAt: new Date() },
          });
      await audit(tx, c, {
        organisationId: org.id,
        entityType: 'indicator_preference',
        entityId: `${body.territoryId}/${body.indicatorCode}`,
        action: 'update',
        before: before ? { ...body, preferredSourceId: before.preferredSourceId } : null,
        after: body,
      });
    });
    return c.json(body, 200);
  });

  app.openapi(listObjectives, async (c) => {
    const org = await loadOrganisation(c, c.req.valid('param').id, 'plan.read');
    const { territoryId } = c.req.valid('query');
    const rows = await c.get('db').select().from(objectives)
      .where(and(eq(objectives.organisationId, org.id), territoryId ? eq(objectives.territoryId, territoryId) : undefined))
      .orderBy(objectives.territoryId, objectives.indicatorCode);
    return c.json({ items: rows.map(presentObjective), nextCursor: null }, 200);
  });

  app.openapi(putObjective, async (c) => {
    const org = await loadOrganisation(c, c.req.valid('param').id, 'plan.update');
    const { version, ...body } = c.req.valid('json');
    await requireBodyRefs(c, body.territoryId, body.indicatorCode);
    const years = body.milestones.map((m) => m.year);
    if (years.some((y) => y <= body.referenceYear) || new Set(years).size !== years.length) {
      throw badRequest('invalid_objective', "Chaque jalon doit avoir une année distincte, postérieure à l'année de référence.");
    }
    const values = { ...body, referenceValue: body.referenceValue === null ? null : String(body.referenceValue) };
    const scope = and(eq(objectives.organisationId, org.id), eq(objectives.territoryId, body.territoryId), eq(objectives.indicatorCode, body.indicatorCode));
    const db = c.get('db');
    try {
      const result = await db.transaction(async (tx) => {
        const [existing] = await tx.select().from(objectives).where(scope);
        if (existing && version === undefined) throw conflict(existing.version);
        const row = existing
          ? await updateVersioned(tx, objectives, existing.id, version!, values, eq(objectives.organisationId, org.id))
          : (await tx.insert(objectives).values({ ...values, organisationId: org.id }).returning())[0];
        await audit(tx, c, {
          organisationId: org.id,
          entityType: 'objective',
          entityId: row.id,
          action: existing ? 'update' : 'create',
          before: existing ? presentObjective(existing) : null,
          after: presentObjective(row),
        });
        return { row, created: !existing };
      });
      return result.created ? c.json(presentObjective(result.row), 201) : c.json(presentObjective(result.row), 200);
    } catch (err) {
      if (!isUniqueViolation(err)) throw err;
      const [current] = await db.select({ version: objectives.version }).from(objectives).where(scope);
      throw conflict(current?.version ?? 1);
    }
  });
}
