import type { TaskQueueKey } from '@needle/contract';

/**
 * Where the whole of a queue is listed when it holds more than the cards brought along: the case list
 * filtered by the state the queue's cases are in (a supervised case may be in any), or the open orders.
 */
export const fullListOf: Record<TaskQueueKey, string> = {
  verify: '/cases?status=reported',
  check: '/cases?status=handled',
  dispatched: '/cases?status=dispatched',
  in_progress: '/cases?status=in_progress',
  supervision: '/cases',
  whistles: '/whistles?status=open',
};
