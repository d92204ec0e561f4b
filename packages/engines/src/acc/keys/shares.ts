import { AccInputError, participantName } from '../errors';
import { fitsNumber, floorDiv } from '../exact';
import { MILLION } from '../types';

/**
 * Validate coefficients K[kBase .. kBase+n) (integer millionths, 0 ≤ Kᵢ ≤ 10⁶, Σ ≤ 10⁶) and return their sum.
 * `where` completes messages ("" for static keys, " at step 12" for dynamic ones).
 */
export function checkCoefficients(
  K: ArrayLike<number>,
  kBase: number,
  n: number,
  ids: readonly string[] | undefined,
  step?: number,
): number {
  const where = step === undefined ? '' : ` at step index ${step}`;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    const k = K[kBase + i];
    if (!(Number.isInteger(k) && k >= 0 && k <= MILLION)) {
      throw new AccInputError(
        'BAD_COEFFICIENT',
        `coefficient of participant ${participantName(ids, i)}${where} must be an integer number of millionths ` +
          `between 0 and 1000000, got ${k}`,
        { participant: ids?.[i], step },
      );
    }
    sum += k;
  }
  if (sum > MILLION) {
    throw new AccInputError(
      'COEFFICIENT_SUM',
      `coefficients${where} sum to ${sum / MILLION}, more than 1 (${sum} millionths)`,
      { step },
    );
  }
  return sum;
}

/**
 * Fixed-share allocation for one step: Aᵢ = min(Cᵢ, ⌊P·Kᵢ/10⁶⌋). What a consumer cannot take is surplus.
 * The Number path is exact while (P + 1)·10⁶ < 2^53, i.e. P below about 9 GWh per step; beyond, BigInt.
 */
export function sharesStep(
  P: number,
  K: ArrayLike<number>,
  kBase: number,
  C: Float64Array,
  base: number,
  n: number,
  out: Float64Array,
  forceBig = false,
): void {
  if (P === 0) return;
  if (!forceBig && fitsNumber(P, MILLION, MILLION)) {
    for (let i = 0; i < n; i++) {
      const k = K[kBase + i];
      if (k === 0) continue;
      const share = floorDiv(P * k, MILLION);
      const c = C[base + i];
      out[base + i] = share < c ? share : c;
    }
    return;
  }
  const bigP = BigInt(P);
  for (let i = 0; i < n; i++) {
    const k = K[kBase + i];
    if (k === 0) continue;
    const share = Number((bigP * BigInt(k)) / 1_000_000n);
    const c = C[base + i];
    out[base + i] = share < c ? share : c;
  }
}
