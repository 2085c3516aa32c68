import { fetchRegionTree } from '../api/regions';
import type { RegionTreeNode } from '../api/types';
import { type Resource, useResource } from '../api/useResource';

export function useRegionTree(): Resource<RegionTreeNode> {
  return useResource(fetchRegionTree);
}
