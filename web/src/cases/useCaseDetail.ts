import { useCallback, useEffect, useMemo, useState } from 'react';
import { fetchCase } from '../api/cases';
import type { CaseDetail } from '../api/caseTypes';
import { type Resource, useResource } from '../api/useResource';

/**
 * One case, loaded once per id; an action's reply (the case as it now is) then replaces it without
 * another request.
 */
export function useCaseDetail(id: string): {
  detail: Resource<CaseDetail>;
  replace(detail: CaseDetail): void;
} {
  const load = useMemo(() => (signal: AbortSignal) => fetchCase(id, signal), [id]);
  const loaded = useResource(load);
  const [replaced, setReplaced] = useState<CaseDetail | null>(null);
  useEffect(() => {
    if (loaded.status === 'ready') setReplaced(null);
  }, [loaded]);
  const replace = useCallback((detail: CaseDetail) => setReplaced(detail), []);
  const detail: Resource<CaseDetail> =
    replaced && replaced.case.id === id ? { status: 'ready', data: replaced } : loaded;
  return { detail, replace };
}
