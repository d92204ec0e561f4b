import { describe, expect, it } from 'vitest';
import { parisMidnight, splitPeriods } from './periods';

describe('billing periods', () => {
  it('finds Paris midnight in winter, in summer and on both DST Sundays', () => {
    expect(new Date(parisMidnight('2025-01-15')).toISOString()).toBe('2025-01-14T23:00:00.000Z');
    expect(new Date(parisMidnight('2025-07-15')).toISOString()).toBe('2025-07-14T22:00:00.000Z');
    // 30 March 2025: clocks go forward at 02:00 local (01:00 UTC), after midnight (still +01:00).
    expect(new Date(parisMidnight('2025-03-30')).toISOString()).toBe('2025-03-29T23:00:00.000Z');
    expect(new Date(parisMidnight('2025-03-31')).toISOString()).toBe('2025-03-30T22:00:00.000Z');
    // 26 October 2025: clocks go back at 03:00 local (01:00 UTC); that midnight is still +02:00.
    expect(new Date(parisMidnight('2025-10-26')).toISOString()).toBe('2025-10-25T22:00:00.000Z');
    expect(new Date(parisMidnight('2025-10-27')).toISOString()).toBe('2025-10-26T23:00:00.000Z');
  });

  it('cuts at Paris month starts and at change days, never elsewhere', () => {
    // Hourly steps from 2025-01-31T22:00+01:00 for 28 days: crosses 1 February; a change day on 10 February.
    const start = Date.UTC(2025, 0, 31, 21);
    const startMs = Float64Array.from({ length: 28 * 24 }, (_, t) => start + t * 3_600_000);
    const periods = splitPeriods(startMs, 3_600_000, ['2025-02-10', '2024-01-01', '2030-01-01']);
    expect(periods.map((p) => [p.month, p.day, p.firstStep, p.endStep])).toEqual([
      ['2025-01', '2025-01-31', 0, 2], // 22:00 and 23:00 on 31 January
      ['2025-02', '2025-02-01', 2, 2 + 9 * 24], // 1–9 February
      ['2025-02', '2025-02-10', 2 + 9 * 24, 672], // until 2025-02-28T21:00+01:00,
    ]);
    expect(splitPeriods([], 3_600_000, [])).toEqual([]);
  });
});
