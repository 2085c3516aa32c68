import type { LocatedGrid } from '@needle/contract';
import { useQuery } from '@tanstack/react-query';
import type { LatLng } from 'leaflet';
import { useCallback, useState } from 'react';
import { referenceStaleTime } from '../api/queryClient';
import { queryKeys } from '../api/queryKeys';
import { locateGrid } from '../api/regions';

export type Locating =
  | { status: 'idle' }
  | { status: 'locating'; at: LatLng }
  | { status: 'found'; at: LatLng; located: LocatedGrid }
  | { status: 'failed'; at: LatLng; error: unknown };

/** Which grid is this point in? Only the latest click counts: an earlier question is dropped (aborted). */
export function useLocate() {
  const [at, setAt] = useState<LatLng | null>(null);
  const { data, error } = useQuery({
    queryKey: queryKeys.regions.locate(at?.lat ?? 0, at?.lng ?? 0),
    queryFn: ({ signal }) => locateGrid(at?.lat ?? 0, at?.lng ?? 0, signal),
    enabled: at !== null,
    staleTime: referenceStaleTime,
  });
  const locating: Locating =
    at === null
      ? { status: 'idle' }
      : data
        ? { status: 'found', at, located: data }
        : error !== null
          ? { status: 'failed', at, error }
          : { status: 'locating', at };
  const locate = useCallback((point: LatLng) => setAt(point), []);
  const clear = useCallback(() => setAt(null), []);
  return { locating, locate, clear };
}
