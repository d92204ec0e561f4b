import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../test/harness';
import { call, seedUser } from '../../test/fixtures';
import { normaliseSearch } from '@trajectoire/domain';
import { searchQuery } from './store';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

async function search(q: string, extra = '') {
  const res = await call(t.app, 'GET', `/api/territories?q=${encodeURIComponent(q)}${extra}`, {});
  expect(res.status).toBe(200);
  return res.body.items as { id: string; name: string; kind: string; population: number | null }[];
}
const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('GET /api/territories (public search)', () => {
  it('finds Saint-Étienne first whatever the accents, case and punctuation', async () => {
    for (const q of ['saint etienne', 'Saint-Étienne', 'SAINT ETIENNE', '  saint   étienne ']) {
      expect((await search(q))[0].id).toBe('commune:42218');
    }
  });

  it('puts exact COG code, postcode and SIREN matches first', async () => {
    expect((await search('42218'))[0]).toMatchObject({ id: 'commune:42218', name: 'Saint-Étienne' });
    expect((await search('75001'))[0]).toMatchObject({ id: 'commune:75056', name: 'Paris' });
    expect((await search('200054781'))[0]).toMatchObject({ id: 'epci:200054781', name: 'Métropole du Grand Paris' });
    expect((await search('200 054 781'))[0].id).toBe('epci:200054781');
    expect((await search('2a004'))[0]).toMatchObject({ id: 'commune:2A004', name: 'Ajaccio' });
    // A commune's own SIREN finds it too.
    expect((await search('214202186'))[0].id).toBe('commune:42218');
  });

  it('tolerates typos: "Poitier" finds Poitiers first, then Grand Poitiers', async () => {
    const items = await search('Poitier');
    expect(items[0].id).toBe('commune:86194');
    expect(ids(items).slice(0, 3)).toContain('epci:200069854');
    expect((await search('marseile'))[0].id).toBe('commune:13055');
  });

  it('ignores accents: "Évry", "evry" and "EVRY" give the same ranked list', async () => {
    const accented = ids(await search('Évry'));
    expect(ids(await search('evry'))).toEqual(accented);
    expect(ids(await search('EVRY'))).toEqual(accented);
    expect(accented.slice(0, 3)).toEqual(expect.arrayContaining(['commune:89162', 'commune:91228']));
  });

  it('ranks exact name, then prefixes by population, then similar names', async () => {
    const items = await search('saint etienne', '&limit=30');
    expect(items[0].name).toBe('Saint-Étienne');
    const prefixed = items.slice(1).filter((i) => normaliseSearch(i.name).startsWith('saint etienne'));
    // Prefix matches come as one block, before any merely similar name, ordered by population.
    expect(ids(items.slice(1, 1 + prefixed.length))).toEqual(ids(prefixed));
    const pops = prefixed.map((i) => i.population ?? -1);
    expect(pops).toEqual([...pops].sort((a, b) => b - a));
  });

  it('filters by kind and honours the limit', async () => {
    const depts = await search('paris', '&kind=departement');
    expect(depts.map((i) => i.kind)).toEqual(['departement']);
    expect(depts[0].id).toBe('departement:75');
    expect(await search('saint', '&limit=7')).toHaveLength(7);
  });

  it('lists the most populated territories without a query and nothing for punctuation only', async () => {
    const res = await call(t.app, 'GET', '/api/territories?kind=region&limit=3', {});
    const pops = res.body.items.map((i: { population: number }) => i.population);
    expect(res.body.items[0].id).toBe('region:11'); // Île-de-France
    expect(pops).toEqual([...pops].sort((a: number, b: number) => b - a));
    expect(await search(' - ')).toEqual([]);
  });

  it('rejects invalid parameters with validation_failed', async () => {
    for (const qs of ['kind=canton', 'limit=0', 'limit=101', `q=${'x'.repeat(101)}`]) {
      const res = await call(t.app, 'GET', `/api/territories?${qs}`, {});
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('validation_failed');
    }
  });

  it('answers authenticated callers the same as anonymous ones', async () => {
    const u = await seedUser(t.database.db, null, null);
    const res = await call(t.app, 'GET', '/api/territories?q=42218', u.headers);
    expect(res.body.items[0].id).toBe('commune:42218');
  });

  it('uses the indexes rather than scanning the 36k rows', async () => {
    const client = (t.database.db as unknown as { $client: { query(q: string, p: unknown[]): Promise<{ rows: object[] }> } }).$client;
    for (const q of ['poitier', '75001']) {
      const { sql, params } = searchQuery(t.database.db, { q, limit: 20 }).toSQL();
      const { rows } = await client.query(`EXPLAIN ${sql}`, params);
      const plan = rows.map((r) => Object.values(r)[0]).join('\n');
      expect(plan).toMatch(/Index Scan/);
      expect(plan).not.toMatch(/Seq Scan on territories/);
    }
  });
});
