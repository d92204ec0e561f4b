import { AccInputError } from '../errors';
import { addToLargestRemainders, compareProducts, fitsNumber, floorDiv } from '../exact';
import { MILLION } from '../types';
import type { KeyContext } from './context';
import { makeScratch, type Scratch } from './prorata';
import { checkCoefficients } from './shares';

/** Saturation rounds tried before sorting thresholds; real data converges in a handful (see README). */
const DEFAULT_ROUNDS = 8;

/**
 * Static key with redistribution of unused shares (water-filling). Eligible consumers are those with Kᵢ > 0.
 * Target T = min(P, Σ eligible Cᵢ); exact shares xᵢ = min(Cᵢ, λ·Kᵢ) with λ such that Σxᵢ = T; Aᵢ = ⌊xᵢ⌋ and the
 * T − ΣAᵢ leftover Wh by largest remainder (ties: earlier participant).
 */
export function allocateRedistributed(ctx: KeyContext, coefficients: ArrayLike<number>, maxRounds = DEFAULT_ROUNDS) {
  const { n, steps, consumption, stepProduction, out } = ctx;
  if (coefficients.length !== n) {
    throw new AccInputError(
      'SHAPE',
      `static-redistributed key needs ${n} coefficients (one per participant), got ${coefficients.length}`,
    );
  }
  const sumK = checkCoefficients(coefficients, 0, n, ctx.ids);
  const eligible: number[] = [];
  for (let i = 0; i < n; i++) if (coefficients[i] > 0) eligible.push(i);
  const elig = Int32Array.from(eligible);
  const work = { scratch: makeScratch(n), unsat: new Int32Array(n) };
  for (let t = 0; t < steps; t++) {
    waterFillStep(stepProduction[t], elig, sumK, coefficients, consumption, t * n, out, work, maxRounds);
  }
}

interface Work {
  scratch: Scratch;
  unsat: Int32Array;
}

/** One step of water-filling. λ is kept as the exact fraction R/Ku (R = P − Σ saturated C, Ku = Σ unsaturated K). */
export function waterFillStep(
  P: number,
  elig: Int32Array,
  sumK: number,
  K: ArrayLike<number>,
  C: Float64Array,
  base: number,
  out: Float64Array,
  work: Work,
  maxRounds: number,
): void {
  const m = elig.length;
  let sumC = 0;
  for (let j = 0; j < m; j++) sumC += C[base + elig[j]];
  if (sumC <= P) {
    for (let j = 0; j < m; j++) out[base + elig[j]] = C[base + elig[j]];
    return;
  }
  if (P === 0) return;
  // From here P < Σ eligible C, so at least one consumer stays unsaturated and Ku > 0 (README, "water-filling").
  const unsat = work.unsat;
  for (let j = 0; j < m; j++) unsat[j] = elig[j];
  let u = m;
  let R = P;
  let Ku = sumK;
  let rounds = 0;
  for (;;) {
    // Consumers saturated at the current λ are saturated at the final one too, since λ only grows as saturated
    // consumers leave; testing a whole round against the same λ is therefore safe.
    let w = 0;
    let nextR = R;
    let nextKu = Ku;
    for (let j = 0; j < u; j++) {
      const i = unsat[j];
      const c = C[base + i];
      if (compareProducts(c, Ku, R, K[i]) <= 0) {
        out[base + i] = c;
        nextR -= c;
        nextKu -= K[i];
      } else unsat[w++] = i;
    }
    const changed = w !== u;
    u = w;
    R = nextR;
    Ku = nextKu;
    if (!changed) break;
    if (++rounds >= maxRounds) {
      ({ u, R, Ku } = saturateBySorting(unsat, u, R, Ku, K, C, base, out));
      break;
    }
  }
  spreadUnsaturated(unsat, u, R, Ku, K, out, base, work.scratch);
}

/** Worst case guard: sort remaining consumers by saturation threshold Cᵢ/Kᵢ, then saturate in that order. */
function saturateBySorting(
  unsat: Int32Array,
  u: number,
  R: number,
  Ku: number,
  K: ArrayLike<number>,
  C: Float64Array,
  base: number,
  out: Float64Array,
): { u: number; R: number; Ku: number } {
  const order = unsat.subarray(0, u);
  order.sort((a, b) => compareProducts(C[base + a], K[b], C[base + b], K[a]) || a - b);
  let j = 0;
  while (j < u) {
    const i = order[j];
    const c = C[base + i];
    if (compareProducts(c, Ku, R, K[i]) > 0) break;
    out[base + i] = c;
    R -= c;
    Ku -= K[i];
    j++;
  }
  unsat.copyWithin(0, j, u);
  return { u: u - j, R, Ku };
}

/** xᵢ = R·Kᵢ/Ku for the unsaturated consumers: floors, then R − Σ⌊xᵢ⌋ Wh by largest remainder. */
function spreadUnsaturated(
  unsat: Int32Array,
  u: number,
  R: number,
  Ku: number,
  K: ArrayLike<number>,
  out: Float64Array,
  base: number,
  scratch: Scratch,
): void {
  const { idx, rem } = scratch;
  const useNumber = fitsNumber(R, MILLION, Ku);
  const bigR = useNumber ? 0n : BigInt(R);
  const bigKu = useNumber ? 0n : BigInt(Ku);
  let given = 0;
  let m = 0;
  for (let j = 0; j < u; j++) {
    const i = unsat[j];
    let q: number;
    let r: number;
    if (useNumber) {
      const prod = R * K[i];
      q = floorDiv(prod, Ku);
      r = prod - q * Ku;
    } else {
      const prod = bigR * BigInt(K[i]);
      const bq = prod / bigKu;
      q = Number(bq);
      r = Number(prod - bq * bigKu);
    }
    out[base + i] = q;
    given += q;
    if (r > 0) {
      rem[i] = r;
      idx[m++] = i;
    }
  }
  addToLargestRemainders(idx, m, rem, R - given, out, base);
}
