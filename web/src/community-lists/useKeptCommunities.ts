import type { RegionTreeNode } from '@needle/contract';
import { useMemo } from 'react';
import { useRegionTree } from '../map/regionQueries';

export interface Community {
  code: string;
  name: string;
}

function communitiesOf(node: RegionTreeNode, into: Community[] = []): Community[] {
  if (node.level === 'community') into.push({ code: node.code, name: node.name });
  else for (const child of node.children) communitiesOf(child, into);
  return into;
}

/** The communities whose lists the user keeps: their own, or those of their street (or city). */
export function useKeptCommunities(): Community[] {
  const tree = useRegionTree();
  return useMemo(() => (tree.data ? communitiesOf(tree.data) : []), [tree.data]);
}

/** A community's name where the tree knows it, else its code. */
export const communityName = (communities: Community[], code: string): string =>
  communities.find((c) => c.code === code)?.name ?? code;
