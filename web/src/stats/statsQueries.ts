import type { RankingKind } from '@needle/contract';
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../api/queryKeys';
import { fetchKpis, fetchRankings, type KpiScope } from '../api/stats';

export function useKpis(scope: KpiScope) {
  return useQuery({
    queryKey: queryKeys.stats.kpis(scope.month, scope.regionCode),
    queryFn: ({ signal }) => fetchKpis(scope, signal),
  });
}

export function useRankings(kind: RankingKind, month: string) {
  return useQuery({
    queryKey: queryKeys.stats.rankings(kind, month),
    queryFn: ({ signal }) => fetchRankings(kind, month, signal),
  });
}
