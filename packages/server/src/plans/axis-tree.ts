// Pure helpers over a plan's axes, loaded whole: plans hold tens of axes, so walking them in memory is simpler and
// portable (no recursive SQL to keep identical on both drivers).

export interface AxisLink {
  id: string;
  parentId: string | null;
}

/** The axis and all its descendants (empty if the axis is not in the list). */
export function subtreeIds(list: readonly AxisLink[], rootId: string): string[] {
  if (!list.some((a) => a.id === rootId)) return [];
  const children = new Map<string | null, string[]>();
  for (const a of list) children.set(a.parentId, [...(children.get(a.parentId) ?? []), a.id]);
  const out: string[] = [];
  const stack = [rootId];
  const seen = new Set<string>();
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue; // guards against a corrupted cycle
    seen.add(id);
    out.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** Whether making `parentId` the parent of `axisId` would close a loop (itself or one of its descendants). */
export function wouldCycle(list: readonly AxisLink[], axisId: string, parentId: string | null): boolean {
  return parentId !== null && subtreeIds(list, axisId).includes(parentId);
}

export type TreeNode<T> = T & { children: TreeNode<T>[] };

/** Nests axes under their parents, siblings by position then title; orphans (unknown parent) become roots. */
export function buildTree<T extends AxisLink & { position: number; title: string }>(list: readonly T[]): TreeNode<T>[] {
  const nodes = new Map(list.map((a) => [a.id, { ...a, children: [] as TreeNode<T>[] }]));
  const roots: TreeNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const sort = (xs: TreeNode<T>[]) => {
    xs.sort((a, b) => a.position - b.position || a.title.localeCompare(b.title, 'fr') || a.id.localeCompare(b.id));
    xs.forEach((x) => sort(x.children));
  };
  sort(roots);
  return roots;
}
