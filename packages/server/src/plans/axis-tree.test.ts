import { describe, expect, it } from 'vitest';
import { buildTree, subtreeIds, wouldCycle } from './axis-tree';

// a ─ b ─ c
//   └ d
// e
const list = [
  { id: 'a', parentId: null, position: 1, title: 'A' },
  { id: 'b', parentId: 'a', position: 1, title: 'B' },
  { id: 'c', parentId: 'b', position: 0, title: 'C' },
  { id: 'd', parentId: 'a', position: 0, title: 'D' },
  { id: 'e', parentId: null, position: 0, title: 'E' },
];

describe('axis tree', () => {
  it('lists an axis with its descendants only', () => {
    expect(subtreeIds(list, 'a').sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(subtreeIds(list, 'c')).toEqual(['c']);
    expect(subtreeIds(list, 'zz')).toEqual([]);
  });
  it('detects cycles, including self-parenting', () => {
    expect(wouldCycle(list, 'a', 'c')).toBe(true);
    expect(wouldCycle(list, 'a', 'a')).toBe(true);
    expect(wouldCycle(list, 'c', 'd')).toBe(false);
    expect(wouldCycle(list, 'b', null)).toBe(false);
  });
  it('nests siblings by position', () => {
    const tree = buildTree(list);
    expect(tree.map((n) => n.id)).toEqual(['e', 'a']);
    expect(tree[1].children.map((n) => n.id)).toEqual(['d', 'b']);
    expect(tree[1].children[1].children.map((n) => n.id)).toEqual(['c']);
  });
  it('terminates on a corrupted loop', () => {
    const loop = [
      { id: 'x', parentId: 'y' },
      { id: 'y', parentId: 'x' },
    ];
    expect(subtreeIds(loop, 'x').sort()).toEqual(['x', 'y']);
  });
});
