import { createRoute, z } from '@hono/zod-openapi';
import { findIndicator } from '@trajectoire/domain';
import type { App } from '../http/context';
import { jsonContent as json, notFound, problems } from '../http/problem';
import { indicatorViewSchema, presentIndicatorView } from '../indicators/presenter';
import { presentTerritoryRef } from '../territories/presenter';
import { eq } from 'drizzle-orm';
import { licenceSchema, presentPublisher, publicMetaSchema, publisherSchema } from './presenter';
import { presentPublicPlan, publicPlanSchema } from './public-plan';
import { publishedIndicatorView, publishedPlanContent } from './public-data';
import { listPublished, organisationsOfTerritory, resolveTerritoryKey } from './store';
import { publications } from './schema';
import { licenceOf } from './licences';

const tags = ['public'];
export const territoryIdParam = z.string().regex(/^(commune|epci|departement|region):[0-9AB]{1,14}$/).openapi({ example: 'commune:42218' });
export const indicatorCodeParam = z.string().regex(/^[A-Za-z0-9_.-]{1,120}$/);

const publicTerritorySchema = z
  .object({
    territory: z.object({ id: z.string(), kind: z.string(), code: z.string(), name: z.string() }),
    organisations: z.array(
      publisherSchema.extend({
        plans: z.array(z.object({ id: z.string(), title: z.string(), type: z.string(), startYear: z.number().int().nullable(), endYear: z.number().int().nullable(), licence: licenceSchema, publishedAt: z.string() })),
        indicators: z.array(z.object({ territoryId: z.string(), indicatorCode: z.string(), labelFr: z.string().nullable(), licence: licenceSchema, publishedAt: z.string() })),
      }),
    ),
  })
  .openapi('PublicTerritory');

const territory = createRoute({
  method: 'get', path: '/api/public/territories/{territoryKey}', operationId: 'getPublicTerritory', tags, security: [],
  summary: 'Open PCAET page of a territory: its organisations with their published plans and indicators',
  description: 'territoryKey: `commune:CODE`, `epci:SIREN`, `departement:CODE`, `region:CODE`, or a bare SIREN or COG code.',
  request: { params: z.object({ territoryKey: z.string().max(40).openapi({ example: '200054781' }) }) },
  responses: { 200: json(publicTerritorySchema, 'Published content only'), ...problems(404) },
});

const plan = createRoute({
  method: 'get', path: '/api/public/plans/{planId}', operationId: 'getPublicPlan', tags, security: [],
  summary: 'A published plan: axes, actions (public fields), progress by status, licence and publisher',
  request: { params: z.object({ planId: z.uuid() }) },
  responses: { 200: json(publicPlanSchema, 'The plan'), ...problems(400, 404) },
});

const indicator = createRoute({
  method: 'get', path: '/api/public/indicators/{territoryId}/{code}', operationId: 'getPublicIndicator', tags, security: [],
  summary: 'A published indicator of an organisation on a territory: values, objective, trajectory',
  request: { params: z.object({ territoryId: territoryIdParam, code: indicatorCodeParam }), query: z.object({ orgId: z.uuid() }) },
  responses: { 200: json(indicatorViewSchema.extend(publicMetaSchema.shape).openapi('PublicIndicator'), 'The indicator'), ...problems(400, 404) },
});

export function registerPublicReads(app: App) {
  app.openapi(territory, async (c) => {
    const db = c.get('db');
    const t = await resolveTerritoryKey(db, c.req.valid('param').territoryKey);
    if (!t) throw notFound('Territoire');
    // The territory's organisations, and any organisation that published an indicator about it.
    const own = await organisationsOfTerritory(db, t);
    const about = await db.selectDistinct({ id: publications.organisationId }).from(publications).where(eq(publications.territoryId, t.id));
    const ids = [...new Set([...own.map((o) => o.id), ...about.map((o) => o.id)])];
    const rows = await listPublished(db, ids);
    const byOrg = new Map<string, z.infer<typeof publicTerritorySchema>['organisations'][number]>();
    for (const { publication: p, organisation: o, plan: pl } of rows) {
      const entry = byOrg.get(o.id) ?? { ...presentPublisher(o), plans: [], indicators: [] };
      byOrg.set(o.id, entry);
      const common = { licence: licenceOf(p.licence), publishedAt: p.publishedAt.toISOString() };
      if (p.kind === 'plan' && pl) entry.plans.push({ id: pl.id, title: pl.title, type: pl.type, startYear: pl.startYear, endYear: pl.endYear, ...common });
      if (p.kind === 'indicator' && p.territoryId && p.indicatorCode) {
        entry.indicators.push({ territoryId: p.territoryId, indicatorCode: p.indicatorCode, labelFr: findIndicator(p.indicatorCode)?.labelFr ?? null, ...common });
      }
    }
    const organisations = [...byOrg.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr') || (a.id < b.id ? -1 : 1));
    return c.json({ territory: presentTerritoryRef(t), organisations }, 200);
  });

  app.openapi(plan, async (c) => {
    const { content, meta } = await publishedPlanContent(c.get('db'), c.req.valid('param').planId);
    return c.json(presentPublicPlan(content, meta), 200);
  });

  app.openapi(indicator, async (c) => {
    const { territoryId, code } = c.req.valid('param');
    const { view, meta } = await publishedIndicatorView(c.get('db'), territoryId, code, c.req.valid('query').orgId);
    return c.json({ ...presentIndicatorView(territoryId, view), ...meta }, 200);
  });
}
