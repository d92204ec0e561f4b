import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoTimestamp } from '../time';
import type { Role } from '../types';
import { CurvesReader, parseCurvesCsv, type CurvesOptions } from './curves';

const people: { id: string; role: Role }[] = [
  { id: 'a', role: 'consumer' },
  { id: 'pv', role: 'producer' },
];
const H = 'id,timestamp,consumption_wh,production_wh';
const csv = (...rows: string[]) => [H, ...rows].join('\n');
const fail = (text: string, code: string, message: string, options?: CurvesOptions) =>
  expect(() => parseCurvesCsv(text, people, options)).toThrow(
    expect.objectContaining({ code, message: expect.stringContaining(message) }),
  );

describe('curves.csv reading', () => {
  it('builds step-major arrays from rows in any order and any offset', () => {
    const c = parseCurvesCsv(
      csv(
        'pv,2025-01-01T00:15:00+01:00,0,7',
        'a,2025-01-01T00:00:00+01:00,5,0',
        'a,2024-12-31T23:15:00Z,6,0', // same instant as 00:15+01:00
        'pv,2025-01-01T00:00:00+01:00,0,9',
      ),
      people,
    );
    expect(c.input.steps).toBe(2);
    expect([...c.input.consumption]).toEqual([5, 0, 6, 0]);
    expect([...c.input.production]).toEqual([0, 9, 0, 7]);
    expect(c.stepMs).toBe(15 * 60_000);
    expect([...c.startMs]).toEqual([Date.UTC(2024, 11, 31, 23), Date.UTC(2024, 11, 31, 23, 15)]);
    expect([...c.offsetMinutes]).toEqual([60, 60]);
    expect(c.input.ids).toEqual(['a', 'pv']);
  });

  it('keeps uniform steps across the spring DST change', () => {
    // 01:45+01:00 is followed by 03:00+02:00, 15 minutes later.
    const stamps = ['2025-03-30T01:30:00+01:00', '2025-03-30T01:45:00+01:00', '2025-03-30T03:00:00+02:00'];
    const c = parseCurvesCsv(csv(...stamps.flatMap((s, k) => [`a,${s},${k},0`, `pv,${s},0,1`])), people);
    expect(c.input.steps).toBe(3);
    expect([...c.input.consumption]).toEqual([0, 0, 1, 0, 2, 0]);
    expect([...c.offsetMinutes]).toEqual([60, 60, 120]);
  });

  it('fills missing rows with zeros only when asked to', () => {
    const text = csv('a,2025-01-01T00:00Z,5,0', 'pv,2025-01-01T00:00Z,0,9', 'pv,2025-01-01T00:15Z,0,8', 'a,2025-01-01T00:30Z,1,0', 'pv,2025-01-01T00:30Z,0,8');
    fail(text, 'MISSING_STEPS', "'a' at 2025-01-01T00:15:00Z");
    const c = parseCurvesCsv(text, people, { missing: 'zero' });
    expect([...c.input.consumption]).toEqual([5, 0, 0, 0, 1, 0]);
  });

  it('lists gaps as ranges, including steps no participant has', () => {
    const rows = [0, 1, 5].flatMap((q) => [`a,2025-01-01T0${Math.floor(q / 4)}:${String((q % 4) * 15).padStart(2, '0')}Z,1,0`]);
    const pvRows = [0, 1, 2, 3, 4, 5].map((q) => `pv,2025-01-01T0${Math.floor(q / 4)}:${String((q % 4) * 15).padStart(2, '0')}Z,0,1`);
    fail(csv(...rows, ...pvRows), 'MISSING_STEPS', "'a' from 2025-01-01T00:30:00Z to 2025-01-01T01:00:00Z (3 steps)");
  });

  it.each([
    ['an unknown id', csv('b,2025-01-01T00:00Z,1,0'), 'UNKNOWN_ID', "line 2, column id: 'b' is not in participants.csv"],
    ['a duplicated row', csv('a,2025-01-01T00:00Z,1,0', 'a,2025-01-01T01:00+01:00,2,0'), 'DUPLICATE_ROW', "line 3: second row for 'a'"],
    ['decimals', csv('a,2025-01-01T00:00Z,1.5,0'), 'BAD_VALUE', 'line 2, column consumption_wh: Wh must be a whole number'],
    ['negative Wh', csv('pv,2025-01-01T00:00Z,0,-3'), 'BAD_VALUE', 'line 2, column production_wh: Wh cannot be negative'],
    ['an empty value', csv('pv,2025-01-01T00:00Z,,3'), 'BAD_VALUE', 'line 2, column consumption_wh'],
    ['a timestamp without offset', csv('a,2025-01-01T00:00:00,1,0'), 'BAD_TIMESTAMP', 'line 2, column timestamp'],
    ['a consumer that injects', csv('a,2025-01-01T00:00Z,1,2'), 'ROLE_MISMATCH', "consumer 'a' injects energy"],
    ['a producer that withdraws', csv('pv,2025-01-01T00:00Z,1,2'), 'ROLE_MISMATCH', "producer 'pv' withdraws energy"],
    ['a short row', csv('a,2025-01-01T00:00Z,1'), 'CSV_SYNTAX', 'line 2: 3 fields for 4 columns'],
    ['a wrong header', 'id,time,consumption_wh,production_wh\n', 'CSV_HEADER', "unknown column 'time'"],
    ['no rows', H, 'EMPTY', 'no row'],
  ])('rejects %s', (_, text, code, message) => fail(text, code, message));

  it('rejects a timestamp between steps', () => {
    const rows = ['00:00', '00:15', '00:30', '00:37', '00:45'].flatMap((m) => [`a,2025-01-01T${m}Z,1,0`, `pv,2025-01-01T${m}Z,0,1`]);
    fail(csv(...rows), 'MISALIGNED_STEP', '1 timestamp(s) fall between the 15-min steps of the file: 2025-01-01T00:37:00.000Z');
  });

  it('rejects curves with different steps', () => {
    const a = ['00:00', '00:30', '01:00'].map((m) => `a,2025-01-01T${m}Z,1,0`);
    const pv = ['00:00', '00:15', '00:30', '00:45', '01:00'].map((m) => `pv,2025-01-01T${m}Z,0,1`);
    fail(csv(...a, ...pv), 'MIXED_STEPS', "uses 15-min steps (from 2025-01-01T00:00:00Z) but 'a' every 30 min");
  });

  it('rejects steps that do not divide an hour', () => {
    const rows = ['00:00', '00:07', '00:14'].flatMap((m) => [`a,2025-01-01T${m}Z,1,0`, `pv,2025-01-01T${m}Z,0,1`]);
    fail(csv(...rows), 'BAD_STEP', 'steps of 7 min are not supported');
  });

  it('checks rows against a declared grid', () => {
    const grid = { start: '2025-01-01T01:00:00+01:00', steps: 2, stepMinutes: 30 };
    fail(csv('a,2025-01-01T01:00Z,1,0'), 'MISALIGNED_STEP', 'outside the period', { grid });
    fail(csv('a,2025-01-01T00:10Z,1,0'), 'MISALIGNED_STEP', 'not on the 30-min grid', { grid });
    fail(csv('a,2025-01-01T00:00Z,1,0', 'pv,2025-01-01T00:00Z,0,1'), 'MISSING_STEPS', '2 participant-step row(s) missing', { grid });
    expect(() => parseCurvesCsv(H, people, { grid: { ...grid, stepMinutes: 7 } })).toThrow(
      expect.objectContaining({ code: 'BAD_STEP' }),
    );
  });
});

