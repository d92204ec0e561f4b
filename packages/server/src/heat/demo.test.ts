import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { createTestContext, type TestContext } from '../../test/harness';
import { organisations } from '../organisations/schema';
import { loadDemo } from '../demo';
import { grandParisHeatSinks, grandParisHeatSources } from './demo';
import { heatLayers, heatStudies } from './schema';
import { computeStudy } from './run';

let t: TestContext;
beforeAll(async () => {
  t = await createTestContext();
});
afterAll(() => t.close());

const sum = (xs: { annualMwh: number }[]) => xs.reduce((s, x) => s + x.annualMwh, 0);

describe('Grand Paris waste-heat demo', () => {
  const sources = grandParisHeatSources();
  const byKind = (k: string) => sources.filter((s) => s.kind === k);

  it('matches the seed: 779 / 471 / 296 / 65 GWh by filière, 1,611 GWh in all', () => {
    expect(sum(byKind('datacenter'))).toBe(779_000);
    expect(sum(byKind('wastewater'))).toBe(471_000);
    expect(sum(byKind('incinerator'))).toBe(296_000);
    expect(sum(byKind('laundry'))).toBe(65_000);
    expect(sum(sources)).toBe(1_611_000);
    expect(byKind('incinerator')).toHaveLength(3); // Ivry-Paris XIII, Isséane, Saint-Ouen
    expect(byKind('wastewater')).toHaveLength(5);
  });

  it('spreads laundries over more than 1,600 points, only 46 above 100 MWh carrying 23 % of 65 GWh', () => {
    const laundries = byKind('laundry');
    expect(laundries.length).toBeGreaterThan(1_600);
    const large = laundries.filter((l) => l.annualMwh > 100);
    expect(large).toHaveLength(46);
    expect(sum(large) / 65_000).toBeCloseTo(0.23, 4);
  });

  it('is deterministic, has unique ids and labels every synthesised point', () => {
    expect(grandParisHeatSources()).toEqual(sources);
    expect(new Set(sources.map((s) => s.id)).size).toBe(sources.length);
    for (const s of [...byKind('datacenter'), ...byKind('laundry'), ...grandParisHeatSinks()]) expect(s.name).toMatch(/synthétique/);
    expect(grandParisHeatSinks()).toHaveLength(12);
  });

  it('loads with the demo as a draft study of the Grand Paris organisation, which runs', async () => {
    expect(await loadDemo(t.database.db)).toBe(true);
    const db = t.database.db;
    const [mgp] = await db.select().from(organisations).where(eq(organisations.siren, '200054781'));
    const [study] = await db.select().from(heatStudies).where(eq(heatStudies.organisationId, mgp.id));
    expect(study).toMatchObject({ status: 'draft', objectiveMwh: 200_000, result: null });
    const layers = await db.select().from(heatLayers).where(eq(heatLayers.organisationId, mgp.id));
    const src = layers.find((l) => l.id === study.sourceLayerId)!;
    const snk = layers.find((l) => l.id === study.sinkLayerId)!;
    expect(sum(src.features)).toBe(1_611_000);
    const result = await computeStudy(study, src, snk);
    expect(result.summary.status).toBe('optimal');
    expect(result.summary.objective).toMatchObject({ mwh: 200_000, basis: 'recovered' });
    expect(result.flows.length).toBeGreaterThan(0);
  });
});
