import { useQuery } from '@tanstack/react-query';
import { referenceStaleTime } from '../api/queryClient';
import { queryKeys } from '../api/queryKeys';
import { fetchSettings } from '../api/settings';

/** The city's configured limits: shown beside the choices they decide (an urgency's due time…). */
export function useCitySettings() {
  return useQuery({
    queryKey: queryKeys.settings,
    queryFn: ({ signal }) => fetchSettings(signal),
    staleTime: referenceStaleTime,
  });
}
