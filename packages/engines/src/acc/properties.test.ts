import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate } from './allocate';
import { allocateRedistributed } from './keys/redistributed';
import { coefficientsArb, opArb, rowBig, stepP, toInput, type Op } from './testing/arbitraries';
import { refDefault, refPriority, refRedistributed, refStatic, sum } from './testing/reference';
import type { AllocationResult, KeySpec } from './types';

/** D315-4 at every step: 0 ≤ Aᵢ ≤ Cᵢ, ΣA ≤ P (hence ΣA ≤ ΣC), and the step totals are consistent. */
function expectInvariants(op: Op, r: AllocationResult): void {
  for (let t = 0; t < op.steps; t++) {
    let a = 0;
    for (let i = 0; i < op.n; i++) {
      const v = r.allocated[t * op.n + i];
      expect(Number.isInteger(v)).toBe(true);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(op.C[t][i]);
      a += v;
    }
    expect(r.stepAllocated[t]).toBe(a);
    expect(BigInt(a)).toBeLessThanOrEqual(stepP(op, t));
    expect(r.stepSurplus[t]).toBe(r.stepProduction[t] - a);
    expect(r.stepSurplus[t]).toBeGreaterThanOrEqual(0);
  }
}

function expectRows(op: Op, r: AllocationResult, ref: (t: number, P: bigint, C: bigint[]) => bigint[]): void {
  for (let t = 0; t < op.steps; t++) {
    const want = ref(t, stepP(op, t), rowBig(r.input.consumption, t, op.n));
    expect(rowBig(r.allocated, t, op.n)).toEqual(want);
  }
}

const withCoefficients = opArb().chain((op) => coefficientsArb(op.n).map((K) => ({ op, K })));
const withRanks = opArb().chain((op) =>
  fc.array(fc.integer({ min: 0, max: 3 }), { minLength: op.n, maxLength: op.n }).map((ranks) => ({ op, ranks })),
);

describe('default key properties', () => {
  it('matches the reference, satisfies D315-4 and allocates min(P, ΣC)', () => {
    fc.assert(
      fc.property(opArb(), (op) => {
        const r = allocate(toInput(op), { kind: 'default' });
        expectInvariants(op, r);
        expectRows(op, r, (_, P, C) => refDefault(P, C));
        for (let t = 0; t < op.steps; t++) {
          expect(r.stepAllocated[t]).toBe(Math.min(r.stepProduction[t], r.stepConsumption[t]));
        }
      }),
    );
  });

  it('never gives less to a larger consumer, and equal consumers differ by at most 1 Wh', () => {
    fc.assert(
      fc.property(opArb(), (op) => {
        const r = allocate(toInput(op), { kind: 'default' });
        for (let t = 0; t < op.steps; t++) {
          for (let i = 0; i < op.n; i++) {
            for (let j = 0; j < op.n; j++) {
              const [ci, cj] = [op.C[t][i], op.C[t][j]];
              const [ai, aj] = [r.allocated[t * op.n + i], r.allocated[t * op.n + j]];
              if (ci < cj) expect(ai).toBeLessThanOrEqual(aj);
              if (ci === cj && i < j) expect(ai - aj).toBeOneOf([0, 1]);
            }
          }
        }
      }),
    );
  });
});

describe('static key properties', () => {
  it('matches min(Cᵢ, ⌊P·Kᵢ⌋) and is monotonic in production', () => {
    fc.assert(
      fc.property(withCoefficients, fc.integer({ min: 0, max: 1000 }), ({ op, K }, extra) => {
        const key: KeySpec = { kind: 'static', coefficients: K };
        const r = allocate(toInput(op), key);
        expectInvariants(op, r);
        expectRows(op, r, (_, P, C) => refStatic(P, C, K.map(BigInt)));
        const more = { ...op, P: op.P.map((row) => [row[0] + extra, ...row.slice(1)]) };
        const r2 = allocate(toInput(more), key);
        for (let x = 0; x < r.allocated.length; x++) expect(r2.allocated[x]).toBeGreaterThanOrEqual(r.allocated[x]);
      }),
    );
  });

  it('equals a dynamic key repeating the same coefficients at every step', () => {
    fc.assert(
      fc.property(withCoefficients, ({ op, K }) => {
        const a = allocate(toInput(op), { kind: 'static', coefficients: K });
        const repeated = Array.from({ length: op.steps }, () => K).flat();
        const b = allocate(toInput(op), { kind: 'dynamic', coefficients: repeated });
        expect([...b.allocated]).toEqual([...a.allocated]);
      }),
    );
  });
});

