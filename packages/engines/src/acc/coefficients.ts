import { fitsNumber, floorDiv } from './exact';
import { MILLION, type AllocationResult } from './types';

/**
 * Per-step coefficients describing an allocation, as the PMO declares them to the DSO (L315-4, D315-6):
 * kᵢ = ⌊Aᵢ·10⁶ / P⌋ millionths (0 when P = 0), index t*n + i.
 *
 * Flooring guarantees Σkᵢ ≤ ⌊ΣAᵢ·10⁶/P⌋ ≤ 10⁶, so the file is always valid. What it reproduces when applied as a
 * `dynamic` key (A'ᵢ = min(Cᵢ, ⌊P·kᵢ/10⁶⌋)), proved in the README and checked by property tests:
 *   - A'ᵢ ≤ Aᵢ: never more than the original allocation;
 *   - A'ᵢ = Aᵢ exactly when Aᵢ·10⁶ is a multiple of P (always for Aᵢ = 0 or Aᵢ = P);
 *   - otherwise Aᵢ − A'ᵢ ≤ ⌈P/10⁶⌉ Wh: at most 1 Wh while P ≤ 1 MWh per step.
 * Exact reproduction is impossible in general: for P = 3, A = [1, 1, 1] every kᵢ would need ≥ 333334.
 */
export function coefficientsFromAllocation(result: AllocationResult): Int32Array {
  const { participants: n, steps } = result.input;
  const out = new Int32Array(n * steps);
  for (let t = 0; t < steps; t++) {
    const P = result.stepProduction[t];
    if (P === 0) continue;
    const base = t * n;
    const exact = fitsNumber(P, MILLION, P);
    for (let i = 0; i < n; i++) {
      const a = result.allocated[base + i];
      if (a === 0) continue;
      out[base + i] = exact ? floorDiv(a * MILLION, P) : Number((BigInt(a) * 1_000_000n) / BigInt(P));
    }
  }
  return out;
}

/** Millionths as a decimal ratio with 6 decimals ("0.333333"), the precision of the participants file. */
export function formatCoefficient(millionths: number): string {
  const whole = Math.floor(millionths / MILLION);
  const frac = String(millionths - whole * MILLION).padStart(6, '0');
  return `${whole}.${frac}`;
}
