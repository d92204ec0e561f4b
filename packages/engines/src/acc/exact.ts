/**
 * Exact integer helpers. Every quantity is an integer below 2^53, so a Number holds it exactly; only products
 * (P·Cᵢ, P·Kᵢ, Cᵢ·ΣK) can leave that range, and callers switch to BigInt for the steps where they might.
 */
export const MAX_SAFE = Number.MAX_SAFE_INTEGER;
const TWO_53 = 2 ** 53;

/**
 * True when ⌊a·b/d⌋ and its remainder can be computed with Numbers for every a ≤ aMax, b ≤ bMax: the product is
 * exact and floorDiv's guard (q·d ≤ a·b + d) stays exact too. A float product that rounds to ≤ MAX_SAFE − d was
 * exact, because products of integers below 2^53 are exact and rounding is monotonic.
 */
export function fitsNumber(aMax: number, bMax: number, d: number): boolean {
  return aMax * bMax <= MAX_SAFE - d;
}

/**
 * ⌊prod/d⌋ for an exact integer prod < 2^53 − d; the remainder is prod − q·d. For such operands the floor of the
 * correctly rounded quotient is already exact (the distance to the next integer, ≥ 1/d, exceeds half an ulp of
 * the quotient); the ±1 guard costs two comparisons and keeps the function safe if that argument is ever broken.
 */
export function floorDiv(prod: number, d: number): number {
  let q = Math.floor(prod / d);
  const r = prod - q * d;
  if (r < 0) q -= 1;
  else if (r >= d) q += 1;
  return q;
}

/** Sign of a·b − c·d, exactly, for non-negative integers below 2^53. */
export function compareProducts(a: number, b: number, c: number, d: number): number {
  const left = a * b;
  const right = c * d;
  if (left < TWO_53 && right < TWO_53) return left === right ? 0 : left < right ? -1 : 1;
  const diff = BigInt(a) * BigInt(b) - BigInt(c) * BigInt(d);
  return diff === 0n ? 0 : diff < 0n ? -1 : 1;
}

/**
 * Give one more Wh to the `count` candidates with the largest remainders; ties go to the lower participant
 * index. Candidates are idx[0..m) (distinct participant indices), rem[i] their remainders (same denominator),
 * out[base + i] receives the increment. Uses quickselect, O(m) on average, because sorting every step
 * would cost O(m log m) for nothing: only membership in the top `count` matters.
 */
export function addToLargestRemainders(
  idx: Int32Array,
  m: number,
  rem: Float64Array,
  count: number,
  out: Float64Array,
  base: number,
): void {
  if (count <= 0) return;
  if (count > m) throw new Error(`internal: ${count} Wh to spread over ${m} remainders`);
  if (count < m) selectTop(idx, m, count, rem);
  for (let j = 0; j < count; j++) out[base + idx[j]] += 1;
}

/** Whether candidate a ranks before candidate b: larger remainder, then lower index. */
function before(a: number, b: number, rem: Float64Array): boolean {
  const ra = rem[a];
  const rb = rem[b];
  return ra > rb || (ra === rb && a < b);
}

/** Reorder idx[0..m) so that idx[0..k) are the k best candidates (in any order). */
export function selectTop(idx: Int32Array, m: number, k: number, rem: Float64Array): void {
  let lo = 0;
  let hi = m - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    // Median of three as pivot keeps sorted or constant inputs (very common: equal remainders) linear.
    if (before(idx[mid], idx[lo], rem)) swap(idx, lo, mid);
    if (before(idx[hi], idx[lo], rem)) swap(idx, lo, hi);
    if (before(idx[hi], idx[mid], rem)) swap(idx, mid, hi);
    swap(idx, mid, hi);
    const pivot = idx[hi];
    let store = lo;
    for (let j = lo; j < hi; j++) {
      if (before(idx[j], pivot, rem)) swap(idx, store++, j);
    }
    swap(idx, store, hi);
    if (store === k || store === k - 1) return;
    if (store > k) hi = store - 1;
    else lo = store + 1;
  }
}

function swap(a: Int32Array, i: number, j: number): void {
  const x = a[i];
  a[i] = a[j];
  a[j] = x;
}
