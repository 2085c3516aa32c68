import { useQuery } from '@tanstack/react-query';
import { fetchCategories } from '../api/categories';
import { referenceStaleTime } from '../api/queryClient';
import { queryKeys } from '../api/queryKeys';

export function useCategories() {
  return useQuery({
    queryKey: queryKeys.categories,
    queryFn: ({ signal }) => fetchCategories(signal),
    staleTime: referenceStaleTime,
  });
}
