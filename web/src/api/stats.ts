import type { Kpis, RankingKind, Rankings } from '@needle/contract';
import { api } from './client';

export interface KpiScope {
  month: string;
  regionCode?: string;
}

export function fetchKpis({ month, regionCode }: KpiScope, signal?: AbortSignal): Promise<Kpis> {
  const query = new URLSearchParams({ month });
  if (regionCode) query.set('regionCode', regionCode);
  return api<Kpis>(`/api/stats/kpis?${query}`, { signal });
}

export function fetchRankings(kind: RankingKind, month: string, signal?: AbortSignal): Promise<Rankings> {
  const query = new URLSearchParams({ kind, month });
  return api<Rankings>(`/api/stats/rankings?${query}`, { signal });
}
