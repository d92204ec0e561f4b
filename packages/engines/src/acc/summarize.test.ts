import { describe, expect, it } from 'vitest';
import { allocate } from './allocate';
import { summarize } from './summarize';

describe('summarize', () => {
  // Two consumers and a producer over three hourly steps straddling the end of January (Paris time).
  const input = {
    participants: 3,
    steps: 3,
    ids: ['a', 'b', 'pv'],
    consumption: Float64Array.from([4, 8, 0, 3, 3, 0, 1, 0, 0]),
    production: Float64Array.from([0, 0, 10, 0, 0, 10, 0, 0, 0]),
  };
  // 2025-01-31T22:00+01:00, 23:00+01:00, then 2025-02-01T00:00+01:00.
  const stamps = [Date.UTC(2025, 0, 31, 21), Date.UTC(2025, 0, 31, 22), Date.UTC(2025, 0, 31, 23)];

  it('adds up periods, participants and Paris months (hand-computed)', () => {
    // Default key: step 0 → [3, 7] (A1 pattern), step 1 → [3, 3] surplus 4, step 2 → P = 0 → [0, 0].
    const s = summarize(allocate(input, { kind: 'default' }), stamps);
    expect(s.totals).toEqual({
      production: 20,
      consumption: 19,
      allocated: 16,
      surplus: 4,
      grid: 3,
      selfConsumptionRate: 16 / 20,
      selfProductionRate: 16 / 19,
    });
    expect(s.participants.map((p) => [p.id, p.consumption, p.allocated, p.grid, p.production])).toEqual([
      ['a', 8, 6, 2, 0],
      ['b', 11, 10, 1, 0],
      ['pv', 0, 0, 0, 20],
    ]);
    expect(s.participants[2].selfProductionRate).toBeNull();
    expect(s.months?.map((m) => [m.month, m.production, m.consumption, m.allocated])).toEqual([
      ['2025-01', 20, 18, 16],
      ['2025-02', 0, 1, 0],
    ]);
    expect(s.months?.[1].selfConsumptionRate).toBeNull();
  });

  it('has no months without timestamps and checks their count', () => {
    const r = allocate(input, { kind: 'default' });
    expect(summarize(r).months).toBeNull();
    expect(() => summarize(r, [0])).toThrow(expect.objectContaining({ code: 'SHAPE' }));
  });
});
