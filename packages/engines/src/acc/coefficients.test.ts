import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate } from './allocate';
import { coefficientsFromAllocation, formatCoefficient } from './coefficients';
import { opArb, toInput } from './testing/arbitraries';
import { oneStep } from './testing/one-step';
import { MILLION, type KeySpec } from './types';

describe('coefficientsFromAllocation', () => {
  it('floors Aᵢ/P to millionths (hand-computed)', () => {
    // P = 3, A = [1, 1, 1] → ⌊10⁶/3⌋ = 333333 each; the producer gets 0.
    const { result } = oneStep(3, [5, 5, 5], { kind: 'default' });
    expect([...coefficientsFromAllocation(result)]).toEqual([333_333, 333_333, 333_333, 0]);
    // Re-applied: ⌊3·333333/10⁶⌋ = 0 each. Exact reproduction would need 333334 × 3 > 10⁶: impossible.
    const back = allocate(result.input, { kind: 'dynamic', coefficients: coefficientsFromAllocation(result) });
    expect([...back.allocated]).toEqual([0, 0, 0, 0]);
  });

  it('reproduces allocations whose Aᵢ·10⁶ is a multiple of P', () => {
    // P = 1000, A = [400, 600] → k = [400000, 600000] → ⌊1000·0.4⌋ = 400, ⌊1000·0.6⌋ = 600.
    const { result } = oneStep(1_000, [400, 800], { kind: 'priority', ranks: [1, 2] });
    const back = allocate(result.input, { kind: 'dynamic', coefficients: coefficientsFromAllocation(result) });
    expect([...back.allocated]).toEqual([...result.allocated]);
  });

  it('re-applied as a dynamic key: A′ ≤ A, A − A′ ≤ ⌈P/10⁶⌉, equality iff P divides A·10⁶, Σk ≤ 10⁶', () => {
    const keys: KeySpec[] = [{ kind: 'default' }, { kind: 'priority', ranks: [] }];
    fc.assert(
      fc.property(opArb(), fc.constantFrom(...keys), (op, key0) => {
        const key: KeySpec = key0.kind === 'priority' ? { kind: 'priority', ranks: Array(op.n).fill(1) } : key0;
        const r = allocate(toInput(op), key);
        const k = coefficientsFromAllocation(r);
        const back = allocate(r.input, { kind: 'dynamic', coefficients: k });
        for (let t = 0; t < op.steps; t++) {
          const P = BigInt(r.stepProduction[t]);
          let sumK = 0;
          for (let i = 0; i < op.n; i++) {
            const x = t * op.n + i;
            sumK += k[x];
            const A = BigInt(r.allocated[x]);
            const A2 = BigInt(back.allocated[x]);
            expect(A2 <= A).toBe(true);
            if (P === 0n) continue;
            expect(A - A2 <= (P + 999_999n) / 1_000_000n).toBe(true);
            expect(A2 === A).toBe((A * 1_000_000n) % P === 0n);
          }
          expect(sumK).toBeLessThanOrEqual(MILLION);
        }
      }),
    );
  });
});

describe('formatCoefficient', () => {
  it('writes six decimals', () => {
    expect(formatCoefficient(333_333)).toBe('0.333333');
    expect(formatCoefficient(5)).toBe('0.000005');
    expect(formatCoefficient(1_000_000)).toBe('1.000000');
    expect(formatCoefficient(0)).toBe('0.000000');
  });
});
