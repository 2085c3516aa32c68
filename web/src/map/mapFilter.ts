import { type CaseStatus, isCaseStatus } from '@needle/contract';
import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../api/queryKeys';
import { fetchMapCases } from './mapApi';
import { FINISHED_STATUSES, OPEN_STATUSES } from './openStatuses';

/** Which cases the map draws; open ones unless the user asks otherwise. */
export interface MapFilter {
  /** A group of statuses, or one status. */
  state: 'open' | 'finished' | 'all' | CaseStatus;
  categoryCode?: string;
  /** Report dates, YYYY-MM-DD, both ends included. */
  from?: string;
  to?: string;
  heat: boolean;
}

export const defaultMapFilter: MapFilter = { state: 'open', heat: false };

function statusesOf(state: MapFilter['state']): readonly CaseStatus[] {
  if (state === 'open') return OPEN_STATUSES;
  if (state === 'finished') return FINISHED_STATUSES;
  if (state === 'all') return [];
  return isCaseStatus(state) ? [state] : [];
}

/** The GET /api/map/cases query string for a region node and the filters (the heat toggle asks nothing). */
export function mapCasesQuery(regionCode: string | null, filter: MapFilter): string {
  const params = new URLSearchParams();
  if (regionCode) params.set('regionCode', regionCode);
  for (const status of statusesOf(filter.state)) params.append('status', status);
  if (filter.categoryCode) params.set('categoryCode', filter.categoryCode);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  return params.toString();
}

/** The cases of the region under the filters; the last answer stays drawn while the next one loads. */
export function useMapCases(regionCode: string | null, filter: MapFilter) {
  const query = mapCasesQuery(regionCode, filter);
  return useQuery({
    queryKey: queryKeys.map.cases(query),
    queryFn: ({ signal }) => fetchMapCases(query, signal),
    // A region node's code is not known before the tree answers: no question for "everywhere" meanwhile.
    enabled: regionCode !== null,
    placeholderData: (previous) => previous,
    staleTime: 60_000,
  });
}
