import { and, asc, eq, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import { type Db, transaction } from '../../db/database.js';
import { GO_AGAIN, repeatEvery } from '../../lib/jobs/repeat-every.js';
import { webhookOutbox } from './notifications.tables.js';
import { signWebhook } from './webhook-signature.js';

export { signWebhook, verifyWebhookSignature } from './webhook-signature.js';

export interface WebhookDeliveryOptions {
  url: string;
  secret: string;
  fetch?: typeof fetch;
  /** The clock for this run; tests drive retries with it. Defaults to the database's clock. */
  now?: Date;
  /** Most rows claimed per run. */
  batch?: number;
}

export const MAX_ATTEMPTS = 12;
const TIMEOUT_MS = 10_000;
const BASE_BACKOFF_SECONDS = 30;
const MAX_BACKOFF_SECONDS = 3600;
/**
 * How long a claimed row stays hidden from other processes while it is being sent: longer than the
 * request timeout, so a live sender always records its result before anyone else may retry; if the
 * sender dies, the row comes due again when the lease runs out.
 */
const LEASE_SECONDS = 120;
const DEFAULT_BATCH = 20;
/** The part of a receiver's error response kept in last_error, for whoever looks into it. */
const ERROR_TEXT_LIMIT = 500;

/** Seconds to wait after the `attempts`-th failure: 30 s, 60 s, 120 s … at most an hour. */
export function backoffSeconds(attempts: number): number {
  return Math.min(BASE_BACKOFF_SECONDS * 2 ** Math.max(attempts - 1, 0), MAX_BACKOFF_SECONDS);
}

interface Claimed {
  id: number;
  event: string;
  payload: unknown;
  attempts: number;
}

/**
 * Sends the outbox rows that are due, each once, and records the outcome. Safe to run in several
 * processes at once: a row is claimed (SKIP LOCKED, then leased by moving next_attempt_at forward) in
 * a short transaction, and the HTTP call happens after that commits, so no transaction waits on the
 * network (PGlite has a single connection, which a slow receiver must not hold).
 */
export async function deliverDueWebhooks(
  db: Db,
  opts: WebhookDeliveryOptions,
): Promise<{ delivered: number; failed: number }> {
  const now = opts.now ? sql`${opts.now.toISOString()}::timestamptz` : sql`now()`;
  const claimed = await claimDue(db, now, opts.batch ?? DEFAULT_BATCH);
  const outcomes = await Promise.all(
    claimed.map(async (row) => {
      const error = await send(row, opts);
      await recordOutcome(db, row, error, now);
      return error === null;
    }),
  );
  const delivered = outcomes.filter(Boolean).length;
  return { delivered, failed: outcomes.length - delivered };
}

async function claimDue(db: Db, now: SQL, batch: number): Promise<Claimed[]> {
  return transaction(db, async (tx) => {
    const due = await tx
      .select({ id: webhookOutbox.id })
      .from(webhookOutbox)
      .where(and(isNull(webhookOutbox.deliveredAt), lte(webhookOutbox.nextAttemptAt, now)))
      .orderBy(asc(webhookOutbox.nextAttemptAt), asc(webhookOutbox.id))
      .limit(batch)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    return tx
      .update(webhookOutbox)
      .set({ nextAttemptAt: sql`${now} + make_interval(secs => ${LEASE_SECONDS})` })
      .where(
        inArray(
          webhookOutbox.id,
          due.map((r) => r.id),
        ),
      )
      .returning({
        id: webhookOutbox.id,
        event: webhookOutbox.event,
        payload: webhookOutbox.payload,
        attempts: webhookOutbox.attempts,
      });
  });
}

/** POSTs one row; returns null when the receiver took it (2xx), otherwise why it did not. */
async function send(row: Claimed, opts: WebhookDeliveryOptions): Promise<string | null> {
  const body = JSON.stringify(row.payload);
  const timestamp = Math.floor((opts.now ?? new Date()).getTime() / 1000);
  try {
    const res = await (opts.fetch ?? fetch)(opts.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-needle-event': row.event,
        'x-needle-delivery': String(row.id),
        'x-needle-timestamp': String(timestamp),
        'x-needle-signature': signWebhook(opts.secret, timestamp, body),
      },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
      // A redirect is a misconfigured URL, not a delivery: never send the signed notice elsewhere.
      redirect: 'manual',
    });
    const text = await res.text().catch(() => '');
    if (res.status >= 200 && res.status < 300) return null;
    return `HTTP ${res.status}${text ? `: ${text.slice(0, ERROR_TEXT_LIMIT)}` : ''}`;
  } catch (err) {
    return describe(err);
  }
}

function describe(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  // fetch reports network failures as "fetch failed" with the useful part (ECONNREFUSED…) in the cause.
  const cause = err.cause instanceof Error ? `: ${err.cause.message}` : '';
  return `${err.message}${cause}`;
}

async function recordOutcome(db: Db, row: Claimed, error: string | null, now: SQL): Promise<void> {
  const attempts = row.attempts + 1;
  // Should the lease have run out and another process delivered it meanwhile, its record stands.
  const where = and(eq(webhookOutbox.id, row.id), isNull(webhookOutbox.deliveredAt));
  if (error === null) {
    await db.update(webhookOutbox).set({ attempts, deliveredAt: now, lastError: null }).where(where);
    return;
  }
  const givingUp = attempts >= MAX_ATTEMPTS;
  await db
    .update(webhookOutbox)
    .set({
      attempts,
      lastError: givingUp ? `gave up after ${attempts} attempts: ${error}` : error,
      // 'infinity' keeps the row (for inspection or a manual retry) but never due again.
      nextAttemptAt: givingUp
        ? sql`'infinity'::timestamptz`
        : sql`${now} + make_interval(secs => ${backoffSeconds(attempts)})`,
    })
    .where(where);
}

export interface WebhookDeliveryLoop {
  /** Stops scheduling and waits for a run in progress to finish. */
  stop(): Promise<void>;
}

/**
 * Runs deliverDueWebhooks every `intervalMs` (default 5 s) until stopped, at once again after a full
 * batch (see repeatEvery: runs never overlap, a failed run is logged and the loop goes on).
 */
export function startWebhookDelivery(
  db: Db,
  opts: Omit<WebhookDeliveryOptions, 'now'> & { intervalMs?: number },
): WebhookDeliveryLoop {
  const batch = opts.batch ?? DEFAULT_BATCH;
  return repeatEvery('Webhook delivery', opts.intervalMs ?? 5000, async () => {
    const r = await deliverDueWebhooks(db, { ...opts, batch });
    // A full batch means more may be waiting: go again at once rather than after the interval.
    return r.delivered + r.failed >= batch ? GO_AGAIN : undefined;
  });
}
