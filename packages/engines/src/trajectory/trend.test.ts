import { describe, expect, it } from 'vitest';
import { trajectoryError } from './testing';
import { fitConstantRate, fitLinear, projectTrend } from './trend';

describe('fitLinear', () => {
  // Hand computation: x̄ = 2016.5, ȳ = 12.75; dx = −1.5, −0.5, 0.5, 1.5; dy = −2.75, −0.75, 1.25, 2.25.
  // Sxy = 4.125 + 0.375 + 0.625 + 3.375 = 8.5; Sxx = 5 → slope 1.7; intercept = 12.75 − 1.7 × 2016.5 = −3415.3.
  // Syy = 14.75; SSres = 14.75 − 1.7 × 8.5 = 0.3 → r² = 1 − 0.3/14.75 = 289/295.
  const points = [
    { year: 2015, value: 10 },
    { year: 2016, value: 12 },
    { year: 2017, value: 14 },
    { year: 2018, value: 15 },
  ];

  it('gives slope, intercept and r² of the least-squares line', () => {
    const fit = fitLinear(points);
    expect(fit.slope).toBeCloseTo(1.7, 12);
    expect(fit.intercept).toBeCloseTo(-3415.3, 9);
    expect(fit.r2).toBeCloseTo(289 / 295, 12);
    expect(fit).toMatchObject({ kind: 'linear', n: 4, firstYear: 2015, lastYear: 2018, meanYear: 2016.5, meanValue: 12.75 });
  });

  it('projects to horizons: 2030 = 12.75 + 1.7 × 13.5 = 35.7', () => {
    const [y2030, y2050] = projectTrend(fitLinear(points), [2030, 2050]);
    expect(y2030).toBeCloseTo(35.7, 10);
    expect(y2050).toBeCloseTo(12.75 + 1.7 * 33.5, 10);
  });

  it('fits only the last N calendar years and skips missing values', () => {
    const long = [{ year: 2000, value: 1000 }, { year: 2014, value: null }, ...points, { year: 2019, value: Number.NaN }];
    const fit = fitLinear(long, { lastYears: 5 }); // last observation 2018 → years 2014..2018 → the 4 points above
    expect(fit.n).toBe(4);
    expect(fit.slope).toBeCloseTo(1.7, 12);
  });

  it('reports r² = 1 for flat data and needs two years', () => {
    expect(fitLinear([{ year: 2020, value: 5 }, { year: 2022, value: 5 }])).toMatchObject({ slope: 0, r2: 1 });
    expect(trajectoryError(() => fitLinear([{ year: 2020, value: 5 }])).code).toBe('insufficient_data');
    expect(trajectoryError(() => fitLinear([])).code).toBe('no_data');
    expect(trajectoryError(() => fitLinear([{ year: 2020, value: null }])).code).toBe('no_data');
    expect(trajectoryError(() => fitLinear([{ year: 2020, value: 1 }, { year: 2020, value: 2 }])).code).toBe('duplicate_year');
    expect(trajectoryError(() => fitLinear(points, { lastYears: 0 })).code).toBe('invalid_value');
  });
});

describe('fitConstantRate', () => {
  it('recovers −2 %/yr from exact geometric data and projects 100 × 0.98^15 in 2030', () => {
    const points = [0, 1, 2, 3].map((k) => ({ year: 2015 + k, value: 100 * 0.98 ** k }));
    const fit = fitConstantRate(points);
    expect(fit.annualRate).toBeCloseTo(-0.02, 12);
    expect(fit.r2).toBeCloseTo(1, 12);
    // bc -l: 100 × e(l(0.98) × 15) = 73.856910264540391311
    expect(projectTrend(fit, [2030])[0]).toBeCloseTo(73.85691026454039, 9);
  });

  it('fits ln(value): ln v = 0, −0.1, −0.3 gives slope −0.15 and r² = 27/28', () => {
    // x̄ = 2021, mean ln = −0.4/3; Sxy = −0.3, Sxx = 2 → slope −0.15; rate = e^−0.15 − 1 = −0.13929202357494219 (bc).
    // Syy = 0.14/3; SSres = 0.14/3 − 0.045 = 1/600 → r² = 1 − (1/600)/(0.14/3) = 27/28.
    const fit = fitConstantRate([
      { year: 2020, value: Math.exp(0) },
      { year: 2021, value: Math.exp(-0.1) },
      { year: 2022, value: Math.exp(-0.3) },
    ]);
    expect(fit.logSlope).toBeCloseTo(-0.15, 12);
    expect(fit.annualRate).toBeCloseTo(-0.13929202357494219, 12);
    expect(fit.r2).toBeCloseTo(27 / 28, 12);
    expect(fit.logIntercept).toBeCloseTo(-0.4 / 3 + 0.15 * 2021, 9);
  });

  it('refuses zero or negative values with a clear error', () => {
    const err = trajectoryError(() => fitConstantRate([{ year: 2020, value: 3 }, { year: 2021, value: 0 }]));
    expect(err.code).toBe('non_positive_value');
    expect(err.message).toContain('2021');
    expect(trajectoryError(() => fitConstantRate([{ year: 2020, value: -3 }, { year: 2021, value: 2 }])).code).toBe('non_positive_value');
  });
});
