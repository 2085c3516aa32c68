import { useQuery } from '@tanstack/react-query';
import { queryKeys } from '../api/queryKeys';
import { useMe } from '../auth/AuthContext';
import { browserSender } from './browserSender';

/** The signed-in user's reports waiting on this phone; kept current by <OutboxSender>. */
export function useOutboxItems() {
  const me = useMe();
  return useQuery({
    queryKey: queryKeys.outbox(me.id),
    queryFn: () => browserSender.store.list(me.id),
    // Read from IndexedDB: offline is exactly when it matters.
    networkMode: 'always',
  });
}
