import { keepPreviousData, type QueryKey, queryOptions } from '@tanstack/react-query';

/** A page of a server-paged list. */
export interface ListPage<T> {
  total: number;
  items: T[];
}

/**
 * One page of a list, asked for with the query string the page URL keeps; the last page stays on
 * screen while the next one loads, so paging does not flash an empty table.
 */
export const listQuery = <P>(
  queryKey: QueryKey,
  apiQuery: string,
  fetchList: (query: URLSearchParams, signal: AbortSignal) => Promise<P>,
) =>
  queryOptions({
    queryKey,
    queryFn: ({ signal }) => fetchList(new URLSearchParams(apiQuery), signal),
    placeholderData: keepPreviousData,
  });

/** One record by its id: a case, the ticket of a case, a whistle order. */
export const recordQuery = <T>(
  queryKey: QueryKey,
  id: string,
  fetchOne: (id: string, signal: AbortSignal) => Promise<T>,
) => queryOptions({ queryKey, queryFn: ({ signal }) => fetchOne(id, signal) });
