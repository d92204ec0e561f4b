import type { acc } from '@trajectoire/engines';

const MILLION = 1_000_000;
const SAFE = Number.MAX_SAFE_INTEGER;

export interface Reproduction {
  /** Participant-steps with Aᵢ > 0. */
  cells: number;
  /** Of those, how many the coefficients reproduce exactly when applied as a dynamic key. */
  exactCells: number;
  stepsWithProduction: number;
  exactSteps: number;
  /** Σ (Aᵢ − A′ᵢ) and its largest term, Wh (A′ᵢ ≤ Aᵢ always). */
  totalGapWh: number;
  maxGapWh: number;
}

/** ⌊x·y/d⌋ exactly, for non-negative integers (BigInt when the product may leave the exact range). */
function mulDiv(x: number, y: number, d: number): number {
  const p = x * y;
  if (p <= SAFE - d) {
    let q = Math.floor(p / d);
    if (q * d > p) q -= 1;
    else if ((q + 1) * d <= p) q += 1;
    return q;
  }
  return Number((BigInt(x) * BigInt(y)) / BigInt(d));
}

/**
 * Per-step coefficients (millionths) that reproduce an allocation as closely as the file's precision allows,
 * assuming the DSO applies them as the engine's `dynamic` key: A′ᵢ = min(Cᵢ, ⌊P·kᵢ/10⁶⌋).
 *
 * Start from kᵢ = ⌊Aᵢ·10⁶/P⌋ (so A′ᵢ ≤ Aᵢ and Σk ≤ 10⁶; see the engine README §3). Then spend the unused
 * millionths 10⁶ − Σk: kᵢ + 1 ≥ Aᵢ·10⁶/P gives ⌊P·(kᵢ+1)/10⁶⌋ ≥ Aᵢ, so one extra millionth repairs a consumer
 * whenever it does not overshoot (always when P ≤ 10⁶ Wh, or when the consumer is capped by Cᵢ = Aᵢ). Each repair
 * costs exactly one millionth, so serving the largest gaps first (ties: earlier participant) maximises the
 * exactly reproduced participant-steps that any valid file could reach from these floors.
 */
export function declaredCoefficients(result: acc.AllocationResult): { coefficients: Int32Array; reproduction: Reproduction } {
  const { participants: n, steps, consumption } = result.input;
  const A = result.allocated;
  const k = new Int32Array(n * steps);
  const gap = new Float64Array(n);
  const candidates = new Int32Array(n);
  const stats: Reproduction = { cells: 0, exactCells: 0, stepsWithProduction: 0, exactSteps: 0, totalGapWh: 0, maxGapWh: 0 };
  for (let t = 0; t < steps; t++) {
    const P = result.stepProduction[t];
    if (P === 0) continue;
    stats.stepsWithProduction += 1;
    const base = t * n;
    let sum = 0;
    let m = 0;
    let uniformGap = true;
    for (let i = 0; i < n; i++) {
      const a = A[base + i];
      if (a === 0) continue;
      const ki = mulDiv(a, MILLION, P);
      k[base + i] = ki;
      sum += ki;
      const realised = Math.min(consumption[base + i], mulDiv(P, ki, MILLION));
      if (realised < a) {
        gap[i] = a - realised;
        if (m > 0 && gap[i] !== gap[candidates[0]]) uniformGap = false;
        candidates[m++] = i;
      }
    }
    let spare = MILLION - sum;
    if (m > spare && !uniformGap) {
      // Largest gap first, then earlier participant; with equal gaps index order already is that order.
      const order = Array.from(candidates.subarray(0, m)).sort((x, y) => gap[y] - gap[x] || x - y);
      candidates.set(order);
    }
    for (let j = 0; j < m && spare > 0; j++) {
      const i = candidates[j];
      const a = A[base + i];
      if (Math.min(consumption[base + i], mulDiv(P, k[base + i] + 1, MILLION)) === a) {
        k[base + i] += 1;
        spare -= 1;
      }
    }
    let exact = true;
    for (let i = 0; i < n; i++) {
      const a = A[base + i];
      if (a === 0) continue;
      stats.cells += 1;
      const g = a - Math.min(consumption[base + i], mulDiv(P, k[base + i], MILLION));
      if (g === 0) stats.exactCells += 1;
      else {
        exact = false;
        stats.totalGapWh += g;
        if (g > stats.maxGapWh) stats.maxGapWh = g;
      }
    }
    if (exact) stats.exactSteps += 1;
  }
  return { coefficients: k, reproduction: stats };
}
