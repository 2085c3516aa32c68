import { useCallback, useEffect, useMemo, useState } from 'react';
import { type Resource, useResource } from '../api/useResource';
import { fetchWhistle } from '../api/whistles';
import type { WhistleDetail } from '../api/whistleTypes';

/** One order, loaded once per id; a step's reply (the order as it now is) then replaces it. */
export function useWhistle(id: string): {
  whistle: Resource<WhistleDetail>;
  replace(detail: WhistleDetail): void;
} {
  const load = useMemo(() => (signal: AbortSignal) => fetchWhistle(id, signal), [id]);
  const loaded = useResource(load);
  const [replaced, setReplaced] = useState<WhistleDetail | null>(null);
  useEffect(() => {
    if (loaded.status === 'ready') setReplaced(null);
  }, [loaded]);
  const replace = useCallback((detail: WhistleDetail) => setReplaced(detail), []);
  const whistle: Resource<WhistleDetail> =
    replaced && replaced.order.id === id ? { status: 'ready', data: replaced } : loaded;
  return { whistle, replace };
}
