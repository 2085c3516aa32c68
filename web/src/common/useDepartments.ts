import { useQuery } from '@tanstack/react-query';
import { fetchDepartments } from '../api/departments';
import { referenceStaleTime } from '../api/queryClient';
import { queryKeys } from '../api/queryKeys';

/** The departments; only for those who may list them (`departments:read`). */
export function useDepartments(enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.departments,
    queryFn: ({ signal }) => fetchDepartments(signal),
    staleTime: referenceStaleTime,
    enabled,
  });
}
