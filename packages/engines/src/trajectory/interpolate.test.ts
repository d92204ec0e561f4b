import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { interpolate } from './interpolate';
import { trajectoryError } from './testing';

const M = [
  { year: 2015, value: 200 },
  { year: 2030, value: 140 },
  { year: 2050, value: 40 },
];

describe('interpolate', () => {
  it('linear: straight lines between milestones', () => {
    // 2020: 200 − 60 × 5/15 = 180; 2026: 200 − 60 × 11/15 = 156; 2040: 140 − 100 × 10/20 = 90.
    expect([...interpolate(M, [2020, 2026, 2040], 'linear')]).toEqual([180, 156, 90].map((v) => expect.closeTo(v, 9)));
  });

  it('constant-rate: the same annual rate within each segment', () => {
    // 200 → 100 over 2015–2030: 2020 = 200 × 0.5^(5/15) = 200 / 2^(1/3) = 158.74010519681994747 (bc).
    const v = interpolate(
      [
        { year: 2015, value: 200 },
        { year: 2030, value: 100 },
      ],
      [2020],
      'constant-rate',
    );
    expect(v[0]).toBeCloseTo(158.74010519681994747, 10);
  });

  it('returns milestone values exactly, in any input order of milestones and years', () => {
    const shuffled = [M[2], M[0], M[1]];
    expect([...interpolate(shuffled, [2050, 2015, 2030], 'linear')]).toEqual([40, 200, 140]);
    expect([...interpolate(shuffled, [2030], 'constant-rate')]).toEqual([140]);
  });

  it('with one milestone answers only its year, unless told to hold', () => {
    expect([...interpolate([{ year: 2019, value: 7 }], [2019], 'linear')]).toEqual([7]);
    expect(trajectoryError(() => interpolate([{ year: 2019, value: 7 }], [2020], 'linear')).code).toBe('out_of_range');
    expect([...interpolate([{ year: 2019, value: 7 }], [2000, 2040], 'constant-rate', { outside: 'hold' })]).toEqual([7, 7]);
    expect([...interpolate(M, [2000, 2060], 'linear', { outside: 'hold' })]).toEqual([200, 40]);
  });

  it('refuses no data, duplicates, missing values and non-positive values at constant rate', () => {
    expect(trajectoryError(() => interpolate([], [2020], 'linear')).code).toBe('no_data');
    expect(
      trajectoryError(() =>
        interpolate(
          [
            { year: 2020, value: 1 },
            { year: 2020, value: 2 },
          ],
          [2020],
          'linear',
        ),
      ).code,
    ).toBe('duplicate_year');
    expect(trajectoryError(() => interpolate([{ year: 2020, value: Number.NaN }], [2020], 'linear')).code).toBe('invalid_value');
    const withZero = [
      { year: 2020, value: 10 },
      { year: 2050, value: 0 },
    ];
    expect(trajectoryError(() => interpolate(withZero, [2030], 'constant-rate')).code).toBe('non_positive_value');
    // Linear is fine with zero (net-zero objectives): 10 − 10 × 10/30.
    expect(interpolate(withZero, [2030], 'linear')[0]).toBeCloseTo(10 - 10 / 3, 12);
    expect(trajectoryError(() => interpolate(M, [Number.NaN], 'linear')).code).toBe('invalid_year');
  });

  const milestones = fc
    .uniqueArray(fc.integer({ min: 1990, max: 2100 }), { minLength: 1, maxLength: 8 })
    .chain((years) => fc.tuple(fc.constant(years), fc.array(fc.double({ min: 0.001, max: 1e7, noNaN: true }), { minLength: years.length, maxLength: years.length })))
    .map(([years, values]) => years.map((year, i) => ({ year, value: values[i] })));

  it('hits every milestone exactly and stays between neighbours (property)', () => {
    fc.assert(
      fc.property(milestones, fc.constantFrom('linear' as const, 'constant-rate' as const), (ms, method) => {
        expect([...interpolate(ms, ms.map((m) => m.year), method)]).toEqual(ms.map((m) => m.value));
        const sorted = [...ms].sort((a, b) => a.year - b.year);
        for (let i = 0; i + 1 < sorted.length; i++) {
          const [a, b] = [sorted[i], sorted[i + 1]];
          const years = Array.from({ length: b.year - a.year + 1 }, (_, k) => a.year + k);
          const lo = Math.min(a.value, b.value) * (1 - 1e-12);
          const hi = Math.max(a.value, b.value) * (1 + 1e-12);
          for (const v of interpolate(ms, years, method)) {
            expect(v).toBeGreaterThanOrEqual(lo);
            expect(v).toBeLessThanOrEqual(hi);
          }
        }
      }),
    );
  });

  it('constant-rate keeps the year-on-year ratio constant inside a segment (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e6, noNaN: true }), fc.double({ min: 0.01, max: 1e6, noNaN: true }), fc.integer({ min: 2, max: 40 }), (a, b, span) => {
        const v = interpolate(
          [
            { year: 2000, value: a },
            { year: 2000 + span, value: b },
          ],
          Array.from({ length: span + 1 }, (_, k) => 2000 + k),
          'constant-rate',
        );
        const ratio = Math.pow(b / a, 1 / span);
        for (let k = 1; k <= span; k++) expect(v[k] / v[k - 1]).toBeCloseTo(ratio, 9);
      }),
    );
  });
});
