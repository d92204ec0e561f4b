/**
 * Connected components of the bipartite graph sources–sinks linked by kept arcs. The LP has one row per source and
 * per sink, and an arc appears only in the rows of its two ends, so the LP is block-diagonal by component: solving
 * each component alone gives exactly the optimum of the whole, and a component no other shares can be left out of
 * every other solve.
 */
export interface Component {
  /** Arc positions, ascending. */
  arcs: number[];
  sources: number[];
  sinks: number[];
}

function find(parent: Int32Array, x: number): number {
  let r = x;
  while (parent[r] !== r) r = parent[r];
  while (parent[x] !== r) {
    const next = parent[x];
    parent[x] = r; // path compression
    x = next;
  }
  return r;
}

/** Components in the order of their first arc; nodes without arcs belong to none. */
export function connectedComponents(
  nSources: number,
  nSinks: number,
  arcs: readonly { source: number; sink: number }[],
): Component[] {
  const parent = Int32Array.from({ length: nSources + nSinks }, (_, k) => k);
  for (const a of arcs) {
    const x = find(parent, a.source);
    const y = find(parent, nSources + a.sink);
    if (x !== y) parent[Math.max(x, y)] = Math.min(x, y);
  }
  const byRoot = new Map<number, Component>();
  const out: Component[] = [];
  arcs.forEach((a, k) => {
    const root = find(parent, a.source);
    let c = byRoot.get(root);
    if (!c) {
      c = { arcs: [], sources: [], sinks: [] };
      byRoot.set(root, c);
      out.push(c);
    }
    c.arcs.push(k);
  });
  const seen = new Uint8Array(nSources + nSinks);
  for (const c of out) {
    for (const k of c.arcs) {
      const { source, sink } = arcs[k];
      if (!seen[source]) (seen[source] = 1), c.sources.push(source);
      if (!seen[nSources + sink]) (seen[nSources + sink] = 1), c.sinks.push(sink);
    }
    c.sources.sort((a, b) => a - b);
    c.sinks.sort((a, b) => a - b);
  }
  return out;
}

/**
 * Pack components into groups of at most `maxArcs` arcs (a larger component stays alone), so that thousands of
 * two-arc components cost a few solver calls rather than thousands, while no single LP grows past the cap unless
 * one component alone does.
 */
export function packComponents(components: readonly Component[], maxArcs: number): Component[][] {
  const groups: Component[][] = [];
  let current: Component[] = [];
  let size = 0;
  for (const c of components) {
    if (size > 0 && size + c.arcs.length > maxArcs) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(c);
    size += c.arcs.length;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
