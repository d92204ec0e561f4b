import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { costContext, evaluateArc } from './arc-cost';
import { HeatInputError } from './errors';
import { resolveParams } from './params';
import { hourlyWithdrawnMwh, normaliseProfile, profileOf } from './profiles';
import { HOURS_PER_YEAR } from './types';

const flat = () => new Float64Array(HOURS_PER_YEAR).fill(1 / HOURS_PER_YEAR);
/** Shares on the first `hours` hours only. */
const firstHours = (hours: number) => Float64Array.from({ length: HOURS_PER_YEAR }, (_, h) => (h < hours ? 1 / hours : 0));

describe('hourlyWithdrawnMwh', () => {
  it('equals the annual formula min(S, D/g + L) with flat profiles', () => {
    expect(hourlyWithdrawnMwh(5000, flat(), 1000, flat(), 177)).toBeCloseTo(1177, 6);
    expect(hourlyWithdrawnMwh(800, null, 1000, null, 50)).toBeCloseTo(800, 6);
  });

  it('hand case: a source producing only in the first half of the year, a flat sink', () => {
    // Source 8,760 MWh over hours 0–4379: 2 MWh/h. Sink usable 4,380 MWh flat: 0.5 MWh/h. No loss.
    // First half: min(2, 0.5) = 0.5 × 4,380 h = 2,190; second half: min(0, 0.5) = 0. Annual minimum would be 4,380.
    expect(hourlyWithdrawnMwh(8760, firstHours(4380), 4380, null, 0)).toBeCloseTo(2190, 6);
  });

  it('never exceeds the annual withdrawal, so profiles only lower a capacity', () => {
    const shares = fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 24, maxLength: 24 }).filter((a) => a.some((v) => v > 0));
    // A day pattern repeated over the year keeps the test fast while varying the shape.
    const year = (day: number[]) => normaliseProfile('p', Array.from({ length: HOURS_PER_YEAR }, (_, h) => day[h % 24]));
    fc.assert(
      fc.property(shares, shares, fc.double({ min: 1, max: 1e5, noNaN: true }), fc.double({ min: 1, max: 1e5, noNaN: true }), fc.double({ min: 0, max: 1e3, noNaN: true }), (p, q, s, d, l) => {
        expect(hourlyWithdrawnMwh(s, year(p), d, year(q), l)).toBeLessThanOrEqual(Math.min(s, d + l) * (1 + 1e-12));
      }),
      { numRuns: 50 },
    );
  });
});

describe('profiles in an arc', () => {
  it('shrink the capacity when the source and the sink do not run at the same hours', () => {
    const params = resolveParams({ max_cost_eur_per_mwh: 1e6 });
    const base = { distanceM: 500, supplyMwh: 2000, sourceC: 120, demandMwh: 2000, sinkC: 70, sinkKind: 'district' as const };
    const annual = evaluateArc({ ...base, sourceProfile: null, sinkProfile: null }, costContext(params));
    // Source in the first half of the year, sink in the second: nothing can flow.
    const disjoint = evaluateArc(
      { ...base, sourceProfile: firstHours(4380), sinkProfile: Float64Array.from(firstHours(4380)).reverse() },
      costContext(params),
    );
    expect(annual.ok).toBe(true);
    expect(disjoint).toEqual({ ok: false, reason: 'losses' });
  });
});

describe('normaliseProfile and profileOf', () => {
  it('scales to shares summing to one and refuses negative or all-zero series', () => {
    const p = normaliseProfile('x', [1, 3]);
    expect([...p]).toEqual([0.25, 0.75]);
    expect(() => normaliseProfile('x', [1, -1])).toThrow(HeatInputError);
    expect(() => normaliseProfile('x', [0, 0])).toThrow(/all zero/);
  });

  it('names a missing profile instead of falling back to a flat year', () => {
    expect(profileOf(new Map(), undefined, 'sink s1')).toBeNull();
    expect(() => profileOf(new Map(), 'winter', "sink 's1'")).toThrow(/unknown profile 'winter'/);
    expect(() => profileOf(new Map([['short', new Float64Array(24)]]), 'short', 'x')).toThrow(/expected 8760/);
  });
});
