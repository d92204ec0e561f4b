import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../test/harness';
import { anonymous, api, seedTenant } from '../plans/testing';
import { heatLayers } from './schema';
import { SINKS_CSV, SOURCES_CSV, uploadLayer } from './testing';

let t: TestContext;
let w: Awaited<ReturnType<typeof seedTenant>>;
beforeAll(async () => {
  t = await createTestContext();
  w = await seedTenant(t);
});
afterAll(() => t.close());

const count = async (orgId: string) =>
  Number((await t.database.db.select({ n: sql<number>`count(*)` }).from(heatLayers).where(eq(heatLayers.organisationId, orgId)))[0].n);

describe('heat layer import', () => {
  it('imports a WGS 84 CSV of sources with its Cerema-style potential range', async () => {
    const res = await uploadLayer(t, w.org.id, w.editor.headers, SOURCES_CSV, { kind: 'sources', name: 'Sources' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ kind: 'sources', crs: 'EPSG:4326', crsDetected: 'detected', featureCount: 2, totalMwh: 15000 });
    const got = await api(t).get(`/api/heat/layers/${res.body.id}`, w.reader);
    expect(got.status).toBe(200);
    expect(got.body.features.type).toBe('FeatureCollection');
    expect(got.body.features.features[0]).toMatchObject({
      id: 'uiom-ivry',
      geometry: { type: 'Point', coordinates: [2.397, 48.822] },
      properties: { kind: 'incinerator', annualMwh: 10000, temperatureC: 140, minMwh: 8000, maxMwh: 12000 },
    });
    expect(got.body.features.features[1].properties).not.toHaveProperty('minMwh');
  });

  it('detects Lambert-93 metres and converts them to WGS 84', async () => {
    // (700 000, 6 600 000) is the projection origin, 46°30′ N 3° E by definition of Lambert-93.
    const csv = 'id;kind;name;x;y;annual_mwh;supply_temperature_c\nrc;district;Origine;700000;6600000;1000;70\n';
    const res = await uploadLayer(t, w.org.id, w.editor.headers, csv, { kind: 'sinks', name: 'Lambert' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ crs: 'EPSG:2154', crsDetected: 'detected' });
    const [lon, lat] = (await api(t).get(`/api/heat/layers/${res.body.id}`, w.reader)).body.features.features[0].geometry.coordinates;
    expect(lat).toBeCloseTo(46.5, 7);
    expect(lon).toBeCloseTo(3, 9);
  });

  it('reads GeoJSON points, with a declared Lambert-93 CRS', async () => {
    const doc = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [700000, 6600000] }, properties: { id: 's1', type: 'blanchisserie', nom: 'Blanchisserie', potentiel_max_mwh: 300, potentiel_min_mwh: 100, temperature: 45 } }],
    };
    const res = await uploadLayer(t, w.org.id, w.editor.headers, JSON.stringify(doc), { kind: 'sources', name: 'GeoJSON', crs: 'EPSG:2154' }, 'l.geojson');
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ crs: 'EPSG:2154', crsDetected: 'declared', featureCount: 1, totalMwh: 200 }); // (100 + 300) / 2
    const f = (await api(t).get(`/api/heat/layers/${res.body.id}`, w.reader)).body.features.features[0];
    expect(f.properties).toMatchObject({ kind: 'laundry', minMwh: 100, maxMwh: 300 });
  });

  it('rejects the whole file with the row and column of each error, writing nothing', async () => {
    const before = await count(w.org.id);
    const csv = [
      'Identifiant;Type;Nom;Latitude;Longitude;annual_mwh;Température;potentiel_min_mwh;potentiel_max_mwh',
      'a;datacenter;A;48.85;2.35;1000;30;;',
      'b;volcano;B;48.85;2.35;1000;30;;',
      'c;datacenter;C;48,85;2.35;1000;30;;',
      'a;datacenter;D;2.35;48.85;1000;30;500;100',
    ].join('\n');
    const res = await uploadLayer(t, w.org.id, w.editor.headers, csv, { kind: 'sources', name: 'Erreurs' });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('heat_layer_invalid');
    const issues = res.body.issues.map((i: { code: string; row: number; column: string }) => [i.row, i.column, i.code]);
    expect(issues).toEqual(expect.arrayContaining([
      [3, 'Type', 'BAD_KIND'],
      [4, 'Latitude', 'BAD_NUMBER'],
      [5, 'Identifiant', 'DUPLICATE_ID'],
      [5, 'Latitude', 'COORDINATES_SWAPPED'],
      [5, 'potentiel_min_mwh', 'MIN_ABOVE_MAX'],
    ]));
    expect(issues).toHaveLength(5);
    expect(await count(w.org.id)).toBe(before);
  });

  it('refuses a missing temperature column, a non-multipart body and an unknown territory', async () => {
    const res = await uploadLayer(t, w.org.id, w.editor.headers, 'id,kind,name,lat,lon,annual_mwh\na,datacenter,A,48.8,2.3,1\n', { kind: 'sources', name: 'x' });
    expect(res.status).toBe(422);
    expect(res.body.issues[0]).toMatchObject({ code: 'CSV_HEADER', row: 1 });
    const json = await api(t).post(`/api/organisations/${w.org.id}/heat/layers`, w.editor, {});
    expect(json.status).toBe(415);
    const terr = await uploadLayer(t, w.org.id, w.editor.headers, SINKS_CSV, { kind: 'sinks', name: 'x', territoryId: 'commune:00000' });
    expect(terr.status).toBe(400);
    expect(terr.body.code).toBe('unknown_territory');
  });

  it('lists, pages and deletes layers; isolates tenants and roles', async () => {
    const a = await uploadLayer(t, w.org.id, w.editor.headers, SINKS_CSV, { kind: 'sinks', name: 'À supprimer' });
    expect(a.status).toBe(201);
    const page1 = await api(t).get(`/api/organisations/${w.org.id}/heat/layers?limit=2`, w.reader);
    expect(page1.status).toBe(200);
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.items[0].id).toBe(a.body.id); // newest first
    const page2 = await api(t).get(`/api/organisations/${w.org.id}/heat/layers?limit=2&cursor=${page1.body.nextCursor}`, w.reader);
    expect(page2.body.items.map((l: { id: string }) => l.id)).not.toContain(a.body.id);
    expect(page1.body.items.length + page2.body.items.length).toBeGreaterThanOrEqual(4);

    expect((await uploadLayer(t, w.org.id, w.reader.headers, SINKS_CSV, { kind: 'sinks', name: 'x' })).status).toBe(403);
    expect((await uploadLayer(t, w.org.id, w.outsider.headers, SINKS_CSV, { kind: 'sinks', name: 'x' })).status).toBe(404);
    expect((await uploadLayer(t, w.org.id, {}, SINKS_CSV, { kind: 'sinks', name: 'x' })).status).toBe(401);
    expect((await api(t).get(`/api/heat/layers/${a.body.id}`, w.outsider)).status).toBe(404);
    expect((await api(t).get(`/api/heat/layers/${a.body.id}`, anonymous)).status).toBe(401);
    expect((await api(t).get(`/api/organisations/${w.org.id}/heat/layers`, w.outsider)).status).toBe(404);
    expect((await api(t).del(`/api/heat/layers/${a.body.id}`, w.reader)).status).toBe(403);
    expect((await api(t).del(`/api/heat/layers/${a.body.id}`, w.restricted)).status).toBe(403);
    expect((await api(t).del(`/api/heat/layers/${a.body.id}`, w.outsider)).status).toBe(404);
    expect((await api(t).del(`/api/heat/layers/${a.body.id}`, w.editor)).status).toBe(204);
    expect((await api(t).get(`/api/heat/layers/${a.body.id}`, w.editor)).status).toBe(404);
  });
});
