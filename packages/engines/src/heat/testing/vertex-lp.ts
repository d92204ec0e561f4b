import type { LpProblem } from '../lp-text';

/**
 * Independent oracle for tiny allocation LPs (≤ 6 arcs): enumerate every vertex of the feasible polytope. A vertex
 * is where n linearly independent constraints hold with equality; each n-subset of the rows and bounds is solved
 * by Gaussian elimination and kept when it satisfies every constraint. The LP optimum is attained at a vertex, and
 * the optimal face of phase 1 is a face of the polytope, so the cheapest vertex among the phase-1 optima is the
 * lexicographic optimum. Shares no code with the HiGHS path.
 */
export function bruteForceLp(problem: LpProblem): { maxRecovered: number; minCost: number } {
  const n = problem.arcs.length;
  const rows: { a: number[]; b: number }[] = [];
  for (let i = 0; i < problem.supplies.length; i++) {
    rows.push({ a: problem.arcs.map((arc) => (arc.source === i ? arc.sourceCoef : 0)), b: problem.supplies[i] });
  }
  for (let j = 0; j < problem.demands.length; j++) {
    rows.push({ a: problem.arcs.map((arc) => (arc.sink === j ? arc.gain : 0)), b: problem.demands[j] });
  }
  problem.arcs.forEach((arc, k) => {
    rows.push({ a: problem.arcs.map((_, q) => (q === k ? 1 : 0)), b: arc.capacity });
    rows.push({ a: problem.arcs.map((_, q) => (q === k ? -1 : 0)), b: 0 });
  });
  const vertices: number[][] = [];
  for (const subset of combinations(rows.length, n)) {
    const x = solve(subset.map((r) => rows[r].a), subset.map((r) => rows[r].b));
    if (!x) continue;
    const feasible = rows.every((r) => dot(r.a, x) <= r.b + 1e-7 * (1 + Math.abs(r.b)));
    if (feasible) vertices.push(x);
  }
  const recovered = (x: number[]) => x.reduce((s, v) => s + v, 0);
  const cost = (x: number[]) => x.reduce((s, v, k) => s + v * problem.arcs[k].cost, 0);
  const maxRecovered = Math.max(...vertices.map(recovered));
  const optimal = vertices.filter((x) => recovered(x) >= maxRecovered - 1e-7 * (1 + maxRecovered));
  return { maxRecovered, minCost: Math.min(...optimal.map(cost)) };
}

function dot(a: number[], x: number[]): number {
  return a.reduce((s, v, k) => s + v * x[k], 0);
}

function* combinations(m: number, n: number, start = 0, prefix: number[] = []): Generator<number[]> {
  if (prefix.length === n) {
    yield prefix;
    return;
  }
  for (let r = start; r <= m - (n - prefix.length); r++) yield* combinations(m, n, r + 1, [...prefix, r]);
}

/** Solve A x = b (square) with partial pivoting; null when singular. */
function solve(A: number[][], b: number[]): number[] | null {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    if (Math.abs(M[p][c]) < 1e-12) return null;
    [M[c], M[p]] = [M[p], M[c]];
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = M[r][c] / M[c][c];
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  return M.map((row, i) => row[n] / row[i]);
}
