import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../test/harness';
import { call } from '../../test/fixtures';
import { organisations } from '../organisations/schema';
import { seedAction, seedPlan, seedTenant } from '../plans/testing';
import { importLines } from './testing';

let t: TestContext;
let w: Awaited<ReturnType<typeof seedTenant>>;
beforeAll(async () => {
  t = await createTestContext();
  w = await seedTenant(t);
});
afterAll(() => t.close());

const coverage = (planId: string, headers: Record<string, string>) => call(t.app, 'GET', `/api/plans/${planId}/levers/coverage`, headers);
type Lever = { code: string; neededKt: number | null; plannedKt: number; coverage: number | null; gapKt: number | null; verdict: string; actionIds: string[]; actionsAfterTarget: string[]; missing: string[] };

describe('lever coverage of a plan', () => {
  it('says which inputs are missing when the organisation has no territory', async () => {
    const plan = await seedPlan(t, w.org.id);
    const res = await coverage(plan.id, w.reader.headers);
    expect(res.status).toBe(200);
    expect(res.body.insufficientData).toEqual([{ reason: 'no_territory', indicators: [] }]);
    expect(res.body.levers.every((l: Lever) => l.verdict === 'no_target' && l.neededKt === null)).toBe(true);
  });

  it('splits the 2019→2030 residential reduction with the regional shares and compares it with the actions', async () => {
    await t.database.db.update(organisations).set({ territoryId: 'commune:42218' }).where(eq(organisations.id, w.org.id));
    // Residential GHG 2019: 100,000 tCO2e = 100 kt; objective −40 % in 2030 vs 2019 → 60 kt.
    await importLines(t, w.org.id, w.editor.headers, ['42218;ghg.sector.residential;2019;100 000;tCO2e;observé;ORE;2023']);
    const put = await call(t.app, 'PUT', `/api/organisations/${w.org.id}/objectives`, w.editor.headers, {
      territoryId: 'commune:42218',
      indicatorCode: 'ghg.sector.residential',
      referenceYear: 2019,
      milestones: [{ year: 2030, mode: 'percent', value: -40 }],
    });
    expect(put.status).toBe(201);
    const plan = await seedPlan(t, w.org.id);
    const oil = await seedAction(t, plan, { title: 'Fioul', copLevers: ['residential-oil-boiler-replacement'], impactTco2ePerYear: 8600 });
    await seedAction(t, plan, { title: 'Gaz', copLevers: ['residential-gas-boiler-replacement'], impactTco2ePerYear: 20000 });
    await seedAction(t, plan, { title: 'Abandonnée', status: 'abandoned', copLevers: ['residential-sufficiency-insulation'], impactTco2ePerYear: 5000 });
    const late = await seedAction(t, plan, { title: 'Tardive', startDate: '2031-01-01', copLevers: ['residential-sufficiency-insulation'], impactTco2ePerYear: 5000 });
    const res = await coverage(plan.id, w.reader.headers);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ territoryId: 'commune:42218', regionCode: '84', referenceYear: 2019, targetYear: 2030 });
    const by = new Map<string, Lever>(res.body.levers.map((l: Lever) => [l.code, l]));
    // Auvergne-Rhône-Alpes shares: oil 43 %, gas 32 %, sufficiency 25 % of the 40 kt reduction.
    const oilLever = by.get('residential-oil-boiler-replacement')!;
    expect(oilLever.neededKt).toBeCloseTo(17.2, 9);
    expect(oilLever.plannedKt).toBeCloseTo(8.6, 9);
    expect(oilLever.coverage).toBeCloseTo(0.5, 9);
    expect(oilLever.gapKt).toBeCloseTo(8.6, 9);
    expect(oilLever.verdict).toBe('short');
    expect(oilLever.actionIds).toEqual([oil.id]);
    const gas = by.get('residential-gas-boiler-replacement')!;
    expect(gas.neededKt).toBeCloseTo(12.8, 9);
    expect(gas.coverage).toBeCloseTo(20 / 12.8, 9);
    expect(gas).toMatchObject({ verdict: 'covered', gapKt: 0 });
    const sufficiency = by.get('residential-sufficiency-insulation')!;
    expect(sufficiency.neededKt).toBeCloseTo(10, 9);
    expect(sufficiency).toMatchObject({ plannedKt: 0, coverage: 0, verdict: 'short', actionsAfterTarget: [late.id] });
    // Other sectors have no data: reported, never counted as zero.
    expect(by.get('electric-vehicles')).toMatchObject({ verdict: 'no_target', neededKt: null });
    const reasons = new Map(res.body.insufficientData.map((r: { reason: string; indicators: string[] }) => [r.reason, r.indicators]));
    expect(reasons.get('missing_2019_values')).toContain('ghg.sector.tertiary');
    expect(reasons.get('missing_2019_values')).not.toContain('ghg.sector.residential');
    expect(reasons.get('missing_2030_objectives')).toContain('ghg.sector.road_transport');
    expect(reasons.has('no_territory')).toBe(false);
  });

  it('answers 404 to another organisation', async () => {
    const plan = await seedPlan(t, w.org.id);
    const res = await coverage(plan.id, w.outsider.headers);
    expect(res.status).toBe(404);
  });
});
