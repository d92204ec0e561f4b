/**
 * Independent oracle for allocation LPs whose arcs are all lossless and direct (coefficients 1) with integer data:
 * then the LP is a transportation problem, i.e. a min-cost max-flow, and successive shortest paths (Bellman–Ford
 * on the residual graph) give the maximum flow and its minimum cost exactly, in integers.
 */
export interface FlowArc {
  source: number;
  sink: number;
  capacity: number;
  cost: number;
}

export function minCostMaxFlow(supplies: number[], demands: number[], arcs: FlowArc[]): { flow: number; cost: number } {
  const nS = supplies.length;
  const nodes = nS + demands.length + 2;
  const s = nodes - 2;
  const t = nodes - 1;
  const to: number[] = [];
  const cap: number[] = [];
  const cost: number[] = [];
  const adj: number[][] = Array.from({ length: nodes }, () => []);
  const edge = (u: number, v: number, c: number, w: number) => {
    adj[u].push(to.length);
    to.push(v), cap.push(c), cost.push(w);
    adj[v].push(to.length);
    to.push(u), cap.push(0), cost.push(-w);
  };
  supplies.forEach((v, i) => edge(s, i, v, 0));
  demands.forEach((v, j) => edge(nS + j, t, v, 0));
  for (const a of arcs) edge(a.source, nS + a.sink, a.capacity, a.cost);
  let flow = 0;
  let total = 0;
  for (;;) {
    const dist = new Array<number>(nodes).fill(Infinity);
    const via = new Array<number>(nodes).fill(-1);
    dist[s] = 0;
    for (let round = 0; round < nodes; round++) {
      let changed = false;
      for (let u = 0; u < nodes; u++) {
        if (dist[u] === Infinity) continue;
        for (const e of adj[u]) {
          if (cap[e] > 0 && dist[u] + cost[e] < dist[to[e]]) {
            dist[to[e]] = dist[u] + cost[e];
            via[to[e]] = e;
            changed = true;
          }
        }
      }
      if (!changed) break;
    }
    if (dist[t] === Infinity) return { flow, cost: total };
    let push = Infinity;
    for (let v = t; v !== s; v = to[via[v] ^ 1]) push = Math.min(push, cap[via[v]]);
    for (let v = t; v !== s; v = to[via[v] ^ 1]) {
      cap[via[v]] -= push;
      cap[via[v] ^ 1] += push;
    }
    flow += push;
    total += push * dist[t];
  }
}
