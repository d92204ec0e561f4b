import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requiredAnnualRate } from './rates';
import { trajectoryError } from './testing';

describe('requiredAnnualRate', () => {
  it('halving between 2005 and 2050 needs r = 0.5^(1/45) − 1', () => {
    // bc -l: e(l(0.5)/45) − 1 = −0.01528524706556875505
    expect(requiredAnnualRate({ year: 2005, value: 100 }, { year: 2050, value: 50 })).toBeCloseTo(-0.015285247065568755, 12);
  });

  it('doubling in one year is +100 %, and no change is 0', () => {
    expect(requiredAnnualRate({ year: 2020, value: 3 }, { year: 2021, value: 6 })).toBeCloseTo(1, 15);
    expect(requiredAnnualRate({ year: 2020, value: 7 }, { year: 2030, value: 7 })).toBe(0);
  });

  it('refuses zero or negative values and horizons not after the start', () => {
    expect(trajectoryError(() => requiredAnnualRate({ year: 2020, value: 0 }, { year: 2030, value: 5 })).code).toBe('non_positive_value');
    expect(trajectoryError(() => requiredAnnualRate({ year: 2020, value: 5 }, { year: 2030, value: -1 })).code).toBe('non_positive_value');
    expect(trajectoryError(() => requiredAnnualRate({ year: 2030, value: 5 }, { year: 2030, value: 4 })).code).toBe('invalid_horizon');
    expect(trajectoryError(() => requiredAnnualRate({ year: 2030, value: 5 }, { year: 2020, value: 4 })).code).toBe('invalid_horizon');
    expect(trajectoryError(() => requiredAnnualRate({ year: 2020, value: Number.NaN }, { year: 2030, value: 4 })).code).toBe('invalid_value');
  });

  // Ratios within 1:1000 either way: closer to r = −1 the rate itself cannot carry 1e-9 relative precision on 1 + r.
  it('V_ref·(1 + r)^(h − y) gives back the target (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1990, max: 2049 }),
        fc.integer({ min: 1, max: 60 }),
        fc.double({ min: 1e-3, max: 1e9, noNaN: true }),
        fc.double({ min: -3, max: 3, noNaN: true }),
        (year, span, from, log10Ratio) => {
          const to = from * 10 ** log10Ratio;
          const r = requiredAnnualRate({ year, value: from }, { year: year + span, value: to });
          expect(Math.abs(from * Math.pow(1 + r, span) - to)).toBeLessThanOrEqual(1e-9 * to);
        },
      ),
    );
  });
});
