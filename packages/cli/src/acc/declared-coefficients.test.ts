import { acc } from '@trajectoire/engines';
import { describe, expect, it } from 'vitest';
import { declaredCoefficients } from './declared-coefficients';

/** One step; the last participant is the producer. */
function oneStep(consumption: number[], P: number, key: acc.KeySpec = { kind: 'default' }) {
  const n = consumption.length + 1;
  return acc.allocate(
    { participants: n, steps: 1, consumption: Float64Array.from([...consumption, 0]), production: Float64Array.from([...consumption.map(() => 0), P]) },
    key,
  );
}
/** What the DSO would allocate from the coefficients: min(C, ⌊P·k/10⁶⌋) (the engine's dynamic key). */
const replay = (consumption: number[], P: number, k: Int32Array) => Array.from(oneStep(consumption, P, { kind: 'dynamic', coefficients: k }).allocated);

describe('declaredCoefficients', () => {
  it('keeps exact ratios untouched (A1: P = 10, A = [3, 7])', () => {
    const { coefficients, reproduction } = declaredCoefficients(oneStep([4, 8], 10));
    expect(Array.from(coefficients)).toEqual([300_000, 700_000, 0]);
    expect(reproduction).toEqual({ cells: 2, exactCells: 2, stepsWithProduction: 1, exactSteps: 1, totalGapWh: 0, maxGapWh: 0 });
  });

  it('spends spare millionths on the earlier consumer when they run short (P = 7, A = [2, 5])', () => {
    // Default key, P = 7 < ΣC = 8 with C = [2, 6]: 7·2/8 = 1.75, 7·6/8 = 5.25 → floors [1, 5], leftover to the
    // larger remainder (14 mod 8 = 6 > 42 mod 8 = 2) → A = [2, 5].
    // Floors: ⌊2·10⁶/7⌋ = 285714 (→ ⌊1.999998⌋ = 1 Wh), ⌊5·10⁶/7⌋ = 714285 (→ ⌊4.999995⌋ = 4 Wh); one spare
    // millionth: the first consumer gets 285715 (→ ⌊2.000005⌋ = 2 Wh); the second stays 1 Wh short.
    const result = oneStep([2, 6], 7);
    expect(Array.from(result.allocated)).toEqual([2, 5, 0]);
    const { coefficients, reproduction } = declaredCoefficients(result);
    expect(Array.from(coefficients)).toEqual([285_715, 714_285, 0]);
    expect(replay([2, 6], 7, coefficients)).toEqual([2, 4, 0]);
    expect(reproduction).toMatchObject({ exactCells: 1, totalGapWh: 1, maxGapWh: 1, exactSteps: 0 });
  });

  it('repairs everyone when there is surplus (P = 7, C = [2, 3])', () => {
    // A = C = [2, 3]; floors 285714 and 428571 sum to 714285, leaving 285715 spare: both get one more.
    const { coefficients, reproduction } = declaredCoefficients(oneStep([2, 3], 7));
    expect(Array.from(coefficients)).toEqual([285_715, 428_572, 0]);
    expect(replay([2, 3], 7, coefficients)).toEqual([2, 3, 0]);
    expect(reproduction.exactSteps).toBe(1);
  });

  it('works above 10⁶ Wh per step, where one millionth is worth more than 1 Wh', () => {
    // P = 3,000,001 Wh; a static 1/3-each key gives A = ⌊P·333333/10⁶⌋ = 999,999 Wh to each of three consumers
    // with C = 2,000,000 (ΣA = 2,999,997). Floors ⌊999,999·10⁶/P⌋ = 333332 give ⌊P·0.333332⌋ = 999,996 Wh
    // (3 short each); 333333 gives 999,999 exactly. Spare 10⁶ − 999,996 = 4 ≥ 3: all repaired.
    const key: acc.KeySpec = { kind: 'static', coefficients: Int32Array.from([333_333, 333_333, 333_333, 0]) };
    const result = oneStep([2_000_000, 2_000_000, 2_000_000], 3_000_001, key);
    expect(Array.from(result.allocated)).toEqual([999_999, 999_999, 999_999, 0]);
    const { coefficients, reproduction } = declaredCoefficients(result);
    expect(Array.from(coefficients)).toEqual([333_333, 333_333, 333_333, 0]);
    expect(reproduction.exactCells).toBe(3);
  });

  it('serves the largest gap first when the spare millionths run out (P = 5,000,000 Wh: 1 millionth = 5 Wh)', () => {
    // C = A = [3, 4, 4,999,993] (ΣC = P). Floors ⌊Aᵢ/5⌋ = [0, 0, 999998] realise [0, 0, 4,999,990]: gaps 3, 4, 3.
    // Spare = 10⁶ − 999,998 = 2. One more millionth gives 5 Wh, capped at Cᵢ = Aᵢ: exact for all three, but only
    // two fit: the gap of 4 first, then the tie of 3 goes to the earlier consumer.
    const C = [3, 4, 4_999_993];
    const { coefficients, reproduction } = declaredCoefficients(oneStep(C, 5_000_000));
    expect(Array.from(coefficients)).toEqual([1, 1, 999_998, 0]);
    expect(replay(C, 5_000_000, coefficients)).toEqual([3, 4, 4_999_990, 0]);
    expect(reproduction).toMatchObject({ exactCells: 2, totalGapWh: 3, maxGapWh: 3 });
  });

  it('never exceeds 10⁶ per step and never gives more than the allocation (random operations)', () => {
    let s = 7;
    const rnd = (max: number) => ((s = (s * 48271) % 2147483647), s % max);
    for (let trial = 0; trial < 300; trial++) {
      const C = Array.from({ length: 1 + rnd(6) }, () => rnd(50));
      const P = rnd(200);
      const result = oneStep(C, P);
      const { coefficients } = declaredCoefficients(result);
      expect(coefficients.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(1_000_000);
      const again = replay(C, P, coefficients);
      again.forEach((v, i) => expect(v).toBeLessThanOrEqual(result.allocated[i]));
    }
  });
});
