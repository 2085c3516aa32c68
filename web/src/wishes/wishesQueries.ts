import { useMutation, useQuery } from '@tanstack/react-query';
import { queryKeys } from '../api/queryKeys';
import { fetchOpenWishes, fetchWish, fetchWishCounts, fetchWishes } from '../api/wishes';

export const useWishes = (query: string) =>
  useQuery({ queryKey: queryKeys.wishes.list(query), queryFn: ({ signal }) => fetchWishes(query, signal) });

export const useOpenWishes = (query: string) =>
  useQuery({
    queryKey: queryKeys.wishes.open(query),
    queryFn: ({ signal }) => fetchOpenWishes(query, signal),
  });

export const useWishCounts = (query: string) =>
  useQuery({
    queryKey: queryKeys.wishes.counts(query),
    queryFn: ({ signal }) => fetchWishCounts(query, signal),
  });

export const useWish = (id: string) =>
  useQuery({ queryKey: queryKeys.wishes.detail(id), queryFn: ({ signal }) => fetchWish(id, signal) });

/** A wish's step shows in every list and in the counts, so everything under wishes is asked again. */
export function useWishesWrite<Variables, Result>(send: (variables: Variables) => Promise<Result>) {
  return useMutation({
    mutationFn: send,
    onSuccess: (_result, _variables, _context, { client }) =>
      void client.invalidateQueries({ queryKey: queryKeys.wishes.all }),
  });
}
