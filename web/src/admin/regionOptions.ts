import type { RegionTreeNode } from '@needle/contract';

export interface RegionOption {
  value: string;
  title: string;
  disabled?: boolean;
  children: RegionOption[];
}

/**
 * The region tree as a TreeSelect's options. `gridsOnly` leaves only grids pickable (a post is held in a
 * grid); the nameless top above several cities is skipped.
 */
export function regionOptions(root: RegionTreeNode, gridsOnly = false): RegionOption[] {
  const option = (node: RegionTreeNode): RegionOption => ({
    value: node.code,
    title: node.name,
    disabled: gridsOnly && node.level !== 'grid',
    children: node.children.map(option),
  });
  return root.code === '' ? root.children.map(option) : [option(root)];
}

/** Every node's name by its code, to show a code as the place it is. */
export function regionNames(root: RegionTreeNode | undefined): Map<string, string> {
  const names = new Map<string, string>();
  const walk = (node: RegionTreeNode) => {
    if (node.code) names.set(node.code, node.name);
    node.children.forEach(walk);
  };
  if (root) walk(root);
  return names;
}
