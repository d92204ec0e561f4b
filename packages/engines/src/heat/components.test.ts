import { describe, expect, it } from 'vitest';
import { connectedComponents, packComponents } from './components';

describe('connectedComponents', () => {
  it('research case H6: two separate source–sink pairs are two components', () => {
    const comps = connectedComponents(2, 2, [
      { source: 0, sink: 0 },
      { source: 1, sink: 1 },
    ]);
    expect(comps).toEqual([
      { arcs: [0], sources: [0], sinks: [0] },
      { arcs: [1], sources: [1], sinks: [1] },
    ]);
  });

  it('joins sources through a shared sink and sinks through a shared source, leaving isolated nodes out', () => {
    // s0–d1, s2–d1, s2–d0: one component; s1 and d2 have no arc.
    const comps = connectedComponents(3, 3, [
      { source: 0, sink: 1 },
      { source: 2, sink: 1 },
      { source: 2, sink: 0 },
    ]);
    expect(comps).toEqual([{ arcs: [0, 1, 2], sources: [0, 2], sinks: [0, 1] }]);
  });
});

describe('packComponents', () => {
  it('fills groups up to the arc cap and keeps an oversized component alone', () => {
    const c = (n: number) => ({ arcs: Array.from({ length: n }, (_, k) => k), sources: [], sinks: [] });
    const groups = packComponents([c(2), c(2), c(5), c(1), c(1)], 4);
    expect(groups.map((g) => g.map((x) => x.arcs.length))).toEqual([[2, 2], [5], [1, 1]]);
  });
});
