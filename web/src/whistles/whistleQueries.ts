import { WHISTLE_ORDER_EVENT, type WhistleDetail } from '@needle/contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { listQuery, recordQuery } from '../api/queries';
import { queryKeys, whistleWritten } from '../api/queryKeys';
import { fetchEvaluations, fetchWhistle, fetchWhistles } from '../api/whistles';
import { useLiveStream } from '../common/useLiveStream';

export const useWhistle = (id: string) =>
  useQuery(recordQuery(queryKeys.whistles.detail(id), id, fetchWhistle));

/**
 * The order's board kept live while open: each report-in or other step, taken by anyone on any server
 * process, replaces the order on screen and refreshes what shows it (lists, tasks, KPIs).
 */
export function useWhistleStream(id: string): { live: boolean } {
  const client = useQueryClient();
  const url = id ? `/api/whistles/${encodeURIComponent(id)}/stream` : null;
  return useLiveStream<WhistleDetail>(url, WHISTLE_ORDER_EVENT, (detail) => whistleWritten(client, detail));
}

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
