import type { RankingKind } from '@needle/contract';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../api/queryKeys';
import { fetchKpis, fetchRankings, type KpiScope } from '../api/stats';
import {
  fetchRankingPage,
  fetchRising,
  fetchTrend,
  type RankingPage,
  rankingQuery,
  type Scope,
} from './statsApi';

export function useKpis(scope: KpiScope, options: { refetchInterval?: number } = {}) {
  return useQuery({
    queryKey: queryKeys.stats.kpis(scope.month, scope.regionCode),
    queryFn: ({ signal }) => fetchKpis(scope, signal),
    ...options,
  });
}

export function useRankings(kind: RankingKind, month: string) {
  return useQuery({
    queryKey: queryKeys.stats.rankings(kind, month),
    queryFn: ({ signal }) => fetchRankings(kind, month, signal),
  });
}

/** One page of a ranking; the page shown stays while the next one loads. */
export function useRankingPage(r: RankingPage, options: { refetchInterval?: number } = {}) {
  return useQuery({
    queryKey: queryKeys.stats.rankingPage(`${rankingQuery(r)}&page=${r.page}&pageSize=${r.pageSize}`),
    queryFn: ({ signal }) => fetchRankingPage(r, signal),
    placeholderData: keepPreviousData,
    ...options,
  });
}

export function useTrend(
  period: { from: string; to: string; granularity: 'day' | 'month' } & Scope,
  options: { refetchInterval?: number } = {},
) {
  return useQuery({
    queryKey: queryKeys.stats.trend(period.granularity, period.from, period.to, period.regionCode),
    queryFn: ({ signal }) => fetchTrend(period, signal),
    placeholderData: keepPreviousData,
    ...options,
  });
}

export function useRising(month: string, scope: Scope, options: { refetchInterval?: number } = {}) {
  return useQuery({
    queryKey: queryKeys.stats.rising(month, scope.regionCode),
    queryFn: ({ signal }) => fetchRising(month, scope, signal),
    ...options,
  });
}
