import { describe, expect, it } from 'vitest';
import { allocate } from '../allocate';

describe('dynamic key, hand-computed', () => {
  // Two consumers and one producer, two steps; coefficients change between steps.
  const input = {
    participants: 3,
    steps: 2,
    ids: ['a', 'b', 'pv'],
    consumption: Float64Array.from([5, 5, 0, 5, 5, 0]),
    production: Float64Array.from([0, 0, 10, 0, 0, 10]),
  };

  it('applies each step its own coefficients, capped at consumption', () => {
    // Step 0: 70/30 → shares 7 and 3 → A = [min(7,5), 3] = [5, 3], surplus 2.
    // Step 1: 20/80 → shares 2 and 8 → A = [2, min(8,5)] = [2, 5], surplus 3.
    const r = allocate(input, { kind: 'dynamic', coefficients: [700_000, 300_000, 0, 200_000, 800_000, 0] });
    expect([...r.allocated]).toEqual([5, 3, 0, 2, 5, 0]);
    expect([...r.stepSurplus]).toEqual([2, 3]);
  });

  it('names the step whose coefficients sum above 1', () => {
    expect(() =>
      allocate(input, { kind: 'dynamic', coefficients: [700_000, 300_000, 0, 500_000, 500_001, 0] }),
    ).toThrow(expect.objectContaining({ code: 'COEFFICIENT_SUM', location: { step: 1 } }));
  });

  it('names the participant with an invalid coefficient', () => {
    expect(() => allocate(input, { kind: 'dynamic', coefficients: [0, 0, 0, 0, Number.NaN, 0] })).toThrow(
      expect.objectContaining({ code: 'BAD_COEFFICIENT', message: expect.stringContaining("'b' at step index 1") }),
    );
  });

  it('requires one coefficient per step and participant', () => {
    expect(() => allocate(input, { kind: 'dynamic', coefficients: [1, 2, 3] })).toThrow(
      expect.objectContaining({ code: 'SHAPE' }),
    );
  });
});
