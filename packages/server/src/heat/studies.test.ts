import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../test/harness';
import { anonymous, api, seedAction, seedPlan, seedTenant } from '../plans/testing';
import { actions } from '../plans/schema';
import { SINKS_CSV, SOURCES_CSV, uploadLayer } from './testing';

let t: TestContext;
let w: Awaited<ReturnType<typeof seedTenant>>;
const ids: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestContext();
  w = await seedTenant(t);
  ids.sources = (await uploadLayer(t, w.org.id, w.editor.headers, SOURCES_CSV, { kind: 'sources', name: 'Sources' })).body.id;
  ids.sinks = (await uploadLayer(t, w.org.id, w.editor.headers, SINKS_CSV, { kind: 'sinks', name: 'Besoins' })).body.id;
  ids.foreignSinks = (await uploadLayer(t, w.otherOrg.id, w.outsider.headers, SINKS_CSV, { kind: 'sinks', name: 'Autre' })).body.id;
});
afterAll(() => t.close());

const studiesPath = () => `/api/organisations/${w.org.id}/heat/studies`;
const body = (extra: Record<string, unknown> = {}) => ({
  name: 'Étude test', sourceLayerId: ids.sources, sinkLayerId: ids.sinks, params: { radius_m: 10_000 }, potentialMode: 'mean', objectiveMwh: 20_000, ...extra,
});

