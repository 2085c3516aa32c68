import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { invalidateIntake, queryKeys } from '../api/queryKeys';
import { useMe } from '../auth/AuthContext';
import { sendWaitingReports } from './outboxActions';
import { onOutboxEvent } from './outboxEvents';

/** While items wait, how often the app tries again without being told the network is back. */
const retryEveryMs = 30_000;

/**
 * Sends the signed-in user's waiting reports by themselves: when the app opens (on any page), when the
 * browser says the network is back, and every 30 s, since a phone can be "online" without a network.
 * Pages showing the outbox follow every change, made here, in another tab or by the service worker.
 */
export function OutboxSender() {
  const me = useMe();
  const queryClient = useQueryClient();
  useEffect(() => {
    const send = () => void sendWaitingReports(me.id).catch(() => undefined);
    send();
    window.addEventListener('online', send);
    const timer = window.setInterval(send, retryEveryMs);
    const stopListening = onOutboxEvent((event) => {
      if (event.userId !== me.id) return;
      void queryClient.invalidateQueries({ queryKey: queryKeys.outbox(me.id) });
      // The real case replaces the waiting one in "my reports".
      if (event.state === 'sent') invalidateIntake(queryClient);
    });
    return () => {
      window.removeEventListener('online', send);
      window.clearInterval(timer);
      stopListening();
    };
  }, [me.id, queryClient]);
  return null;
}
