import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costContext, evaluateArc } from './arc-cost';
import { buildArcs, type HeatStudy } from './arcs';
import { haversineM } from './distance';
import { resolveParams } from './params';
import { SINK_KINDS, SOURCE_KINDS } from './types';

/** Random study in a 60 × 60 km box around Paris, with a mix of temperatures so every drop reason can occur. */
const study = fc
  .record({
    sources: fc.array(
      fc.record({
        lat: fc.double({ min: 48.6, max: 49.1, noNaN: true }),
        lon: fc.double({ min: 2.0, max: 2.8, noNaN: true }),
        annualMwh: fc.double({ min: 0, max: 50_000, noNaN: true }),
        temperatureC: fc.double({ min: 15, max: 200, noNaN: true }),
        kind: fc.constantFrom(...SOURCE_KINDS),
      }),
      { maxLength: 25 },
    ),
    sinks: fc.array(
      fc.record({
        lat: fc.double({ min: 48.6, max: 49.1, noNaN: true }),
        lon: fc.double({ min: 2.0, max: 2.8, noNaN: true }),
        annualMwh: fc.double({ min: 0, max: 50_000, noNaN: true }),
        supplyTemperatureC: fc.double({ min: 35, max: 110, noNaN: true }),
        kind: fc.constantFrom(...SINK_KINDS),
      }),
      { maxLength: 60 },
    ),
  })
  .map(
    ({ sources, sinks }): HeatStudy => ({
      sources: sources.map((s, i) => ({ ...s, id: `s${i}`, name: '' })),
      sinks: sinks.map((s, j) => ({ ...s, id: `d${j}`, name: '' })),
    }),
  );

describe('buildArcs', () => {
  it('keeps exactly the pairs an all-pairs scan keeps, with the same figures, ordered by source then sink', () => {
    fc.assert(
      fc.property(study, fc.double({ min: 500, max: 30_000, noNaN: true }), fc.double({ min: 5, max: 150, noNaN: true }), (s, radius, maxCost) => {
        const params = resolveParams({ radius_m: radius, max_cost_eur_per_mwh: maxCost });
        const ctx = costContext(params);
        const expected: { source: number; sink: number; cost: number }[] = [];
        const dropped = { temperature: 0, zero_energy: 0, losses: 0, too_large: 0, cost: 0 };
        let candidates = 0;
        s.sources.forEach((src, i) =>
          s.sinks.forEach((snk, j) => {
            const d = haversineM(src.lat, src.lon, snk.lat, snk.lon);
            if (d > radius) return;
            candidates += 1;
            const out = evaluateArc(
              {
                distanceM: d,
                supplyMwh: src.annualMwh,
                sourceC: src.temperatureC,
                sourceProfile: null,
                demandMwh: snk.annualMwh,
                sinkC: snk.supplyTemperatureC,
                sinkKind: snk.kind,
                sinkProfile: null,
              },
              ctx,
            );
            if (out.ok) expected.push({ source: i, sink: j, cost: out.breakdown.costEurPerMwh });
            else dropped[out.reason] += 1;
          }),
        );
        const got = buildArcs(s, params);
        expect(got.arcs.map((a) => ({ source: a.source, sink: a.sink, cost: a.breakdown.costEurPerMwh }))).toEqual(expected);
        // The economic radius skips pairs the full scan drops before sizing (zero energy, temperature or the cost
        // bound): fewer candidates, the same kept arcs, the same drops on losses and size.
        expect(got.candidates).toBeLessThanOrEqual(candidates);
        expect(got.arcs.length + Object.values(got.dropped).reduce((a, b) => a + b, 0)).toBe(got.candidates);
        expect(candidates - got.candidates).toBe(dropped.cost - got.dropped.cost + dropped.temperature - got.dropped.temperature + dropped.zero_energy - got.dropped.zero_energy);
        expect([got.dropped.losses, got.dropped.too_large]).toEqual([dropped.losses, dropped.too_large]);
      }),
      { numRuns: 100 },
    );
  });

  it('uses the named profiles of the study', () => {
    const winter = Float64Array.from({ length: 8760 }, (_, h) => (h < 2190 ? 1 / 2190 : 0));
    const s: HeatStudy = {
      sources: [{ id: 'a', kind: 'industry', name: '', lat: 48.8, lon: 2.3, annualMwh: 1000, temperatureC: 120, profile: 'winter' }],
      sinks: [{ id: 'b', kind: 'district', name: '', lat: 48.801, lon: 2.3, annualMwh: 1000, supplyTemperatureC: 70 }],
      profiles: new Map([['winter', winter]]),
    };
    const params = resolveParams({ max_cost_eur_per_mwh: 1e6 });
    const withProfile = buildArcs(s, params).arcs[0].breakdown;
    const annual = buildArcs({ ...s, sources: [{ ...s.sources[0], profile: undefined }] }, params).arcs[0].breakdown;
    // The source runs a quarter of the year at 4× its average; the flat sink takes a quarter of its demand then.
    expect(annual.capacityMwh).toBeGreaterThan(900);
    expect(withProfile.capacityMwh).toBeLessThan(annual.capacityMwh / 3);
  });
});
