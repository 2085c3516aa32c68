import { useQuery } from '@tanstack/react-query';
import { fetchSuggestedCategories } from '../api/categories';
import { queryKeys } from '../api/queryKeys';

// ~100 m: a pin dragged a few metres is the same community and asks nothing new.
const round = (degrees: number) => Math.round(degrees * 1000) / 1000;

/** The reporter's latest categories, then the usual ones of the community around the point. */
export function useSuggestedCategories(point: { lat: number; lng: number } | null | undefined) {
  const near = point ? { lat: round(point.lat), lng: round(point.lng) } : null;
  return useQuery({
    queryKey: queryKeys.suggestedCategories(near),
    queryFn: ({ signal }) => fetchSuggestedCategories(near, signal),
    staleTime: 5 * 60_000,
    // Suggestions only help: keep the last ones while the next load, and never stand in the way.
    placeholderData: (previous) => previous,
    retry: false,
  });
}
