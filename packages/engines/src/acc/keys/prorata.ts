import { addToLargestRemainders, fitsNumber, floorDiv } from '../exact';

/** Per-allocation scratch buffers (length n), reused across steps to keep the hot loop allocation-free. */
export interface Scratch {
  idx: Int32Array;
  rem: Float64Array;
}

export function makeScratch(n: number): Scratch {
  return { idx: new Int32Array(n), rem: new Float64Array(n) };
}

/**
 * D315-6 pro rata of consumption for one step, among the participants list[0..len) (in participants-file order).
 * If ΣC ≤ P everyone gets Cᵢ; otherwise Aᵢ = ⌊P·Cᵢ/ΣC⌋ and the P − ΣAᵢ leftover Wh go one each to the largest
 * remainders P·Cᵢ mod ΣC (ties: earlier participant). A remainder > 0 implies P·Cᵢ/ΣC < Cᵢ is not an integer,
 * so ⌊·⌋ + 1 ≤ Cᵢ: the cap D315-4 holds. `out` must hold zeros for the listed participants.
 */
export function proRataStep(
  P: number,
  list: ArrayLike<number>,
  len: number,
  C: Float64Array,
  base: number,
  sumC: number,
  out: Float64Array,
  scratch: Scratch,
  forceBig = false,
): void {
  if (sumC <= P) {
    for (let j = 0; j < len; j++) out[base + list[j]] = C[base + list[j]];
    return;
  }
  if (P === 0) return;
  const { idx, rem } = scratch;
  let given = 0;
  let m = 0;
  if (!forceBig && fitsNumber(P, sumC, sumC)) {
    for (let j = 0; j < len; j++) {
      const i = list[j];
      const c = C[base + i];
      if (c === 0) continue;
      const prod = P * c;
      const q = floorDiv(prod, sumC);
      const r = prod - q * sumC;
      out[base + i] = q;
      given += q;
      if (r > 0) {
        rem[i] = r;
        idx[m++] = i;
      }
    }
  } else {
    // P·Cᵢ may exceed 2^53: exact BigInt arithmetic for this step. Quotients (≤ Cᵢ) and remainders (< ΣC)
    // are below 2^53 again, so they convert back to Number exactly.
    const bigP = BigInt(P);
    const bigS = BigInt(sumC);
    for (let j = 0; j < len; j++) {
      const i = list[j];
      const c = C[base + i];
      if (c === 0) continue;
      const prod = bigP * BigInt(c);
      const q = prod / bigS;
      const r = Number(prod - q * bigS);
      const qn = Number(q);
      out[base + i] = qn;
      given += qn;
      if (r > 0) {
        rem[i] = r;
        idx[m++] = i;
      }
    }
  }
  addToLargestRemainders(idx, m, rem, P - given, out, base);
}
