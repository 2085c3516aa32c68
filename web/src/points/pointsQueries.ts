import type { Points } from '@needle/contract';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../api/client';
import { queryKeys } from '../api/queryKeys';

/** Entries a page of the history shows; the badge asks for the same first page, so the page opens at once. */
export const POINTS_PAGE_SIZE = 20;

function fetchPoints(page: number, signal: AbortSignal): Promise<Points> {
  const query = new URLSearchParams({ page: String(page), pageSize: String(POINTS_PAGE_SIZE) });
  return api<Points>(`/api/points?${query}`, { signal });
}

/** The signed-in user's balance and one page of their history; the last page stays while the next loads. */
export function usePoints(page: number) {
  return useQuery({
    queryKey: queryKeys.points.page(page),
    queryFn: ({ signal }) => fetchPoints(page, signal),
    placeholderData: keepPreviousData,
  });
}
