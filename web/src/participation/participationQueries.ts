import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchParticipationDashboard } from '../api/participation';
import { queryKeys } from '../api/queryKeys';

export const useParticipationDashboard = (region: string | undefined, year: number) =>
  useQuery({
    queryKey: queryKeys.participation.dashboard(region ?? '', year),
    queryFn: ({ signal }) => fetchParticipationDashboard(region, year, signal),
    // Another year or area keeps the last figures on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });
