import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../test/harness';
import { call } from '../../test/fixtures';
import { organisations } from '../organisations/schema';
import { seedTenant } from '../plans/testing';
import { importLines, series } from './testing';

let t: TestContext;
let w: Awaited<ReturnType<typeof seedTenant>>;
const T = 'commune:42218';
// ORE: a constant −10 %/yr series 2015–2019; CITEPA: a newer version with 2019 only.
const ORE: [number, string][] = [[2015, '1000'], [2016, '900'], [2017, '810'], [2018, '729'], [2019, '656,1']];
beforeAll(async () => {
  t = await createTestContext();
  w = await seedTenant(t);
  await importLines(t, w.org.id, w.editor.headers, [
    ...series('42218', 'ghg', 'ORE', '01/01/2023', ORE),
    ...series('42218', 'ghg', 'CITEPA', '01/06/2024', [[2019, '700']]),
  ]);
});
afterAll(() => t.close());

const view = (orgId: string, headers: Record<string, string>, code = 'ghg') =>
  call(t.app, 'GET', `/api/territories/${T}/indicators/${code}?orgId=${orgId}`, headers);
const put = (what: string, headers: Record<string, string>, body: unknown, orgId = w.org.id) =>
  call(t.app, 'PUT', `/api/organisations/${orgId}/${what}`, headers, body);
const objective = (extra: Record<string, unknown>) => ({
  territoryId: T,
  indicatorCode: 'ghg',
  referenceYear: 2015,
  milestones: [{ year: 2025, mode: 'percent', value: -50 }],
  interpolation: 'linear',
  ...extra,
});

describe('indicator view, preferences and objectives', () => {
  it('prefers the most recent source version, then the organisation preference', async () => {
    const first = await view(w.org.id, w.reader.headers);
    expect(first.status).toBe(200);
    const [citepa, ore] = first.body.series;
    expect([citepa.source.producer, ore.source.producer]).toEqual(['CITEPA', 'ORE']);
    expect(first.body.preferredSource).toEqual({ sourceId: citepa.source.id, reason: 'latest_version' });
    expect(ore.observed.map((p: { value: number }) => p.value)).toEqual([1000, 900, 810, 729, 656.1]);

    expect((await put('indicator-preferences', w.reader.headers, { territoryId: T, indicatorCode: 'ghg', preferredSourceId: ore.source.id })).status).toBe(403);
    const set = await put('indicator-preferences', w.editor.headers, { territoryId: T, indicatorCode: 'ghg', preferredSourceId: ore.source.id });
    expect(set.status).toBe(200);
    expect((await view(w.org.id, w.reader.headers)).body.preferredSource).toEqual({ sourceId: ore.source.id, reason: 'preference' });
    // Linear trend on 2015–2019: slope = Σdx·y / Σdx² = (−2000 − 900 + 729 + 1312.2) / 10 = −85.88.
    const trend = (await view(w.org.id, w.reader.headers)).body.trend;
    expect(trend.linear.slope).toBeCloseTo(-85.88, 9);
    expect(trend.constantRate.annualRate).toBeCloseTo(-0.1, 12);
  });

  it('refuses a source of another organisation as preference', async () => {
    await importLines(t, w.otherOrg.id, w.outsider.headers, series('42218', 'ghg', 'Autre', '2024', [[2019, '1']]));
    const other = await view(w.otherOrg.id, w.outsider.headers);
    const res = await put('indicator-preferences', w.editor.headers, { territoryId: T, indicatorCode: 'ghg', preferredSourceId: other.body.series[0].source.id });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('unknown_source');
  });

  it('builds the trajectory from the objective and judges the observed trend against it (versioned updates)', async () => {
    expect((await put('objectives', w.reader.headers, objective({}))).status).toBe(403);
    const created = await put('objectives', w.editor.headers, objective({}));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ version: 1, referenceValue: null });
    const v = (await view(w.org.id, w.reader.headers)).body;
    // Reference = the observed 2015 value 1000; −50 % in 2025 = 500; linear: 1000 − 50·(y − 2015).
    expect(v.milestones).toEqual([{ year: 2015, value: 1000 }, { year: 2025, value: 500 }]);
    expect(v.trajectory).toHaveLength(11);
    expect(v.trajectory[5]).toEqual({ year: 2020, value: 750 });
    // Required from 656.1 (2019) to 500 (2025): (500/656.1)^(1/6) − 1 = −0.04427416097415489 (bc -l); observed −10 %/yr.
    expect(v.assessment.status).toBe('on_track');
    expect(v.assessment.target).toEqual({ year: 2025, value: 500 });
    expect(v.assessment.requiredRate).toBeCloseTo(-0.04427416097415489, 12);
    expect(v.assessment.requiredRateFromReference).toBeCloseTo(-0.06696700846319258, 12); // 0.5^(1/10) − 1
    expect(v.assessment.observedRate).toBeCloseTo(-0.1, 12);

    const stale = await put('objectives', w.editor.headers, objective({ milestones: [{ year: 2025, mode: 'percent', value: -90 }] }));
    expect(stale.status).toBe(409);
    expect(stale.body.currentVersion).toBe(1);
    const updated = await put('objectives', w.editor.headers, objective({ version: 1, milestones: [{ year: 2025, mode: 'absolute', value: 100 }], interpolation: 'constant-rate' }));
    expect(updated.status).toBe(200);
    expect(updated.body.version).toBe(2);
    expect((await put('objectives', w.editor.headers, objective({ version: 1 }))).body).toMatchObject({ code: 'version_conflict', currentVersion: 2 });
    const off = (await view(w.org.id, w.reader.headers)).body;
    // Constant rate 1000 → 100 over 10 years: 2020 is 1000·0.1^(1/2) = 316.22776601683796.
    expect(off.trajectory[5].value).toBeCloseTo(316.22776601683796, 9);
    // Required (100/656.1)^(1/6) − 1 = −0.26913304389836972 is steeper than −10 %/yr.
    expect(off.assessment.status).toBe('off_track');
    expect(off.assessment.requiredRate).toBeCloseTo(-0.2691330438983697, 12);

    const list = await call(t.app, 'GET', `/api/organisations/${w.org.id}/objectives?territoryId=${T}`, w.reader.headers);
    expect(list.body.items.map((o: { indicatorCode: string; version: number }) => [o.indicatorCode, o.version])).toEqual([['ghg', 2]]);
  });

  it('rejects milestones not after the reference year', async () => {
    const res = await put('objectives', w.editor.headers, objective({ indicatorCode: 'final_energy', milestones: [{ year: 2015, mode: 'percent', value: -10 }] }));
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('invalid_objective');
  });

  it('summarises key indicators on the dashboard of the organisation territory', async () => {
    const none = await call(t.app, 'GET', `/api/organisations/${w.org.id}/dashboard`, w.reader.headers);
    expect(none.body).toEqual({ territoryId: null, issue: 'no_territory', indicators: [] });
    await t.database.db.update(organisations).set({ territoryId: T }).where(eq(organisations.id, w.org.id));
    const res = await call(t.app, 'GET', `/api/organisations/${w.org.id}/dashboard`, w.reader.headers);
    expect(res.status).toBe(200);
    expect(res.body.indicators.map((i: { code: string }) => i.code)).toEqual(['final_energy', 'ghg']); // no renewables values
    const ghg = res.body.indicators[1];
    expect(ghg).toMatchObject({ latest: { year: 2019, value: 656.1 }, status: 'off_track', objective: { version: 2 } });
    expect(res.body.indicators[0]).toMatchObject({ latest: null, status: null, objective: null, trend: null });
  });

  it('keeps tenants apart: another organisation sees 404 with this orgId and none of these values with its own', async () => {
    const foreign = await view(w.org.id, w.outsider.headers);
    expect(foreign.status).toBe(404);
    expect(foreign.body.code).toBe('not_found');
    const own = (await view(w.otherOrg.id, w.outsider.headers)).body;
    expect(own.series.map((s: { source: { producer: string } }) => s.source.producer)).toEqual(['Autre']);
    expect(own.objective).toBeNull();
    expect((await call(t.app, 'GET', `/api/organisations/${w.org.id}/objectives`, w.outsider.headers)).status).toBe(404);
    expect((await put('objectives', w.outsider.headers, objective({}))).status).toBe(404);
    expect((await view(w.org.id, w.reader.headers, 'nope')).status).toBe(404);
  });
});
