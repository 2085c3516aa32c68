import type { WhistleDetail } from '@needle/contract';
import { useMutation, useQuery } from '@tanstack/react-query';
import { listQuery, recordQuery } from '../api/queries';
import { queryKeys, whistleWritten } from '../api/queryKeys';
import { fetchEvaluations, fetchWhistle, fetchWhistles } from '../api/whistles';

export const useWhistle = (id: string) =>
  useQuery(recordQuery(queryKeys.whistles.detail(id), id, fetchWhistle));

export const useWhistlePage = (apiQuery: string) =>
  useQuery(listQuery(queryKeys.whistles.list(apiQuery), apiQuery, fetchWhistles));

export function useEvaluations(month: string) {
  return useQuery({
    queryKey: queryKeys.whistles.evaluations(month),
    queryFn: ({ signal }) => fetchEvaluations(month, signal),
  });
}

/** A step on an order or one of its calls: the server answers with the order as it now is. */
export function useWhistleStep<Variables>(send: (variables: Variables) => Promise<WhistleDetail>) {
  return useMutation({
    mutationFn: send,
    onSuccess: (detail, _variables, _context, { client }) => whistleWritten(client, detail),
  });
}
