import { useEffect, useMemo, useState } from 'react';
import { fetchCases } from '../api/cases';
import type { CasePage } from '../api/caseTypes';
import { useResource } from '../api/useResource';

export interface CasePageState {
  /** The latest page that arrived: kept on screen while the next one loads, so paging does not flash. */
  page: CasePage | null;
  loading: boolean;
  error: unknown;
}

export function useCasePage(apiQuery: string): CasePageState {
  const load = useMemo(
    () => (signal: AbortSignal) => fetchCases(new URLSearchParams(apiQuery), signal),
    [apiQuery],
  );
  const resource = useResource(load);
  const [page, setPage] = useState<CasePage | null>(null);
  useEffect(() => {
    if (resource.status === 'ready') setPage(resource.data);
  }, [resource]);
  return {
    page: resource.status === 'ready' ? resource.data : page,
    loading: resource.status === 'loading',
    error: resource.status === 'failed' ? resource.error : null,
  };
}
