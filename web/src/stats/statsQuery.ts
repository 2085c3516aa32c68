import { RANKING_KINDS, type RankingKind } from '@needle/contract';
import { isMonth, thisMonth } from './month';

/** What the command centre shows, kept in the URL so a view can be bookmarked or sent on. */
export interface StatsQuery {
  month: string;
  /** A region of the user's tree; none for the user's own jurisdiction. */
  region?: string;
  ranking: RankingKind;
}

export function readStatsQuery(params: URLSearchParams): StatsQuery {
  const month = params.get('month');
  const region = params.get('region');
  return {
    month: isMonth(month) ? month : thisMonth(),
    region: region && /^\d{12}(\d{3})?$/.test(region) ? region : undefined,
    ranking: RANKING_KINDS.find((kind) => kind === params.get('ranking')) ?? 'street',
  };
}

export function writeStatsQuery(query: StatsQuery): URLSearchParams {
  const params = new URLSearchParams({ month: query.month, ranking: query.ranking });
  if (query.region) params.set('region', query.region);
  return params;
}
