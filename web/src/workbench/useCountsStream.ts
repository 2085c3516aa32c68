import { WORKBENCH_COUNTS_EVENT, type Workbench } from '@needle/contract';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { queryKeys } from '../api/queryKeys';
import { WORKBENCH_STREAM_URL } from './workbenchApi';

/**
 * Keeps the workbench live while it is open: each `counts` event the server pushes replaces the
 * counts on screen, and the lists behind them (a queue's cases, 已办, the case lists) are fetched
 * again, so a case reported or moved elsewhere shows without a reload. EventSource reconnects by
 * itself after a dropped connection; until it does, the page says the counts may be stale.
 */
export function useCountsStream(): { live: boolean } {
  const client = useQueryClient();
  const [live, setLive] = useState(false);
  useEffect(() => {
    const source = new EventSource(WORKBENCH_STREAM_URL, { withCredentials: true });
    const onCounts = (event: MessageEvent<string>) => {
      setLive(true);
      const counts = JSON.parse(event.data) as Workbench;
      client.setQueryData(queryKeys.workbench.counts, counts);
      void client.invalidateQueries({ queryKey: ['workbench', 'queue'] });
      void client.invalidateQueries({ queryKey: ['workbench', 'done'] });
      void client.invalidateQueries({ queryKey: queryKeys.cases.lists() });
    };
    source.addEventListener(WORKBENCH_COUNTS_EVENT, onCounts);
    source.onopen = () => setLive(true);
    source.onerror = () => setLive(false);
    return () => {
      source.removeEventListener(WORKBENCH_COUNTS_EVENT, onCounts);
      source.close();
    };
  }, [client]);
  return { live };
}