describe('static-redistributed key properties', () => {
  it('matches the reference water-filling and allocates exactly T = min(P, Σ eligible C)', () => {
    fc.assert(
      fc.property(withCoefficients, ({ op, K }) => {
        const r = allocate(toInput(op), { kind: 'static-redistributed', coefficients: K });
        expectInvariants(op, r);
        expectRows(op, r, (_, P, C) => refRedistributed(P, C, K.map(BigInt)));
        for (let t = 0; t < op.steps; t++) {
          const eligible = sum(op.C[t].filter((_, i) => K[i] > 0).map(BigInt));
          const P = stepP(op, t);
          expect(BigInt(r.stepAllocated[t])).toBe(P < eligible ? P : eligible);
        }
      }),
    );
  });

  it('gives everyone at least their static allocation', () => {
    fc.assert(
      fc.property(withCoefficients, ({ op, K }) => {
        const s = allocate(toInput(op), { kind: 'static', coefficients: K });
        const r = allocate(toInput(op), { kind: 'static-redistributed', coefficients: K });
        for (let x = 0; x < r.allocated.length; x++) expect(r.allocated[x]).toBeGreaterThanOrEqual(s.allocated[x]);
      }),
    );
  });

  it('gives the same result whether saturation converges by rounds or by the sorting fallback', () => {
    fc.assert(
      fc.property(withCoefficients, ({ op, K }) => {
        const viaRounds = allocate(toInput(op), { kind: 'static-redistributed', coefficients: K });
        const out = new Float64Array(op.n * op.steps);
        allocateRedistributed(
          {
            n: op.n,
            steps: op.steps,
            consumption: viaRounds.input.consumption,
            stepProduction: viaRounds.stepProduction,
            stepConsumption: viaRounds.stepConsumption,
            out,
          },
          K,
          1,
        );
        expect([...out]).toEqual([...viaRounds.allocated]);
      }),
    );
  });
});

describe('dynamic key properties', () => {
  it('satisfies D315-4 with per-step coefficients', () => {
    const arb = opArb().chain((op) =>
      fc.array(coefficientsArb(op.n), { minLength: op.steps, maxLength: op.steps }).map((K) => ({ op, K })),
    );
    fc.assert(
      fc.property(arb, ({ op, K }) => {
        const r = allocate(toInput(op), { kind: 'dynamic', coefficients: K.flat() });
        expectInvariants(op, r);
        expectRows(op, r, (t, P, C) => refStatic(P, C, K[t].map(BigInt)));
      }),
    );
  });
});

describe('priority key properties', () => {
  it('matches the reference, allocates min(P, ΣC), and never serves a rank before the previous is full', () => {
    fc.assert(
      fc.property(withRanks, ({ op, ranks }) => {
        const r = allocate(toInput(op), { kind: 'priority', ranks });
        expectInvariants(op, r);
        expectRows(op, r, (_, P, C) => refPriority(P, C, ranks));
        const order = (x: number) => (x === 0 ? Infinity : x);
        for (let t = 0; t < op.steps; t++) {
          expect(r.stepAllocated[t]).toBe(Math.min(r.stepProduction[t], r.stepConsumption[t]));
          for (let i = 0; i < op.n; i++) {
            for (let j = 0; j < op.n; j++) {
              if (order(ranks[i]) < order(ranks[j]) && r.allocated[t * op.n + j] > 0) {
                expect(r.allocated[t * op.n + i]).toBe(op.C[t][i]);
              }
            }
          }
        }
      }),
    );
  });
});

describe('Number and BigInt paths', () => {
  it('agree for every key that has both', () => {
    const arb = withCoefficients.chain(({ op, K }) =>
      fc.array(fc.integer({ min: 0, max: 2 }), { minLength: op.n, maxLength: op.n }).map((ranks) => ({ op, K, ranks })),
    );
    fc.assert(
      fc.property(arb, ({ op, K, ranks }) => {
        const keys: KeySpec[] = [
          { kind: 'default' },
          { kind: 'static', coefficients: K },
          { kind: 'priority', ranks },
        ];
        for (const key of keys) {
          const fast = allocate(toInput(op), key);
          const big = allocate(toInput(op), key, { forceBig: true });
          expect([...big.allocated]).toEqual([...fast.allocated]);
        }
      }),
    );
  });
});
