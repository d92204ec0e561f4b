import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness';
import { call } from '../../test/fixtures';

// Expected facts are read from the source package directly, independently of the loader and queries under test.
const require = createRequire(import.meta.url);
const epcis = require('@etalab/decoupage-administratif/data/epci.json') as { code: string; membres: { code: string }[] }[];
const communes = require('@etalab/decoupage-administratif/data/communes.json') as { code: string; type: string; departement?: string }[];
const membersOf = (siren: string) => epcis.find((e) => e.code === siren)!.membres.map((m) => `commune:${m.code}`);

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

const get = (path: string) => call(t.app, 'GET', path, {});

describe('GET /api/territories/{id}', () => {
  it('gives a commune its EPCI, département and région with names', async () => {
    const res = await get('/api/territories/commune:42218');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      id: 'commune:42218',
      kind: 'commune',
      code: '42218',
      name: 'Saint-Étienne',
      siren: '214202186',
      childrenCount: 0,
      parents: {
        epcis: [{ id: 'epci:244200770', kind: 'epci', name: 'Saint-Étienne Métropole' }],
        departement: { id: 'departement:42', name: 'Loire' },
        region: { id: 'region:84', name: 'Auvergne-Rhône-Alpes' },
      },
    });
    expect(res.body.population).toBeGreaterThan(100_000);
    expect(res.body.postcodes).toContain('42000');
  });

  it('gives an EPCI its département, région and member count', async () => {
    const res = await get('/api/territories/epci:200054781');
    expect(res.body).toMatchObject({
      kind: 'epci',
      siren: '200054781',
      epciType: 'METRO',
      childrenCount: membersOf('200054781').length,
      parents: { epcis: [], region: { id: 'region:11', name: 'Île-de-France' } },
    });
    expect(res.body.parents.departement.id).toMatch(/^departement:(75|77|78|91|92|93|94|95)$/);
  });

  it('counts communes of a département and départements of a région', async () => {
    const loire = communes.filter((c) => c.type === 'commune-actuelle' && c.departement === '42').length;
    expect((await get('/api/territories/departement:42')).body).toMatchObject({
      childrenCount: loire,
      parents: { departement: null, region: { id: 'region:84' } },
    });
    const region = (await get('/api/territories/region:84')).body;
    expect(region).toMatchObject({ childrenCount: 12, parents: { epcis: [], departement: null, region: null } });
  });

  it('accepts a percent-encoded id', async () => {
    expect((await get('/api/territories/commune%3A42218')).body.id).toBe('commune:42218');
  });

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    const missing = await get('/api/territories/commune:99999');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('not_found');
    for (const bad of ['42218', 'canton:42', "commune:1' or 1=1"]) {
      const res = await get(`/api/territories/${encodeURIComponent(bad)}`);
      expect(res.status).toBe(400);
    }
  });
});

describe('GET /api/territories/{id}/children', () => {
  async function all(id: string, limit: number) {
    const items: { id: string; population: number | null }[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const q: string = cursor ? `&cursor=${cursor}` : '';
      const res = await get(`/api/territories/${id}/children?limit=${limit}${q}`);
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(limit);
      items.push(...res.body.items);
      cursor = res.body.nextCursor;
      pages++;
    } while (cursor && pages < 100);
    return { items, pages };
  }

  it('pages through an EPCI’s member communes by population, without gaps or duplicates', async () => {
    const expected = membersOf('200069854');
    const { items, pages } = await all('epci:200069854', 15);
    expect(pages).toBe(Math.ceil(expected.length / 15));
    expect(items.map((i) => i.id).sort()).toEqual([...expected].sort());
    expect(items[0].id).toBe('commune:86194'); // Poitiers, the most populated
    const pops = items.map((i) => i.population ?? -1);
    expect(pops).toEqual([...pops].sort((a, b) => b - a));
  });

  it('lists a département’s communes and a région’s départements', async () => {
    const corsica = communes.filter((c) => c.type === 'commune-actuelle' && c.departement === '2A').map((c) => `commune:${c.code}`);
    const { items } = await all('departement:2A', 50);
    expect(items.map((i) => i.id).sort()).toEqual(corsica.sort());
    expect(items[0].id).toBe('commune:2A004'); // Ajaccio
    const res = await get('/api/territories/region:84/children?limit=100');
    expect(res.body.items).toHaveLength(12);
    expect(res.body.items.every((i: { kind: string }) => i.kind === 'departement')).toBe(true);
    expect(res.body.nextCursor).toBeNull();
  });

  it('gives a commune no children, 404 for unknown ids and 400 for a bad cursor', async () => {
    expect((await get('/api/territories/commune:42218/children')).body).toEqual({ items: [], nextCursor: null });
    expect((await get('/api/territories/epci:999999999/children')).status).toBe(404);
    const bad = await get('/api/territories/epci:200069854/children?cursor=nope');
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('invalid_cursor');
    const wrongShape = Buffer.from(JSON.stringify(['x', 1])).toString('base64url');
    expect((await get(`/api/territories/epci:200069854/children?cursor=${wrongShape}`)).body.code).toBe('invalid_cursor');
  });
});
