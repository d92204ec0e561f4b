/**
 * Deliberately naive reference allocators for tests: one step at a time, BigInt everywhere, full sorts, and a
 * different water-filling method (try every saturated prefix) than the engine's saturation rounds. They share no
 * code with the engine, so agreement between the two is evidence, not tautology.
 */

export function refDefault(P: bigint, C: readonly bigint[]): bigint[] {
  const S = sum(C);
  if (S <= P) return [...C];
  return largestRemainder(
    C.map((c) => P * c),
    S,
    P,
  );
}

export function refStatic(P: bigint, C: readonly bigint[], K: readonly bigint[]): bigint[] {
  return C.map((c, i) => min(c, (P * K[i]) / 1_000_000n));
}

export function refRedistributed(P: bigint, C: readonly bigint[], K: readonly bigint[]): bigint[] {
  const elig = C.map((_, i) => i).filter((i) => K[i] > 0n);
  const Ce = sum(elig.map((i) => C[i]));
  const out = C.map(() => 0n);
  if (Ce <= P) {
    for (const i of elig) out[i] = C[i];
    return out;
  }
  // Thresholds Cᵢ/Kᵢ ascending; the saturated set is a prefix of that order. Try every prefix length s and keep
  // the one where λ = (P − Σprefix C)/(Σrest K) separates the prefix (threshold ≤ λ) from the rest (> λ).
  const order = [...elig].sort((a, b) => cmp(C[a] * K[b], C[b] * K[a]) || a - b);
  for (let s = 0; s < order.length; s++) {
    const sat = order.slice(0, s);
    const rest = order.slice(s);
    const R = P - sum(sat.map((i) => C[i]));
    const Ku = sum(rest.map((i) => K[i]));
    const okSat = sat.every((i) => C[i] * Ku <= R * K[i]);
    const okRest = rest.every((i) => C[i] * Ku > R * K[i]);
    if (!okSat || !okRest) continue;
    for (const i of sat) out[i] = C[i];
    const shares = largestRemainder(
      rest.map((i) => R * K[i]),
      Ku,
      R,
    );
    rest.forEach((i, j) => (out[i] = shares[j]));
    return out;
  }
  throw new Error('reference water-filling found no level');
}

export function refPriority(P: bigint, C: readonly bigint[], ranks: readonly number[]): bigint[] {
  const out = C.map(() => 0n);
  const levels = [...new Set(ranks)].sort((a, b) => (a === 0 ? 1 : b === 0 ? -1 : a - b));
  let left = P;
  for (const r of levels) {
    const members = ranks.map((x, i) => (x === r ? i : -1)).filter((i) => i >= 0);
    const got = refDefault(
      left,
      members.map((i) => C[i]),
    );
    members.forEach((i, j) => (out[i] = got[j]));
    left -= sum(got);
  }
  return out;
}

/** Floors of num/den, then `total − Σfloors` extra units to the largest remainders, ties to the lower position. */
function largestRemainder(num: readonly bigint[], den: bigint, total: bigint): bigint[] {
  const q = num.map((x) => x / den);
  const r = num.map((x) => x % den);
  let left = total - sum(q);
  const order = q.map((_, i) => i).sort((a, b) => cmp(r[b], r[a]) || a - b);
  for (const i of order) {
    if (left <= 0n) break;
    q[i] += 1n;
    left -= 1n;
  }
  return q;
}

export function sum(v: readonly bigint[]): bigint {
  return v.reduce((a, b) => a + b, 0n);
}

function min(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

function cmp(a: bigint, b: bigint): number {
  return a === b ? 0 : a < b ? -1 : 1;
}
