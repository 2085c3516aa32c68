import { useMemo } from 'react';
import { fetchGrids, fetchRegion } from '../api/regions';
import type { GridCollection, RegionDetail } from '../api/types';
import { type Resource, useResource } from '../api/useResource';

export interface RegionView {
  detail: RegionDetail;
  grids: GridCollection;
}

async function loadRegionView(code: string, signal: AbortSignal): Promise<RegionView> {
  const [detail, grids] = await Promise.all([fetchRegion(code, signal), fetchGrids(code, signal)]);
  return { detail, grids };
}

/** A region node with every grid under it: what the map shows for one tree node or deep link. */
export function useRegionView(code: string | null): Resource<RegionView> {
  const load = useMemo(
    () => (code === null ? null : (signal: AbortSignal) => loadRegionView(code, signal)),
    [code],
  );
  return useResource(load);
}
