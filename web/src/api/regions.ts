import type { GridCollection, LocatedGrid, RegionDetail, RegionTreeNode } from '@needle/contract';
import { api } from './client';

export async function fetchRegionTree(signal?: AbortSignal): Promise<RegionTreeNode> {
  const { root } = await api<{ root: RegionTreeNode }>('/api/regions/tree', { signal });
  return root;
}

export function fetchRegion(code: string, signal?: AbortSignal): Promise<RegionDetail> {
  return api<RegionDetail>(`/api/regions/${encodeURIComponent(code)}`, { signal });
}

export function fetchGrids(code: string, signal?: AbortSignal): Promise<GridCollection> {
  return api<GridCollection>(`/api/regions/${encodeURIComponent(code)}/grids`, { signal });
}

export function locateGrid(lat: number, lng: number, signal?: AbortSignal): Promise<LocatedGrid> {
  const query = new URLSearchParams({ lat: String(lat), lng: String(lng) });
  return api<LocatedGrid>(`/api/regions/locate?${query}`, { signal });
}
