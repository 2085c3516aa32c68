import type { IntakeResult } from '@needle/contract';
import { api } from '../api/client';
import { uploadPhoto } from '../api/photos';
import { outboxDb } from './outboxDb';
import { announce } from './outboxEvents';
import type { OutboxSender } from './sendOutbox';

/**
 * Web Locks exist in windows and workers alike, in secure contexts only; without them (plain HTTP)
 * there is no service worker either, and the Idempotency-Key already makes a second send harmless.
 */
async function exclusive<T>(name: string, task: () => Promise<T>): Promise<T | undefined> {
  if (typeof navigator === 'undefined' || !navigator.locks) return task();
  return navigator.locks.request(name, { ifAvailable: true }, (lock) => (lock ? task() : undefined));
}

/** The outbox as the page and the service worker send it: IndexedDB, the API, Web Locks. */
export const browserSender: OutboxSender = {
  store: outboxDb,
  upload: async (photo, signal) => (await uploadPhoto(photo, signal)).id,
  async post(report, key, signal, to = {}) {
    // A shop's report is placed by the server at the shop: only what was found goes with it.
    const [url, body] = to.shopCode
      ? [
          `/api/shops/${encodeURIComponent(to.shopCode)}/reports`,
          { categoryCode: report.categoryCode, description: report.description, photoIds: report.photoIds },
        ]
      : to.patrolId
        ? [`/api/patrols/${encodeURIComponent(to.patrolId)}/cases`, report]
        : ['/api/cases', report];
    const { case: created } = await api<IntakeResult>(url, {
      method: 'POST',
      body,
      headers: { 'idempotency-key': key },
      signal,
    });
    return { id: created.id, code: created.code };
  },
  exclusive,
  announce,
  // Long enough for a few hundred kilobytes on a poor mobile network.
  timeoutMs: 20_000,
};
