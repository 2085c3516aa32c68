import type { RegionTreeNode } from '@needle/contract';
import { useMemo } from 'react';
import { useRegionTree } from '../map/regionQueries';
import type { Community } from './communityMismatch';

function collect(node: RegionTreeNode, into: Community[]): Community[] {
  if (node.level === 'community') into.push({ code: node.code, name: node.name });
  else for (const child of node.children) collect(child, into);
  return into;
}

/** Every community of the operator's jurisdiction, to recognise one named in a typed address. */
export function useCommunities(): Community[] {
  const tree = useRegionTree();
  return useMemo(() => (tree.data ? collect(tree.data, []) : []), [tree.data]);
}
