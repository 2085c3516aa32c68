import type { Feed, RankingKind, Rankings, RisingCategories, Trend } from '@needle/contract';
import { api } from '../api/client';

/** A region of the tree, or none for the user's own jurisdiction. */
export interface Scope {
  regionCode?: string;
}

const withRegion = (query: URLSearchParams, regionCode?: string) => {
  if (regionCode) query.set('regionCode', regionCode);
  return query;
};

export function fetchTrend(
  period: { from: string; to: string; granularity: 'day' | 'month' } & Scope,
  signal?: AbortSignal,
): Promise<Trend> {
  const { regionCode, ...rest } = period;
  return api<Trend>(`/api/stats/trend?${withRegion(new URLSearchParams(rest), regionCode)}`, { signal });
}

export function fetchRising(month: string, scope: Scope, signal?: AbortSignal): Promise<RisingCategories> {
  const query = withRegion(new URLSearchParams({ month, limit: '10' }), scope.regionCode);
  return api<RisingCategories>(`/api/stats/rising-categories?${query}`, { signal });
}

export interface RankingPage extends Scope {
  kind: RankingKind;
  month: string;
  page: number;
  pageSize: number;
  q?: string;
}

/** The query string of a ranking, shared by its page, its export and its query key. */
export function rankingQuery({ kind, month, regionCode, q }: Omit<RankingPage, 'page' | 'pageSize'>) {
  const query = withRegion(new URLSearchParams({ kind, month }), regionCode);
  if (q) query.set('q', q);
  return query;
}

export function fetchRankingPage(r: RankingPage, signal?: AbortSignal): Promise<Rankings> {
  const query = rankingQuery(r);
  query.set('page', String(r.page));
  query.set('pageSize', String(r.pageSize));
  return api<Rankings>(`/api/stats/rankings?${query}`, { signal });
}

export function fetchFeed(after: number | undefined, signal?: AbortSignal): Promise<Feed> {
  const query = new URLSearchParams({ limit: '20' });
  if (after !== undefined) query.set('after', String(after));
  return api<Feed>(`/api/stats/feed?${query}`, { signal });
}
