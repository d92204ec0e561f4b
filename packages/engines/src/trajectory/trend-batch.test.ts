import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BATCH_STATUS, trendBatch } from './trend-batch';
import { trajectoryError } from './testing';
import { fitConstantRate, fitLinear, projectTrend } from './trend';

const YEARS = [2015, 2016, 2017, 2018];

describe('trendBatch', () => {
  it('computes the hand example of trend.test.ts for each row and flags short or non-positive rows', () => {
    const values = Float64Array.from([10, 12, 14, 15, /* row 2 */ NaN, 3, NaN, NaN, /* row 3 */ 1, 0, 2, 3]);
    const r = trendBatch({ years: YEARS, values, horizons: [2030], method: 'linear' });
    expect(r.seriesCount).toBe(3);
    expect(r.slope[0]).toBeCloseTo(1.7, 12);
    expect(r.r2[0]).toBeCloseTo(289 / 295, 12);
    expect(r.projections[0]).toBeCloseTo(35.7, 10);
    expect([...r.status]).toEqual([BATCH_STATUS.ok, BATCH_STATUS.insufficientData, BATCH_STATUS.ok]);
    expect([...r.n]).toEqual([4, 1, 4]);
    expect(r.projections[1]).toBeNaN();
    const logs = trendBatch({ years: YEARS, values, horizons: [2030], method: 'constant-rate' });
    expect(logs.status[2]).toBe(BATCH_STATUS.nonPositive);
    expect(logs.slope[2]).toBeNaN();
  });

  it('honours minPoints and refuses malformed input', () => {
    const values = Float64Array.from([1, 2, NaN, NaN]);
    expect(trendBatch({ years: YEARS, values, horizons: [], method: 'linear', minPoints: 3 }).status[0]).toBe(BATCH_STATUS.insufficientData);
    expect(trajectoryError(() => trendBatch({ years: YEARS, values: new Float64Array(5), horizons: [], method: 'linear' })).code).toBe('invalid_value');
    expect(trajectoryError(() => trendBatch({ years: [2016, 2015], values: new Float64Array(2), horizons: [], method: 'linear' })).code).toBe('invalid_year');
  });

  it('matches fitLinear / fitConstantRate series by series (property)', () => {
    const cell = fc.option(fc.double({ min: 0.5, max: 1e5, noNaN: true }), { nil: null, freq: 4 });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 5 }), fc.constantFrom('linear' as const, 'constant-rate' as const), (rows, method) => {
        const years = [2013, 2014, 2015, 2017, 2018, 2019];
        const values = Float64Array.from(rows.flat(), (v) => (v === null ? NaN : v));
        const r = trendBatch({ years, values, horizons: [2030, 2050], method });
        rows.forEach((row, s) => {
          const points = row.map((value, t) => ({ year: years[t], value }));
          const valid = row.filter((v) => v !== null).length;
          if (valid < 2) return expect(r.status[s]).toBe(BATCH_STATUS.insufficientData);
          const fit = method === 'linear' ? fitLinear(points) : fitConstantRate(points);
          const slope = fit.kind === 'linear' ? fit.slope : fit.logSlope;
          expect(r.slope[s]).toBeCloseTo(slope, 9);
          expect(r.r2[s]).toBeCloseTo(fit.r2, 9);
          const expected = projectTrend(fit, [2030, 2050]);
          for (let h = 0; h < 2; h++) {
            expect(Math.abs(r.projections[s * 2 + h] - expected[h])).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected[h])));
          }
        });
      }),
    );
  });
});
