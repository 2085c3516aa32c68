import { WORKBENCH_COUNTS_EVENT, type Workbench } from '@needle/contract';
import { useQueryClient } from '@tanstack/react-query';
import { queryKeys } from '../api/queryKeys';
import { useLiveStream } from '../common/useLiveStream';
import { WORKBENCH_STREAM_URL } from './workbenchApi';

/**
 * Keeps the workbench live while it is open: each `counts` event the server pushes replaces the
 * counts on screen, and the lists behind them (a queue's cases, 已办, the case lists) are fetched
 * again, so a case reported or moved elsewhere shows without a reload.
 */
export function useCountsStream(): { live: boolean } {
  const client = useQueryClient();
  return useLiveStream<Workbench>(WORKBENCH_STREAM_URL, WORKBENCH_COUNTS_EVENT, (counts) => {
    client.setQueryData(queryKeys.workbench.counts, counts);
    void client.invalidateQueries({ queryKey: ['workbench', 'queue'] });
    void client.invalidateQueries({ queryKey: ['workbench', 'done'] });
    void client.invalidateQueries({ queryKey: queryKeys.cases.lists() });
  });
}
