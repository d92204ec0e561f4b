import { describe, expect, it } from 'vitest';
import { oneStep } from '../testing/one-step';

const key = { kind: 'default' } as const;

describe('default key (D315-6), hand-computed', () => {
  it('serves everyone when production covers consumption', () => {
    // P = 10 ≥ ΣC = 9 → A = C, surplus 1.
    expect(oneStep(10, [3, 3, 3], key)).toMatchObject({ A: [3, 3, 3], surplus: 1 });
  });

  it('splits pro rata and gives the leftover Wh to the earliest tie', () => {
    // 10·7/21 = 3.33 each → floors [3,3,3], remainders 70 mod 21 = 7 each, 1 Wh left → first → [4,3,3].
    expect(oneStep(10, [7, 7, 7], key)).toMatchObject({ A: [4, 3, 3], surplus: 0 });
  });

  it('gives leftovers to the largest remainder, not to the earliest', () => {
    // ΣC = 12: 10·4/12 = 3 r 4, 10·8/12 = 6 r 8 → floors [3,6], 1 Wh left → remainder 8 wins → [3,7].
    expect(oneStep(10, [4, 8], key)).toMatchObject({ A: [3, 7], surplus: 0 });
  });

  it('spreads several leftover Wh, one each', () => {
    // ΣC = 7, P = 5: 5·1/7 = 0 r5, 5·2/7 = 1 r3, 5·4/7 = 2 r6 → floors [0,1,2] = 3, 2 Wh left → r6 then r5 → [1,1,3].
    expect(oneStep(5, [1, 2, 4], key)).toMatchObject({ A: [1, 1, 3], surplus: 0 });
  });

  it('handles P = 0, ΣC = 0 and a single consumer', () => {
    expect(oneStep(0, [4, 8], key)).toMatchObject({ A: [0, 0], surplus: 0 });
    expect(oneStep(5, [0, 0], key)).toMatchObject({ A: [0, 0], surplus: 5 });
    expect(oneStep(5, [9], key)).toMatchObject({ A: [5], surplus: 0 });
    expect(oneStep(9, [5], key)).toMatchObject({ A: [5], surplus: 4 });
  });

  it('stays exact when P·Cᵢ exceeds 2^53', () => {
    // ΣC = 9e15 − 1 (< 2^53 ≈ 9.007e15), P = 10, P·C ≈ 3e16 needs BigInt.
    // 3e16 / (9e15 − 1) = 3 r (3e15 + 3) for the first two; (3e16 − 10) / (9e15 − 1) = 3 r (3e15 − 7) for the third.
    // Floors sum to 9, 1 Wh left → the first of the two equal largest remainders → [4,3,3].
    expect(oneStep(10, [3e15, 3e15, 3e15 - 1], key).A).toEqual([4, 3, 3]);
  });

  it('stays exact with both P and C near 2^53', () => {
    // P = 2^52, C = [2^52, 2^52 − 2], ΣC = 2(2^52 − 1).
    // Exact shares: 2^51·2^52/(2^52 − 1) = 2^51 + 2^51/(2^52 − 1) = 2^51 + 0.5000…01
    //               2^51·(2^52 − 2)/(2^52 − 1) = 2^51 − 0.5000…01 → floors 2^51 and 2^51 − 1.
    // One Wh left, the first remainder (0.5000…01) beats the second (0.4999…99) → [2^51 + 1, 2^51 − 1].
    const { A, surplus } = oneStep(2 ** 52, [2 ** 52, 2 ** 52 - 2], key);
    expect(A).toEqual([2251799813685249, 2251799813685247]);
    expect(surplus).toBe(0);
  });

  it('refuses steps whose total consumption exceeds 2^53 − 1', () => {
    expect(() => oneStep(3, [2 ** 52, 2 ** 52], key)).toThrow(expect.objectContaining({ code: 'OVERFLOW' }));
  });
});
