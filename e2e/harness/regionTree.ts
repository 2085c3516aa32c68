import type { RegionLevel, RegionTreeNode } from '@needle/contract';

export function nodesAtLevel(node: RegionTreeNode, level: RegionLevel): RegionTreeNode[] {
  if (node.level === level) return [node];
  return node.children.flatMap((child) => nodesAtLevel(child, level));
}
