import type { CaseReport } from '@needle/contract';
import { ApiError } from '../api/client';
import { isRefusal } from '../api/isRefusal';
import type { OutboxEvent } from './outboxEvents';
import { caseReportOf, type OutboxItem, type OutboxRefusal } from './outboxItem';
import type { OutboxStore } from './outboxStore';

// Sending the outbox, in plain code with everything it touches passed in: the page and the service
// worker run this same module, and tests run it against a Map and fake requests.

/** What sending needs from its surroundings. */
export interface OutboxSender {
  store: OutboxStore;
  /** Uploads one photo; answers its id. */
  upload(photo: Blob, signal: AbortSignal): Promise<string>;
  /** POST /api/cases with the Idempotency-Key; answers the case (the first one, on a retry). */
  post(
    report: CaseReport,
    key: string,
    signal: AbortSignal,
    to?: { patrolId?: string; shopCode?: string },
  ): Promise<{ id: string; code: string }>;
  /**
   * Runs `task` unless another sender (another tab, the service worker) holds the lock `name`, and then
   * answers undefined: one item is never sent by two at once.
   */
  exclusive<T>(name: string, task: () => Promise<T>): Promise<T | undefined>;
  announce(event: OutboxEvent): void;
  /** A request unanswered after this long is given up: the report waits for the next attempt. */
  timeoutMs: number;
}

export type SendOutcome =
  | { state: 'sent'; caseId: string; code: string }
  | { state: 'waiting' }
  | { state: 'refused'; error: OutboxRefusal }
  /** Not sent here: another sender has it right now, it is gone, or it waits for the user's fix. */
  | { state: 'skipped' };

/** The lock of one item: held by whichever sender is sending it. */
export const itemLock = (key: string) => `needle-outbox:${key}`;

// Not the user's to fix: a lapsed session (sent after the next sign-in), a request timed out or
// throttled by the server, the same key still being processed from an earlier attempt.
const transientStatuses = new Set([401, 408, 429]);

/** A refusal the user must act on, or null when the report should simply wait and go again. */
export function refusalOf(error: unknown): OutboxRefusal | null {
  if (!(error instanceof ApiError) || !isRefusal(error) || transientStatuses.has(error.status)) return null;
  return { status: error.status, code: error.code, message: error.message };
}

/** A kept refusal as the error it was, for its text in the user's language. */
export const refusalError = ({ status, code, message }: OutboxRefusal): ApiError =>
  new ApiError(status, code, message);

async function save(sender: OutboxSender, item: OutboxItem): Promise<void> {
  // Discarded by the user while it was being sent: it stays discarded.
  if (!(await sender.store.get(item.key))) return;
  await sender.store.put(item);
  sender.announce({ key: item.key, userId: item.userId, state: item.state, error: item.error });
}

async function attempt(sender: OutboxSender, key: string): Promise<SendOutcome> {
  const stored = await sender.store.get(key);
  // Read again under the lock: another sender may have sent it between the listing and now.
  if (!stored || stored.state === 'refused') return { state: 'skipped' };
  const item: OutboxItem = {
    ...stored,
    state: 'sending',
    error: undefined,
    photos: stored.photos.map((photo) => ({ ...photo })),
  };
  await save(sender, item);
  const signal = () => AbortSignal.timeout(sender.timeoutMs);
  try {
    for (const photo of item.photos) {
      if (photo.uploadedId !== null) continue;
      photo.uploadedId = await sender.upload(photo.blob, signal());
      // Kept at once: if the next photo or the report fails, this one is not uploaded again.
      await sender.store.put(item);
    }
    const created = await sender.post(caseReportOf(item), item.key, signal(), {
      patrolId: item.patrolId,
      shopCode: item.shopCode,
    });
    await sender.store.delete(key);
    sender.announce({ key, userId: item.userId, state: 'sent', caseId: created.id, code: created.code });
    return { state: 'sent', caseId: created.id, code: created.code };
  } catch (error) {
    const refusal = refusalOf(error);
    await save(
      sender,
      refusal ? { ...item, state: 'refused', error: refusal } : { ...item, state: 'waiting' },
    );
    return refusal ? { state: 'refused', error: refusal } : { state: 'waiting' };
  }
}

/** Sends one item: its photos not yet uploaded, then the report under its own key. */
export async function sendItem(sender: OutboxSender, key: string): Promise<SendOutcome> {
  return (await sender.exclusive(itemLock(key), () => attempt(sender, key))) ?? { state: 'skipped' };
}

export interface FlushResult {
  sent: number;
  /** Items still waiting for the network after this flush. */
  waiting: number;
}

/**
 * Sends every item of the user, oldest first. The first one that meets a network failure ends the
 * round: the others would only wait for the same timeout.
 */
export async function flushOutbox(sender: OutboxSender, userId: string): Promise<FlushResult> {
  let sent = 0;
  for (const item of await sender.store.list(userId)) {
    if (item.state === 'refused') continue;
    const outcome = await sendItem(sender, item.key);
    if (outcome.state === 'sent') sent += 1;
    if (outcome.state === 'waiting') break;
  }
  const waiting = (await sender.store.list(userId)).filter((item) => item.state !== 'refused').length;
  return { sent, waiting };
}
