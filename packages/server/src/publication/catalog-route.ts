import { createRoute, z } from '@hono/zod-openapi';
import { inArray, max, min } from 'drizzle-orm';
import type { App } from '../http/context';
import { indicatorValues } from '../indicators/schema';
import { territories } from '../territories/schema';
import { buildCatalog } from './catalog';
import { listPublished } from './store';

const catalog = createRoute({
  method: 'get', path: '/api/catalog', operationId: 'getOpenDataCatalog', tags: ['public'], security: [],
  summary: 'DCAT-AP catalogue (JSON-LD) of every published plan and indicator, with their downloads',
  responses: { 200: { description: 'dcat:Catalog', content: { 'application/ld+json': { schema: z.object({}).passthrough() } } } },
});

export function registerCatalog(app: App) {
  app.openapi(catalog, async (c) => {
    const db = c.get('db');
    const entries = await listPublished(db);
    const territoryIds = [...new Set(entries.flatMap((e) => [e.publication.territoryId, e.organisation.territoryId]).filter((x): x is string => !!x))];
    const indicators = entries.filter((e) => e.publication.kind === 'indicator');
    const orgIds = [...new Set(indicators.map((e) => e.organisation.id))];
    const [names, years] = await Promise.all([
      territoryIds.length ? db.select({ id: territories.id, name: territories.name }).from(territories).where(inArray(territories.id, territoryIds)) : [],
      orgIds.length
        ? db
            .select({ org: indicatorValues.organisationId, territory: indicatorValues.territoryId, code: indicatorValues.indicatorCode, min: min(indicatorValues.year), max: max(indicatorValues.year) })
            .from(indicatorValues)
            .where(inArray(indicatorValues.organisationId, orgIds))
            .groupBy(indicatorValues.organisationId, indicatorValues.territoryId, indicatorValues.indicatorCode)
        : [],
    ]);
    const valueYears = new Map(years.filter((y) => y.min !== null && y.max !== null).map((y) => [`${y.org}|${y.territory}|${y.code}`, { min: y.min!, max: y.max! }]));
    const base = new URL(c.req.url).origin;
    const body = buildCatalog(base, entries, new Map(names.map((n) => [n.id, n.name])), valueYears);
    // c.json keeps an explicit content type: JSON-LD is JSON with its own media type.
    return c.json(body, 200, { 'content-type': 'application/ld+json; charset=utf-8', 'access-control-allow-origin': '*' });
  });
}
