import type { GridCollection, RegionDetail } from '@needle/contract';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { referenceStaleTime } from '../api/queryClient';
import { queryKeys } from '../api/queryKeys';
import { fetchGrids, fetchRegion, fetchRegionTree } from '../api/regions';

export function useRegionTree() {
  return useQuery({
    queryKey: queryKeys.regions.tree(),
    queryFn: ({ signal }) => fetchRegionTree(signal),
    staleTime: referenceStaleTime,
  });
}

/** A region with its ancestors; null: nothing to ask for yet. */
export function useRegionDetail(code: string | null) {
  return useQuery({
    queryKey: queryKeys.regions.detail(code ?? ''),
    queryFn: ({ signal }) => fetchRegion(code ?? '', signal),
    enabled: code !== null,
  });
}

/** Every grid under a region. */
export function useGrids(code: string | null) {
  return useQuery({
    queryKey: queryKeys.regions.grids(code ?? ''),
    queryFn: ({ signal }) => fetchGrids(code ?? '', signal),
    enabled: code !== null,
  });
}

export interface RegionView {
  detail: RegionDetail;
  grids: GridCollection;
}

/** A region node with every grid under it: what the map shows for one tree node or deep link. */
export function useRegionView(code: string | null): { view: RegionView | null; error: unknown } {
  const region = useRegionDetail(code);
  const grids = useGrids(code);
  const view = useMemo(
    () => (region.data && grids.data ? { detail: region.data, grids: grids.data } : null),
    [region.data, grids.data],
  );
  return { view, error: region.error ?? grids.error };
}
