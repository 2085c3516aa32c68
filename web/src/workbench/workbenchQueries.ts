import type { WorkbenchCaseQueue } from '@needle/contract';
import { useQuery } from '@tanstack/react-query';
import { listQuery } from '../api/queries';
import { queryKeys } from '../api/queryKeys';
import { fetchDoneCases, fetchQueueCases, fetchWorkbench } from './workbenchApi';

export const useWorkbench = () =>
  useQuery({ queryKey: queryKeys.workbench.counts, queryFn: ({ signal }) => fetchWorkbench(signal) });

/** A page of a queue's cases; `apiQuery` is the GET /api/workbench/queues/:queue query string. */
export const useQueueCases = (queue: WorkbenchCaseQueue, apiQuery: string) =>
  useQuery(
    listQuery(queryKeys.workbench.queue(queue, apiQuery), apiQuery, (query, signal) =>
      fetchQueueCases(queue, query, signal),
    ),
  );

export const useDoneCases = (apiQuery: string) =>
  useQuery(listQuery(queryKeys.workbench.done(apiQuery), apiQuery, fetchDoneCases));
