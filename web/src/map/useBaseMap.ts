import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { referenceStaleTime } from '../api/queryClient';
import { queryKeys } from '../api/queryKeys';
import { fetchBaseMap } from './mapApi';
import { tileLayersOf } from './tiles';

/**
 * The tiles the admin chose and how overlays are placed on them. Until the setting is read (or when it
 * cannot be), no tiles and no shift: the map still works, as on an intranet without a tile server.
 */
export function useBaseMap() {
  const { data } = useQuery({
    queryKey: queryKeys.map.baseMap,
    queryFn: ({ signal }) => fetchBaseMap(signal),
    staleTime: referenceStaleTime,
  });
  return useMemo(() => ({ baseMap: data, ...tileLayersOf(data) }), [data]);
}
