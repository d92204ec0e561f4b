import { describe, expect, it } from 'vitest';
import { assessSectors, assessTrajectory } from './assess';

// Exact −2 %/yr from 100 in 2015: 2019 = 100 × 0.98^4 = 92.236816.
const falling = [0, 1, 2, 3, 4].map((k) => ({ year: 2015 + k, value: 100 * 0.98 ** k }));
// Exact +10 %/yr from 100 in 2015: 2019 = 146.41.
const rising = [0, 1, 2, 3, 4].map((k) => ({ year: 2015 + k, value: 100 * 1.1 ** k }));

describe('assessTrajectory', () => {
  it('is off track when the observed fall is slower than the fall still required', () => {
    // Required from 2019: (50 / 92.236816)^(1/11) − 1 = −0.05414589136612195541 (bc); observed −0.02 > required.
    const a = assessTrajectory({ observations: falling, target: { year: 2030, value: 50 }, direction: 'decrease' });
    expect(a.status).toBe('off_track');
    expect(a.requiredRate).toBeCloseTo(-0.05414589136612196, 12);
    expect(a.observedRate).toBeCloseTo(-0.02, 12);
    expect(a.lastObserved).toEqual({ year: 2019, value: 100 * 0.98 ** 4 });
    expect(a.pointsUsed).toBe(5);
    // Constant-rate projection: 100 × 0.98^15 = 73.856910264540391311 (bc).
    expect(a.projectedAtTarget).toBeCloseTo(73.85691026454039, 9);
  });

  it('applies the tolerance as slack on the annual rate', () => {
    // −0.02 ≤ −0.0541459 + 0.04 = −0.0141459 → on track; with 0.03: −0.02 > −0.0241459 → still off.
    const input = { observations: falling, target: { year: 2030, value: 50 }, direction: 'decrease' as const };
    expect(assessTrajectory(input, { tolerance: 0.04 }).status).toBe('on_track');
    expect(assessTrajectory(input, { tolerance: 0.03 }).status).toBe('off_track');
    expect(() => assessTrajectory(input, { tolerance: -0.01 })).toThrow(RangeError);
  });

  it('is on track when the observed fall beats the required one', () => {
    // Required: (90 / 92.236816)^(1/11) − 1 = −0.00222930108072575208 (bc); observed −0.02 ≤ that.
    const a = assessTrajectory({ observations: falling, target: { year: 2030, value: 90 }, direction: 'decrease' });
    expect(a.status).toBe('on_track');
    expect(a.requiredRate).toBeCloseTo(-0.002229301080725752, 12);
  });

  it('reads rates the other way for an increase objective (renewables)', () => {
    // Required: (300 / 146.41)^(1/11) − 1 = 0.06738912570984889595 (bc); observed +0.10 ≥ that → on track.
    const a = assessTrajectory({ observations: rising, target: { year: 2030, value: 300 }, direction: 'increase' });
    expect(a.status).toBe('on_track');
    expect(a.requiredRate).toBeCloseTo(0.0673891257098489, 12);
    expect(a.observedRate).toBeCloseTo(0.1, 12);
    expect(assessTrajectory({ observations: rising, target: { year: 2030, value: 600 }, direction: 'increase' }).status).toBe('off_track');
  });

  it('reports the rate implied from the objective reference (2005 → 2050 halving)', () => {
    const a = assessTrajectory({
      observations: falling,
      target: { year: 2050, value: 50 },
      reference: { year: 2005, value: 100 },
      direction: 'decrease',
    });
    expect(a.requiredRateFromReference).toBeCloseTo(-0.015285247065568755, 12);
  });

  it('uses only the last N years (default 5) and needs minPoints of them', () => {
    const history = [{ year: 2005, value: 500 }, { year: 2010, value: 400 }, ...falling];
    const a = assessTrajectory({ observations: history, target: { year: 2030, value: 50 }, direction: 'decrease' });
    expect(a.pointsUsed).toBe(5);
    expect(a.observedRate).toBeCloseTo(-0.02, 12);
    const sparse = [{ year: 2012, value: 10 }, { year: 2018, value: 9 }, { year: 2019, value: 8 }];
    const s = assessTrajectory({ observations: sparse, target: { year: 2030, value: 5 }, direction: 'decrease' });
    expect(s).toMatchObject({ status: 'insufficient_data', reason: 'too_few_points', pointsUsed: 2, observedRate: null });
    // 9 → 8 over one year: the linear projection is still given, 8 − 1 × 11 = −3.
    expect(s.projectedLinearAtTarget).toBeCloseTo(-3, 12);
    expect(assessTrajectory({ observations: sparse, target: { year: 2030, value: 5 }, direction: 'decrease' }, { minPoints: 2 }).status).not.toBe('insufficient_data');
  });

  it('gives insufficient_data with a reason for no data, zero values, a zero target or a past horizon', () => {
    const none = assessTrajectory({ observations: [], target: { year: 2030, value: 5 }, direction: 'decrease' });
    expect(none).toMatchObject({ status: 'insufficient_data', reason: 'too_few_points', lastObserved: null, projectedLinearAtTarget: null });
    const zero = [...falling.slice(0, 4), { year: 2019, value: 0 }];
    expect(assessTrajectory({ observations: zero, target: { year: 2030, value: 5 }, direction: 'decrease' }).reason).toBe('non_positive_values');
    expect(assessTrajectory({ observations: falling, target: { year: 2050, value: 0 }, direction: 'decrease' }).reason).toBe('non_positive_target');
    expect(assessTrajectory({ observations: falling, target: { year: 2019, value: 50 }, direction: 'decrease' }).reason).toBe('horizon_not_after_data');
  });
});

describe('assessSectors', () => {
  it('assesses each sector with the same options', () => {
    const r = assessSectors({
      residential: { observations: falling, target: { year: 2030, value: 90 }, direction: 'decrease' },
      tertiary: { observations: falling, target: { year: 2030, value: 50 }, direction: 'decrease' },
    });
    expect(r.residential.status).toBe('on_track');
    expect(r.tertiary.status).toBe('off_track');
  });
});
