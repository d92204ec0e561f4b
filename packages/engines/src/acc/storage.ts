import { AccInputError } from './errors';
import type { AllocationResult, Role } from './types';

/**
 * D315-5 check. Storage is modelled as a consumer when charging and a producer when discharging, which the keys
 * handle like any participant (ΣA ≤ P). D315-5 also requires, at each step, "stored quantity + production
 * allocated to final consumers ≤ total production of the operation": the measured charge counts in full, even the
 * part the key did not allocate to the storage. This returns the step indices where that stricter reading fails.
 * ⚠ "Total production" is read here as including destocked energy (destocked quantities "count as those of a
 * producer"); see README. A priority key with storage at rank 1 satisfies the rule whenever the charge ≤ P.
 */
export function storageRuleViolations(result: AllocationResult, roles: readonly Role[]): Int32Array {
  const { participants: n, steps, consumption } = result.input;
  if (roles.length !== n) throw new AccInputError('SHAPE', `expected ${n} roles, got ${roles.length}`);
  const storage = roles.map((r) => r === 'storage');
  const bad: number[] = [];
  for (let t = 0; t < steps; t++) {
    const base = t * n;
    let used = 0;
    for (let i = 0; i < n; i++) used += storage[i] ? consumption[base + i] : result.allocated[base + i];
    if (used > result.stepProduction[t]) bad.push(t);
  }
  return Int32Array.from(bad);
}
