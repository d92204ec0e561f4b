import { describe, expect, it } from 'vitest';
import { oneStep } from '../testing/one-step';

const statik = (coefficients: number[]) => ({ kind: 'static', coefficients }) as const;

describe('static key, hand-computed', () => {
  it('caps each share at consumption and leaves the rest as surplus', () => {
    // 60/40 of P = 10 → shares 6 and 4; C = [4, 8] → A = [min(6,4), min(4,8)] = [4, 4], surplus 2 (no reallocation).
    expect(oneStep(10, [4, 8], statik([600_000, 400_000]))).toMatchObject({ A: [4, 4], surplus: 2 });
  });

  it('floors shares to whole Wh', () => {
    // 10·0.333333 = 3.33333 → 3, twice; 10·0.333334 = 3.33334 → 3; ΣA = 9, surplus 1.
    expect(oneStep(10, [9, 9, 9], statik([333_333, 333_333, 333_334]))).toMatchObject({ A: [3, 3, 3], surplus: 1 });
  });

  it('gives nothing to a zero coefficient and keeps unassigned shares as surplus', () => {
    // Coefficients sum to 0.5: 100·0.5 = 50 to the first, the second gets 0, surplus 50.
    expect(oneStep(100, [80, 80], statik([500_000, 0]))).toMatchObject({ A: [50, 0], surplus: 50 });
  });

  it('uses BigInt beyond about 9 GWh per step and stays exact', () => {
    // P = 2^53 − 1, k = 0.5 → ⌊(2^53 − 1)/2⌋ = 4503599627370495.
    const P = Number.MAX_SAFE_INTEGER;
    expect(oneStep(P, [P], statik([500_000])).A).toEqual([4503599627370495]);
  });

  it('rejects coefficients above 1 in total, negative or fractional millionths', () => {
    expect(() => oneStep(10, [1, 1], statik([600_000, 400_001]))).toThrow(
      expect.objectContaining({ code: 'COEFFICIENT_SUM', message: expect.stringContaining('1.000001') }),
    );
    expect(() => oneStep(10, [1, 1], statik([-1, 0]))).toThrow(expect.objectContaining({ code: 'BAD_COEFFICIENT' }));
    expect(() => oneStep(10, [1, 1], statik([0.5, 0]))).toThrow(
      expect.objectContaining({ code: 'BAD_COEFFICIENT', message: expect.stringContaining('#1') }),
    );
    expect(() => oneStep(10, [1, 1], statik([1]))).toThrow(expect.objectContaining({ code: 'SHAPE' }));
  });
});
