import { createRoute, z } from '@hono/zod-openapi';
import { TERRITORY_KINDS } from '@trajectoire/domain';
import type { App } from '../http/context';
import { badRequest, jsonContent as json, notFound, problems as pick } from '../http/problem';
import { decodeCursor, encodeCursor, pageOf, paginationQuery } from '../http/pagination';
import { presentTerritory, presentTerritoryRef, territoryDetailSchema, territorySchema } from './presenter';
import { countChildren, getTerritory, listChildren, searchTerritories, territoryParents } from './store';

const tags = ['territories'];
// Ids look like `commune:42218`; the pattern keeps arbitrary strings out of queries and error messages.
const idParam = z.object({
  id: z
    .string()
    .regex(/^(commune|epci|departement|region):[0-9AB]{1,14}$/)
    .openapi({ param: { name: 'id', in: 'path' }, example: 'commune:42218' }),
});

const search = createRoute({
  method: 'get',
  path: '/api/territories',
  operationId: 'searchTerritories',
  tags,
  security: [],
  description:
    'Search by name (accent- and case-insensitive, typo-tolerant), COG code, SIREN or postcode. Exact code matches ' +
    'come first, then exact names, name prefixes and similar names; ties by population.',
  request: {
    query: z.object({
      q: z.string().max(100).optional(),
      kind: z.enum(TERRITORY_KINDS).optional(),
      limit: z.coerce.number().int().min(1).max(100).default(20),
    }),
  },
  responses: { 200: json(z.object({ items: z.array(territorySchema) }), 'Best matches first'), ...pick(400) },
});

const detail = createRoute({
  method: 'get',
  path: '/api/territories/{id}',
  operationId: 'getTerritory',
  tags,
  security: [],
  request: { params: idParam },
  responses: { 200: json(territoryDetailSchema, 'The territory with its parents'), ...pick(400, 404) },
});

const children = createRoute({
  method: 'get',
  path: '/api/territories/{id}/children',
  operationId: 'listTerritoryChildren',
  tags,
  security: [],
  description: "EPCI: member communes; département: communes; région: départements. Sorted by population desc, then id.",
  request: { params: idParam, query: paginationQuery },
  responses: { 200: json(pageOf(territorySchema), 'One page of children'), ...pick(400, 404) },
});

export function registerTerritories(app: App) {
  app.openapi(search, async (c) => {
    const { q, kind, limit } = c.req.valid('query');
    const rows = await searchTerritories(c.get('db'), { q, kind, limit });
    return c.json({ items: rows.map(presentTerritory) }, 200);
  });

  app.openapi(detail, async (c) => {
    const db = c.get('db');
    const row = await getTerritory(db, c.req.valid('param').id);
    if (!row) throw notFound('Territoire');
    const parents = await territoryParents(db, row);
    const body = {
      ...presentTerritory(row),
      parents: {
        epcis: parents.epcis.map(presentTerritoryRef),
        departement: parents.departement && presentTerritoryRef(parents.departement),
        region: parents.region && presentTerritoryRef(parents.region),
      },
      childrenCount: await countChildren(db, row),
    };
    return c.json(body, 200);
  });

  app.openapi(children, async (c) => {
    const db = c.get('db');
    const { cursor, limit } = c.req.valid('query');
    const row = await getTerritory(db, c.req.valid('param').id);
    if (!row) throw notFound('Territoire');
    const after = decodeCursor(cursor, 2) as [number, string] | null;
    if (after && (typeof after[0] !== 'number' || typeof after[1] !== 'string'))
      throw badRequest('invalid_cursor', 'Curseur de pagination invalide.');
    const rows = await listChildren(db, row, after, limit + 1);
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    const nextCursor = rows.length > limit && last ? encodeCursor([last.population ?? -1, last.id]) : null;
    return c.json({ items: page.map(presentTerritory), nextCursor }, 200);
  });
}
