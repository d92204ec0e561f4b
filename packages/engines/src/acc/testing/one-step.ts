import { allocate, type AllocateOptions } from '../allocate';
import type { KeySpec } from '../types';

/**
 * Allocate one step where consumers C share production P. P is injected by an extra producer appended after the
 * consumers, so keys given for the consumers only get a 0 coefficient / rank appended for it.
 */
export function oneStep(P: number, C: number[], key: KeySpec, options?: AllocateOptions) {
  const n = C.length + 1;
  const production = new Float64Array(n);
  production[n - 1] = P;
  const widened: KeySpec =
    key.kind === 'priority'
      ? { kind: 'priority', ranks: [...Array.from(key.ranks), 0] }
      : key.kind === 'default' || key.kind === 'dynamic'
        ? key
        : { ...key, coefficients: [...Array.from(key.coefficients), 0] };
  const result = allocate(
    { participants: n, steps: 1, consumption: Float64Array.from([...C, 0]), production },
    widened,
    options,
  );
  return { A: [...result.allocated.subarray(0, n - 1)], surplus: result.stepSurplus[0], result };
}
