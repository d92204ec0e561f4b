import { describe, expect, it } from 'vitest';
import { budgetMedianYear, pcaetObjectiveYears } from './horizons';
import { interpolate } from './interpolate';
import { resolveObjectives } from './objectives';
import { trajectoryError } from './testing';

describe('resolveObjectives', () => {
  it('turns "−50 % in 2050 vs 2005" and an absolute 2030 value into milestones', () => {
    // Grand Paris PCAEM wording, with the 2005 consumption normalised to 100 (the seed gives no 2005 figure).
    const m = resolveObjectives({ year: 2005, value: 100 }, [
      { year: 2050, kind: 'change', percent: -50 },
      { year: 2030, kind: 'absolute', value: 80 },
    ]);
    expect(m).toEqual([
      { year: 2005, value: 100 },
      { year: 2030, value: 80 },
      { year: 2050, value: 50 },
    ]);
  });

  it('gives the constant-rate 2030 point of a 2005→2050 halving: 100 × 0.5^(25/45)', () => {
    const m = resolveObjectives({ year: 2005, value: 100 }, [{ year: 2050, kind: 'change', percent: -50 }]);
    // bc -l: e(l(0.5)·5/9) = 0.68039500008718848213
    expect(interpolate(m, [2030], 'constant-rate')[0]).toBeCloseTo(68.039500008718848, 10);
  });

  it('refuses objective years not after the reference, duplicates and non-finite values', () => {
    const ref = { year: 2015, value: 10 };
    expect(trajectoryError(() => resolveObjectives(ref, [{ year: 2015, kind: 'change', percent: -10 }])).code).toBe('invalid_objective');
    expect(trajectoryError(() => resolveObjectives(ref, [{ year: 2030.5, kind: 'change', percent: -10 }])).code).toBe('invalid_objective');
    expect(
      trajectoryError(() =>
        resolveObjectives(ref, [
          { year: 2030, kind: 'change', percent: -10 },
          { year: 2030, kind: 'absolute', value: 3 },
        ]),
      ).code,
    ).toBe('duplicate_year');
    expect(trajectoryError(() => resolveObjectives(ref, [{ year: 2030, kind: 'absolute', value: Number.NaN }])).code).toBe('invalid_objective');
    expect(trajectoryError(() => resolveObjectives({ year: 2015, value: Number.POSITIVE_INFINITY }, [])).code).toBe('invalid_value');
  });
});

describe('PCAET objective years', () => {
  const SNBC2 = [
    { firstYear: 2019, lastYear: 2023 },
    { firstYear: 2024, lastYear: 2028 },
    { firstYear: 2029, lastYear: 2033 },
  ];

  it('P8: SNBC-2 budgets give {2026, 2030, 2031, 2050}', () => {
    // Two most distant budgets 2024–28 and 2029–33: medians (2024+2028)/2 = 2026 and (2029+2033)/2 = 2031.
    expect(pcaetObjectiveYears(SNBC2)).toEqual([2026, 2030, 2031, 2050]);
  });

  it('moves with a newly adopted budget and merges coincident years', () => {
    expect(pcaetObjectiveYears([...SNBC2, { firstYear: 2034, lastYear: 2038 }])).toEqual([2030, 2031, 2036, 2050]);
    expect(pcaetObjectiveYears([{ firstYear: 2028, lastYear: 2032 }])).toEqual([2030, 2050]);
  });

  it('needs a budget with a single median year', () => {
    expect(budgetMedianYear({ firstYear: 2029, lastYear: 2033 })).toBe(2031);
    expect(trajectoryError(() => budgetMedianYear({ firstYear: 2015, lastYear: 2018 })).code).toBe('invalid_year');
    expect(trajectoryError(() => pcaetObjectiveYears([])).code).toBe('no_data');
  });
});
