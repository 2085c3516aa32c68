import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../api/queryKeys';
import { searchAddresses } from './addressApi';
import { useDebounced } from './useDebounced';

const TYPING_PAUSE_MS = 150;

/** The gazetteer's matches for what is being typed; nothing is asked for blank text. */
export function useAddressSearch(text: string, near: { lat: number; lng: number } | null) {
  const q = useDebounced(text.trim(), TYPING_PAUSE_MS);
  const nearKey = near ? `${near.lat.toFixed(4)},${near.lng.toFixed(4)}` : '';
  return useQuery({
    queryKey: queryKeys.addresses.search(q, nearKey),
    queryFn: ({ signal }) => searchAddresses(q, near, signal),
    enabled: q !== '',
    // The list does not blink empty between keystrokes.
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}
