import { describe, expect, it } from 'vitest';
import { allocate } from './allocate';

const base = { participants: 2, steps: 1, ids: ['a', 'b'] };

describe('allocate input validation', () => {
  it.each([
    ['negative', -1],
    ['fractional', 1.5],
    ['NaN', Number.NaN],
    ['above 2^53', 2 ** 53],
  ])('rejects %s Wh and names participant and step', (_, v) => {
    const input = { ...base, consumption: Float64Array.from([1, v]), production: Float64Array.from([0, 0]) };
    expect(() => allocate(input, { kind: 'default' })).toThrow(
      expect.objectContaining({ code: 'BAD_WH', location: { participant: 'b', step: 0 } }),
    );
  });

  it('rejects arrays of the wrong size', () => {
    const input = { ...base, consumption: new Float64Array(3), production: new Float64Array(2) };
    expect(() => allocate(input, { kind: 'default' })).toThrow(expect.objectContaining({ code: 'SHAPE' }));
  });

  it('rejects per-step production beyond exact arithmetic', () => {
    const input = { ...base, consumption: new Float64Array(2), production: Float64Array.from([2 ** 52, 2 ** 52]) };
    expect(() => allocate(input, { kind: 'default' })).toThrow(expect.objectContaining({ code: 'OVERFLOW' }));
  });

  it('accepts an empty operation', () => {
    const r = allocate(
      { participants: 0, steps: 0, consumption: new Float64Array(0), production: new Float64Array(0) },
      { kind: 'default' },
    );
    expect(r.allocated.length).toBe(0);
  });
});
