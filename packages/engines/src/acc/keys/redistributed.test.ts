import { describe, expect, it } from 'vitest';
import { oneStep } from '../testing/one-step';

const redis = (coefficients: number[]) => ({ kind: 'static-redistributed', coefficients }) as const;

describe('static key with redistribution, hand-computed', () => {
  it('re-offers the unused share to the others', () => {
    // 60/40, P = 10, C = [4, 8]. Level λ (Wh per unit coefficient): 6 > 4 so the first saturates at 4;
    // the rest, 6 Wh, goes to the second alone (6 ≤ 8) → [4, 6], surplus 0 (static would leave 2).
    expect(oneStep(10, [4, 8], redis([600_000, 400_000]))).toMatchObject({ A: [4, 6], surplus: 0 });
  });

  it('spreads leftovers by largest remainder of the exact shares', () => {
    // Nobody saturates: x = 10·K/10⁶ = [3.33333, 3.33333, 3.33334] → floors [3,3,3], remainders
    // 333330, 333330, 333340 (in millionths) → the single leftover Wh goes to the third → [3, 3, 4].
    expect(oneStep(10, [9, 9, 9], redis([333_333, 333_333, 333_334]))).toMatchObject({ A: [3, 3, 4], surplus: 0 });
  });

  it('serves only consumers with a coefficient; the target is min(P, their consumption)', () => {
    // Eligible consumption 5 < P = 10 → T = 5: the first gets 5, the zero-coefficient consumer gets 0, surplus 5.
    expect(oneStep(10, [5, 5], redis([1_000_000, 0]))).toMatchObject({ A: [5, 0], surplus: 5 });
  });

  it('cascades saturation over several rounds', () => {
    // Equal coefficients (0.25 each), P = 100, C = [1, 10, 30, 80].
    // λ·0.25 = 25 → #0 saturates (1): 99 left for 3 → 33 each → #1 saturates (10): 89 left for 2 → 44.5 each
    // → #2 saturates (30): 59 left for #3 (59 ≤ 80). A = [1, 10, 30, 59], surplus 0.
    expect(oneStep(100, [1, 10, 30, 80], redis([250_000, 250_000, 250_000, 250_000]))).toMatchObject({
      A: [1, 10, 30, 59],
      surplus: 0,
    });
  });

  it('uses exact fractions when coefficients do not sum to 1', () => {
    // K = [0.2, 0.1], P = 7, C = [100, 100]: nobody saturates, x = 7·[2/3, 1/3] = [4.67, 2.33]
    // → floors [4, 2], 1 Wh left → larger remainder (2/3 vs 1/3) → [5, 2].
    expect(oneStep(7, [100, 100], redis([200_000, 100_000]))).toMatchObject({ A: [5, 2], surplus: 0 });
  });

  it('still converges when saturation cascades over more rounds than the sorting fallback allows', () => {
    // 12 equal coefficients, P = 12e9. Each consumer sits just below the level left by the previous one:
    // level 1e9 saturates #0 only, then (12e9 − 743072978)/11 = 1023357002 saturates #1 only, … 11 rounds in all.
    // Final level (12e9 − Σ first eleven)/1 = 1025990282 ≥ every C of the first eleven and < 1e10: all eleven get
    // their C, the last gets the remaining 1025990282 Wh.
    const C = [
      743072978, 1000000002, 1023357004, 1025692704, 1025952226, 1025984666, 1025989300, 1025990072, 1025990226,
      1025990264, 1025990276, 10_000_000_000,
    ];
    const { A, surplus } = oneStep(12e9, C, redis(Array(12).fill(83_333)));
    expect(A).toEqual([...C.slice(0, 11), 1025990282]);
    expect(surplus).toBe(0);
  });
});
