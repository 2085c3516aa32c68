import type { RegionLevel, RegionTreeNode } from '../../web/src/api/types.js';

export function nodesAtLevel(node: RegionTreeNode, level: RegionLevel): RegionTreeNode[] {
  if (node.level === level) return [node];
  return node.children.flatMap((child) => nodesAtLevel(child, level));
}
