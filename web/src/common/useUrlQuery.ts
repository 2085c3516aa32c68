import { useMemo } from 'react';
import { useSearchParams } from 'react-router';

interface Paged {
  page: number;
  pageSize: number;
}

/**
 * A list's filters and page, kept in the page URL so Back from a record returns to the same list. The
 * URL uses the same names as the API, so one string serves both.
 */
export function useUrlQuery<Q extends Paged>(
  read: (params: URLSearchParams) => Q,
  write: (query: Q) => URLSearchParams,
  { replace = false } = {},
) {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => read(params), [read, params]);
  return {
    query,
    apiQuery: write(query).toString(),
    // A new filter starts again at the first page: page 7 of the old result means nothing in the new one.
    show: (change: Partial<Q>) => setParams(write({ ...query, page: 1, ...change }), { replace }),
    reset: () => setParams(new URLSearchParams()),
  };
}
