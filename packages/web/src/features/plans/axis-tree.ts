import type { AxisNode } from './api';

export interface FlatAxis {
  axis: AxisNode;
  depth: number;
  /** "1.2.3"-style number from positions among siblings. */
  number: string;
  parentId: string | null;
  siblingIndex: number;
  siblingCount: number;
}

/** Depth-first list of the tree with display numbers, for selects and moves. */
export function flattenAxes(nodes: AxisNode[], depth = 0, prefix = '', parentId: string | null = null): FlatAxis[] {
  return nodes.flatMap((axis, i) => {
    const number = prefix ? `${prefix}.${i + 1}` : String(i + 1);
    return [
      { axis, depth, number, parentId, siblingIndex: i, siblingCount: nodes.length },
      ...flattenAxes(axis.children, depth + 1, number, axis.id),
    ];
  });
}

/** Ids of an axis and all its descendants (an axis cannot move under them). */
export function subtreeIds(node: AxisNode): Set<string> {
  const ids = new Set<string>([node.id]);
  for (const c of node.children) for (const id of subtreeIds(c)) ids.add(id);
  return ids;
}

/** Actions placed in the axis or any of its sub-axes. */
export const totalActions = (node: AxisNode): number => node.actionCount + node.children.reduce((n, c) => n + totalActions(c), 0);

/** Select options of every axis, indented by depth and numbered. */
export const axisOptions = (nodes: AxisNode[]) =>
  flattenAxes(nodes).map((f) => ({ id: f.axis.id, label: `${'\u00a0\u00a0'.repeat(f.depth)}${f.number}. ${f.axis.title}` }));