describe('curves.csv streaming', () => {
  /** A complete random operation written in a random row order, and what the arrays must hold. */
  const opArb = fc
    .record({
      n: fc.integer({ min: 1, max: 4 }),
      steps: fc.integer({ min: 1, max: 2500 }),
      stepMinutes: fc.constantFrom(10, 15, 30, 60),
      seed: fc.integer(),
      order: fc.constantFrom('shuffled', 'by time', 'by participant'),
    })
    .map(({ n, steps, stepMinutes, seed, order }) => {
      const start = Date.UTC(2025, 2, 29, 20);
      const ids = Array.from({ length: n }, (_, i) => ({ id: `p${i}`, role: 'storage' as Role }));
      const value = (t: number, i: number, k: number) => (((t * 7919 + i * 104729 + k * 31 + seed) % 1000) + 1000) % 1000;
      const rows: string[] = [];
      for (let t = 0; t < steps; t++) {
        const ms = start + t * stepMinutes * 60_000;
        const stamp = formatIsoTimestamp(ms, t % 2 === 0 ? 0 : 60); // alternate Z and +01:00 spellings
        for (let i = 0; i < n; i++) rows.push(`p${i},${stamp},${value(t, i, 0)},${value(t, i, 1)}`);
      }
      if (order === 'by participant') rows.sort((x, y) => x.split(',')[0].localeCompare(y.split(',')[0]));
      // Deterministic shuffle driven by the seed.
      for (let k = rows.length - 1; k > 0 && order === 'shuffled'; k--) {
        const j = Math.abs((seed ^ (k * 2654435761)) % (k + 1));
        [rows[k], rows[j]] = [rows[j], rows[k]];
      }
      const expectC = Array.from({ length: steps * n }, (_, x) => value(Math.floor(x / n), x % n, 0));
      const expectP = Array.from({ length: steps * n }, (_, x) => value(Math.floor(x / n), x % n, 1));
      return { ids, rows, expectC, expectP, steps, start, stepMinutes };
    });

  it('rebuilds the exact arrays line by line, with or without a declared grid', () => {
    fc.assert(
      fc.property(opArb, ({ ids, rows, expectC, expectP, steps, start, stepMinutes }) => {
        const reader = new CurvesReader(ids);
        reader.line(H);
        for (const r of rows) reader.line(r);
        const c = reader.finish();
        expect(Array.from(c.input.consumption)).toEqual(expectC);
        expect(Array.from(c.input.production)).toEqual(expectP);
        expect(c.startMs[0]).toBe(start);
        const grid = { start: formatIsoTimestamp(start, 0), steps, stepMinutes };
        const g = parseCurvesCsv([H, ...rows], ids, { grid });
        expect(Array.from(g.input.consumption)).toEqual(expectC);
        expect(Array.from(g.input.production)).toEqual(expectP);
      }),
      { numRuns: 25 },
    );
  });
});
