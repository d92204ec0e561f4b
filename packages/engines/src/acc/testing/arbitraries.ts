import fc from 'fast-check';
import type { AllocationInput } from '../types';

/** A small random operation: values mix tiny, medium and huge magnitudes (per-step sums stay below 2^53). */
export interface Op {
  n: number;
  steps: number;
  C: number[][];
  P: number[][];
}

const HUGE = Math.floor(Number.MAX_SAFE_INTEGER / 16);

function wh(max: number): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 12 }) },
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 100_000 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max }) },
  );
}

export function opArb(maxN = 7, maxSteps = 4): fc.Arbitrary<Op> {
  return fc
    .record({ n: fc.integer({ min: 1, max: maxN }), steps: fc.integer({ min: 1, max: maxSteps }) })
    .chain(({ n, steps }) => {
      const row = fc.array(wh(Math.floor(HUGE / n)), { minLength: n, maxLength: n });
      return fc.record({
        n: fc.constant(n),
        steps: fc.constant(steps),
        C: fc.array(row, { minLength: steps, maxLength: steps }),
        P: fc.array(row, { minLength: steps, maxLength: steps }),
      });
    });
}

/** Coefficients in millionths for n participants, summing to at most 10⁶ (often exactly 10⁶, often with zeros). */
export function coefficientsArb(n: number): fc.Arbitrary<number[]> {
  return fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 1_000_000 })), { minLength: n, maxLength: n })
    .chain((raw) => fc.boolean().map((fill) => normalise(raw, fill)));
}

function normalise(raw: number[], fill: boolean): number[] {
  const total = raw.reduce((a, b) => a + b, 0);
  if (total === 0) return raw;
  const scaled = raw.map((v) => Math.floor((v * 1_000_000) / total));
  if (fill) {
    const first = Math.max(0, scaled.findIndex((v) => v > 0));
    scaled[first] += 1_000_000 - scaled.reduce((a, b) => a + b, 0);
  }
  return scaled;
}

export function toInput(op: Op): AllocationInput {
  return {
    participants: op.n,
    steps: op.steps,
    consumption: Float64Array.from(op.C.flat()),
    production: Float64Array.from(op.P.flat()),
  };
}

/** Row t of a step-major array, as BigInts. */
export function rowBig(arr: ArrayLike<number>, t: number, n: number): bigint[] {
  return Array.from({ length: n }, (_, i) => BigInt(arr[t * n + i]));
}

export function stepP(op: Op, t: number): bigint {
  return op.P[t].reduce((a, b) => a + BigInt(b), 0n);
}
