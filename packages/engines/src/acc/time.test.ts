import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoTimestamp, formatParis, parisMonthKey, parisOffsetMinutes, parseIsoTimestamp } from './time';

const paris = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  timeZoneName: 'longOffset',
  year: 'numeric',
  month: '2-digit',
});

/** Oracle: the offset and month that ICU reports for Europe/Paris. */
function intlParis(ms: number): { offset: number; month: string } {
  const parts = paris.formatToParts(new Date(ms));
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(get('timeZoneName'))!;
  return { offset: (m[1] === '-' ? -1 : 1) * (+m[2] * 60 + +m[3]), month: `${get('year')}-${get('month')}` };
}

describe('Europe/Paris rules', () => {
  it('agree with Intl from 1996 to 2037', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1996, 0, 1), max: Date.UTC(2037, 11, 31) }), (ms) => {
        const want = intlParis(ms);
        expect(parisOffsetMinutes(ms)).toBe(want.offset);
        expect(parisMonthKey(ms)).toBe(want.month);
      }),
      { numRuns: 2000 },
    );
  });

  it('switch at 01:00 UTC on the last Sundays of March and October (2025: 30 March, 26 October)', () => {
    expect(parisOffsetMinutes(Date.UTC(2025, 2, 30, 0, 59))).toBe(60);
    expect(parisOffsetMinutes(Date.UTC(2025, 2, 30, 1, 0))).toBe(120);
    expect(parisOffsetMinutes(Date.UTC(2025, 9, 26, 0, 59))).toBe(120);
    expect(parisOffsetMinutes(Date.UTC(2025, 9, 26, 1, 0))).toBe(60);
  });

  it('put the first Paris hour of a month in that month', () => {
    // 2025-03-01T00:00+01:00 is 2025-02-28T23:00Z.
    expect(parisMonthKey(Date.UTC(2025, 1, 28, 23))).toBe('2025-03');
    expect(parisMonthKey(Date.UTC(2025, 1, 28, 22, 59))).toBe('2025-02');
  });
});

describe('ISO 8601 timestamps', () => {
  it('parse offsets and fractional seconds', () => {
    expect(parseIsoTimestamp('2025-01-01T00:00:00+01:00')).toEqual({ ms: Date.UTC(2024, 11, 31, 23), offsetMinutes: 60 });
    expect(parseIsoTimestamp('2025-07-01T12:15Z')).toEqual({ ms: Date.UTC(2025, 6, 1, 12, 15), offsetMinutes: 0 });
    expect(parseIsoTimestamp('2025-07-01T12:15:00.5-03:30')?.ms).toBe(Date.UTC(2025, 6, 1, 15, 45, 0, 500));
  });

  it('reject missing offsets and impossible dates', () => {
    for (const bad of ['2025-01-01T00:00:00', '2025-02-29T00:00Z', '2025-01-01 00:00Z', '2025-13-01T00:00Z', '2025-01-01T24:00Z', '']) {
      expect(parseIsoTimestamp(bad)).toBeNull();
    }
  });

  it('format back what they parse', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1996, 0, 1), max: Date.UTC(2037, 0, 1) }).map((ms) => ms - (ms % 1000)),
        fc.integer({ min: -14 * 60, max: 14 * 60 }),
        (ms, offset) => {
          const text = formatIsoTimestamp(ms, offset);
          expect(parseIsoTimestamp(text)).toEqual({ ms, offsetMinutes: offset });
        },
      ),
    );
    expect(formatParis(Date.UTC(2025, 6, 1, 10))).toBe('2025-07-01T12:00:00+02:00');
  });
});
