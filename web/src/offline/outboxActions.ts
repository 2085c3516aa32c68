import { newIdempotencyKey } from '../report/idempotencyKey';
import { requestBackgroundSync } from './backgroundSync';
import { browserSender } from './browserSender';
import type { OutboxItem, OutboxReport } from './outboxItem';
import { flushOutbox, itemLock } from './sendOutbox';

/**
 * Writes a report with its photos to the outbox, before anything is sent: from here on nothing typed or
 * photographed is lost, whatever the network or the battery does.
 */
export async function queueReport(
  userId: string,
  body: OutboxReport,
  photos: Blob[],
  to: { patrolId?: string; shopCode?: string } = {},
): Promise<OutboxItem> {
  const item: OutboxItem = {
    key: newIdempotencyKey(),
    userId,
    body,
    photos: photos.map((blob) => ({ blob, uploadedId: null })),
    state: 'waiting',
    createdAt: new Date().toISOString(),
    ...(to.patrolId ? { patrolId: to.patrolId } : {}),
    ...(to.shopCode ? { shopCode: to.shopCode } : {}),
  };
  await browserSender.store.put(item);
  return item;
}

/** Removes an item the user discards or has replaced by a corrected copy; false while it is being sent. */
export async function discardReport(key: string, userId: string): Promise<boolean> {
  const done = await browserSender.exclusive(itemLock(key), async () => {
    await browserSender.store.delete(key);
    browserSender.announce({ key, userId, state: 'removed' });
    return true;
  });
  return done ?? false;
}

/**
 * Sends what waits, unless the browser knows it is offline (an attempt would only fail). What still
 * waits afterwards is left to Background Sync, where the browser has it, and to the next opening.
 */
export async function sendWaitingReports(userId: string): Promise<void> {
  if (!navigator.onLine) return;
  const { waiting } = await flushOutbox(browserSender, userId);
  if (waiting > 0) await requestBackgroundSync();
}
