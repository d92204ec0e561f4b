import { allocateDefault } from './keys/default';
import { allocateDynamic } from './keys/dynamic';
import { allocatePriority } from './keys/priority';
import { allocateRedistributed } from './keys/redistributed';
import { allocateStatic } from './keys/static';
import type { KeyContext } from './keys/context';
import type { AllocationInput, AllocationResult, KeySpec } from './types';
import { validateAndTotal } from './validate';

export interface AllocateOptions {
  /** Test hook: use BigInt arithmetic even where Numbers are exact (default, static and dynamic keys). */
  forceBig?: boolean;
}

/**
 * Split each step's pooled production among the participants according to `key`.
 * Guarantees (D315-4), checked by property tests: 0 ≤ Aᵢ ≤ Cᵢ and ΣAᵢ ≤ P at every step.
 */
export function allocate(input: AllocationInput, key: KeySpec, options: AllocateOptions = {}): AllocationResult {
  const totals = validateAndTotal(input);
  const { participants: n, steps } = input;
  const out = new Float64Array(n * steps);
  const ctx: KeyContext = {
    n,
    steps,
    consumption: input.consumption,
    stepProduction: totals.production,
    stepConsumption: totals.consumption,
    out,
    ids: input.ids,
    forceBig: options.forceBig,
  };
  switch (key.kind) {
    case 'default':
      allocateDefault(ctx);
      break;
    case 'static':
      allocateStatic(ctx, key.coefficients);
      break;
    case 'static-redistributed':
      allocateRedistributed(ctx, key.coefficients);
      break;
    case 'dynamic':
      allocateDynamic(ctx, key.coefficients);
      break;
    case 'priority':
      allocatePriority(ctx, key.ranks);
      break;
    default:
      throw new Error(`unknown key ${(key as { kind: string }).kind}`);
  }
  const stepAllocated = new Float64Array(steps);
  const stepSurplus = new Float64Array(steps);
  for (let t = 0; t < steps; t++) {
    let a = 0;
    const base = t * n;
    for (let i = 0; i < n; i++) a += out[base + i];
    stepAllocated[t] = a;
    stepSurplus[t] = totals.production[t] - a;
  }
  return {
    input,
    key: key.kind,
    allocated: out,
    stepProduction: totals.production,
    stepConsumption: totals.consumption,
    stepAllocated,
    stepSurplus,
  };
}
