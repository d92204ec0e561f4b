import { AccInputError, participantName } from './errors';
import { MAX_SAFE } from './exact';
import type { AllocationInput } from './types';

export interface StepTotals {
  production: Float64Array;
  consumption: Float64Array;
}

/**
 * Check shapes and values (integer Wh, 0 ≤ v ≤ 2^53 − 1) and compute per-step P and ΣC in the same pass.
 * Per-step sums must stay ≤ 2^53 − 1 too: every exactness argument of the keys relies on it.
 */
export function validateAndTotal(input: AllocationInput): StepTotals {
  const { participants: n, steps, consumption, production, ids } = input;
  if (!(Number.isInteger(n) && n >= 0 && Number.isInteger(steps) && steps >= 0)) {
    throw new AccInputError('SHAPE', `participants and steps must be non-negative integers, got ${n} and ${steps}`);
  }
  for (const [name, arr] of [['consumption', consumption], ['production', production]] as const) {
    if (arr.length !== n * steps) {
      throw new AccInputError('SHAPE', `${name} must hold ${n * steps} values (${steps} steps × ${n}), got ${arr.length}`);
    }
  }
  if (ids && ids.length !== n) throw new AccInputError('SHAPE', `ids must hold ${n} entries, got ${ids.length}`);
  const stepProduction = new Float64Array(steps);
  const stepConsumption = new Float64Array(steps);
  for (let t = 0; t < steps; t++) {
    const base = t * n;
    let p = 0;
    let c = 0;
    for (let i = 0; i < n; i++) {
      const ci = consumption[base + i];
      const pi = production[base + i];
      // Written as "ok" tests so that NaN fails them.
      if (!(ci >= 0 && ci <= MAX_SAFE && Math.floor(ci) === ci)) throw badWh('consumption', ci, i, t, ids);
      if (!(pi >= 0 && pi <= MAX_SAFE && Math.floor(pi) === pi)) throw badWh('production', pi, i, t, ids);
      p += pi;
      c += ci;
    }
    if (p > MAX_SAFE || c > MAX_SAFE) {
      throw new AccInputError(
        'OVERFLOW',
        `step index ${t}: total ${p > MAX_SAFE ? 'production' : 'consumption'} exceeds 2^53 − 1 Wh, beyond exact arithmetic`,
        { step: t },
      );
    }
    stepProduction[t] = p;
    stepConsumption[t] = c;
  }
  return { production: stepProduction, consumption: stepConsumption };
}

function badWh(what: string, v: number, i: number, t: number, ids?: readonly string[]): AccInputError {
  return new AccInputError(
    'BAD_WH',
    `${what} of participant ${participantName(ids, i)} at step index ${t} must be a non-negative integer number of Wh ` +
      `below 2^53, got ${v}`,
    { participant: ids?.[i], step: t },
  );
}
