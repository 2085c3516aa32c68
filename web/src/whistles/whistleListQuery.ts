import { WHISTLE_STATUSES, type WhistleStatus } from '@needle/contract';

/** What the whistle list shows, kept in the page URL like the case list's filters. */
export interface WhistleListQuery {
  status?: WhistleStatus;
  page: number;
  pageSize: number;
}

export const whistlePageSizes = [10, 20, 50];

export function readWhistleListQuery(params: URLSearchParams): WhistleListQuery {
  const page = Number(params.get('page'));
  const pageSize = Number(params.get('pageSize'));
  return {
    status: WHISTLE_STATUSES.find((status) => status === params.get('status')),
    page: Number.isInteger(page) && page >= 1 && page <= 10_000 ? page : 1,
    pageSize: whistlePageSizes.includes(pageSize) ? pageSize : 20,
  };
}

/** The names GET /api/whistles takes, so one string serves the page URL and the API call. */
export function writeWhistleListQuery(query: WhistleListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  params.set('page', String(query.page));
  params.set('pageSize', String(query.pageSize));
  return params;
}