describe('heat studies', () => {
  it('creates, runs and ranks opportunities; the potential mode sets what a source offers', async () => {
    const created = await api(t).post(studiesPath(), w.editor, body());
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', potentialMode: 'mean', objectiveMwh: 20_000, version: 1 });
    ids.study = created.body.id;

    const ran = await api(t).post(`/api/heat/studies/${ids.study}/run`, w.editor);
    expect(ran.status).toBe(200);
    expect(ran.body).toMatchObject({ status: 'computed', version: 2 });
    const r = ran.body.result;
    expect(r.flows.length).toBeGreaterThan(0);
    const recovered = r.flows.reduce((s: number, f: { recoveredMwh: number }) => s + f.recoveredMwh, 0);
    expect(recovered).toBeCloseTo(r.summary.recoveredMwh, 3);
    expect(r.summary.objective.coverage).toBeCloseTo(r.summary.recoveredMwh / 20_000, 9);
    for (let i = 1; i < r.flows.length; i++) expect(r.flows[i - 1].recoveredMwh).toBeGreaterThanOrEqual(r.flows[i].recoveredMwh);
    expect(r.flows.map((f: { rank: number }) => f.rank)).toEqual(r.flows.map((_: unknown, i: number) => i + 1));
    const ivry = r.flows.filter((f: { source: { id: string } }) => f.source.id === 'uiom-ivry');
    const ivryMean = ivry.reduce((s: number, f: { recoveredMwh: number }) => s + f.recoveredMwh, 0);
    // Mean of the 8,000–12,000 MWh range: at most 10,000 MWh can leave the plant (recovered + line losses).
    expect(ivryMean).toBeLessThanOrEqual(10_000);
    expect(ivry[0].breakdown).toMatchObject({ mode: 'direct' });
    expect(ivry[0].explanation).toContain('MWh/an livrés');
    expect(r.merit.length).toBeGreaterThan(0);

    const patched = await api(t).patch(`/api/heat/studies/${ids.study}`, w.editor, { version: 2, potentialMode: 'max' });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ status: 'stale', potentialMode: 'max', version: 3 });
    const rerun = await api(t).post(`/api/heat/studies/${ids.study}/run`, w.editor);
    const ivryMax = rerun.body.result.flows.filter((f: { source: { id: string } }) => f.source.id === 'uiom-ivry').reduce((s: number, f: { recoveredMwh: number }) => s + f.recoveredMwh, 0);
    // The 13e network alone asks 20,000 MWh at 80 °C, served directly from 140 °C: with 12,000 offered, more than the mean leaves.
    expect(ivryMax).toBeGreaterThan(10_000);
    expect(ivryMax).toBeLessThanOrEqual(12_000);
    expect((await api(t).patch(`/api/heat/studies/${ids.study}`, w.editor, { version: 3, name: 'Obsolète' })).status).toBe(409);
  });

  it('exports the flows as CSV (engine columns, coordinates, formulas neutralised) and as GeoJSON', async () => {
    const csv = await t.app.request(`/api/heat/studies/${ids.study}/export?format=csv`, { headers: w.reader.headers });
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const lines = (await csv.text()).trim().split('\r\n');
    expect(lines[0]).toBe('rank,source_id,sink_id,recovered_mwh,delivered_mwh,cost_eur,cost_eur_per_mwh,source_name,source_lat,source_lon,sink_name,sink_lat,sink_lon');
    const ivry = lines.find((l) => l.includes('uiom-ivry'))!;
    expect(ivry).toContain(",'=UIOM Ivry (nom piégé),48.822000,2.397000,");
    const geo = await api(t).get(`/api/heat/studies/${ids.study}/export?format=geojson`, w.reader);
    expect(geo.status).toBe(200);
    expect(geo.body.type).toBe('FeatureCollection');
    expect(geo.body.features.length).toBe(lines.length - 1);
    expect(geo.body.features.find((f: { properties: { sourceId: string } }) => f.properties.sourceId === 'uiom-ivry').geometry.coordinates[0]).toEqual([2.397, 48.822]);
  });

  it('links an opportunity to an action of the same organisation, versioned', async () => {
    const study = (await api(t).get(`/api/heat/studies/${ids.study}`, w.reader)).body;
    const flow = study.result.flows.find((f: { source: { id: string } }) => f.source.id === 'uiom-ivry');
    const plan = await seedPlan(t, w.org.id);
    const action = await seedAction(t, plan, { title: 'Récupérer la chaleur de l’UIOM' });
    const path = `/api/heat/studies/${ids.study}/opportunities/link`;
    const link = { sourceId: 'uiom-ivry', sinkId: flow.sink.id, actionId: action.id, actionVersion: action.version };
    const res = await api(t).post(path, w.editor, link);
    expect(res.status).toBe(200);
    expect(res.body.impactMwhPerYear).toBeCloseTo(flow.deliveredMwh, 3);
    const [row] = await t.database.db.select().from(actions).where(eq(actions.id, action.id));
    expect(Number(row.impactMwhPerYear)).toBeCloseTo(flow.deliveredMwh, 3);
    expect(row.impactNote).toBe(flow.explanation);
    expect((await api(t).post(path, w.editor, link)).status).toBe(409); // the action's version moved on
    expect((await api(t).post(path, w.editor, { ...link, sinkId: 'nope', actionVersion: row.version })).status).toBe(404);
    const foreignPlan = await seedPlan(t, w.otherOrg.id);
    const foreign = await seedAction(t, foreignPlan, { title: 'Ailleurs' });
    const other = await api(t).post(path, w.editor, { ...link, actionId: foreign.id, actionVersion: foreign.version });
    expect(other.status).toBe(404);
    expect((await api(t).post(path, w.reader, { ...link, actionVersion: row.version })).status).toBe(403);
    expect((await api(t).post(path, w.outsider, { ...link, actionVersion: row.version })).status).toBe(404);
  });

  it('refuses layers of another organisation or of the wrong kind, and unknown parameters', async () => {
    const foreign = await api(t).post(studiesPath(), w.editor, body({ sinkLayerId: ids.foreignSinks }));
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors).toEqual([{ path: 'sinkLayerId', message: expect.any(String) }]);
    const swapped = await api(t).post(studiesPath(), w.editor, body({ sourceLayerId: ids.sinks }));
    expect(swapped.body.errors[0].path).toBe('sourceLayerId');
    const params = await api(t).post(studiesPath(), w.editor, body({ params: { radius_km: 3 } }));
    expect(params.status).toBe(400);
    expect(params.body.code).toBe('invalid_parameters');
  });

  it('isolates tenants and roles', async () => {
    const s = `/api/heat/studies/${ids.study}`;
    expect((await api(t).get(s, w.outsider)).status).toBe(404);
    expect((await api(t).get(s, anonymous)).status).toBe(401);
    expect((await api(t).get(studiesPath(), w.outsider)).status).toBe(404);
    expect((await api(t).get(studiesPath(), w.reader)).body.items.map((i: { id: string }) => i.id)).toContain(ids.study);
    expect((await api(t).post(studiesPath(), w.reader, body())).status).toBe(403);
    expect((await api(t).post(studiesPath(), w.restricted, body())).status).toBe(403);
    expect((await api(t).post(`${s}/run`, w.reader)).status).toBe(403);
    expect((await api(t).post(`${s}/run`, w.outsider)).status).toBe(404);
    expect((await api(t).patch(s, w.reader, { version: 1, name: 'x' })).status).toBe(403);
    expect((await api(t).get(`${s}/export`, w.outsider)).status).toBe(404);
    expect((await api(t).del(`/api/heat/layers/${ids.sources}`, w.editor)).status).toBe(409); // used by the study
  });
});
