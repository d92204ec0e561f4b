import { describe, expect, it } from 'vitest';
import { oneStep } from '../testing/one-step';

const prio = (ranks: number[]) => ({ kind: 'priority', ranks }) as const;

describe('priority key, hand-computed', () => {
  it('serves rank 1 fully before rank 2', () => {
    // P = 1000, B (rank 1) needs 400, C (rank 2) needs 800 → B 400, C gets the remaining 600, 200 from the grid.
    expect(oneStep(1000, [400, 800], prio([1, 2]))).toMatchObject({ A: [400, 600], surplus: 0 });
  });

  it('applies the default pro rata inside a rank', () => {
    // Rank 1 = {7, 7}, P = 10 < 14 → 10·7/14 = 5 each; rank 2 gets nothing → [5, 5, 0].
    expect(oneStep(10, [7, 7, 5], prio([1, 1, 2]))).toMatchObject({ A: [5, 5, 0], surplus: 0 });
    // P = 20: rank 1 takes 14, 6 left ≥ 5 for rank 2 → [7, 7, 5], surplus 1.
    expect(oneStep(20, [7, 7, 5], prio([1, 1, 2]))).toMatchObject({ A: [7, 7, 5], surplus: 1 });
  });

  it('serves unranked consumers (rank 0) last and orders ranks numerically', () => {
    // Ranks [0, 10, 2]: #2 first (4 of P = 10), then #1 (3), then #0 gets the last 3 of its 5.
    expect(oneStep(10, [5, 3, 4], prio([0, 10, 2]))).toMatchObject({ A: [3, 3, 4], surplus: 0 });
  });

  it('rejects negative or fractional ranks', () => {
    expect(() => oneStep(10, [5, 3], prio([1, -1]))).toThrow(expect.objectContaining({ code: 'BAD_RANK' }));
    expect(() => oneStep(10, [5, 3], prio([1.5, 1]))).toThrow(expect.objectContaining({ code: 'BAD_RANK' }));
  });
});
