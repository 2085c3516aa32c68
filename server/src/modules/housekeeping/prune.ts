import { and, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { sessions } from '../auth/sessions.tables.js';
import { idempotencyKeys } from '../cases/cases.tables.js';
import { IDEMPOTENCY_KEY_TTL_MS } from '../cases/idempotency.js';
import { webhookOutbox } from '../notifications/notifications.tables.js';
import { BODY_KEY_PATTERN } from '../open311/retry-keys.js';
import { loadSettings } from '../settings/settings.service.js';

/** How long a sent (or abandoned) webhook delivery is kept, for tracing what a gateway was told. */
export const OUTBOX_KEEP_DAYS = 30;

export interface Pruned {
  sessions: number;
  deliveries: number;
  idempotencyKeys: number;
}

/**
 * Idempotency keys that no longer replay: every key a day after it was claimed, and an Open311 key made
 * from a body once the retry window has passed. The cases they made stay.
 */
async function pruneIdempotencyKeys(db: Db, now: Date): Promise<number> {
  const { open311RetryWindowMinutes } = await loadSettings(db);
  const dayAgo = new Date(now.getTime() - IDEMPOTENCY_KEY_TTL_MS);
  const windowAgo = new Date(now.getTime() - open311RetryWindowMinutes * 60_000);
  const gone = await db
    .delete(idempotencyKeys)
    .where(
      or(
        lt(idempotencyKeys.createdAt, dayAgo),
        and(lt(idempotencyKeys.createdAt, windowAgo), sql`${idempotencyKeys.key} ~ ${BODY_KEY_PATTERN}`),
      ),
    )
    .returning({ key: idempotencyKeys.key });
  return gone.length;
}

/**
 * One round of housekeeping: expired sessions go at once; webhook deliveries go 30 days after they were
 * delivered or given up on; idempotency keys go once they no longer replay. Undelivered, still-retrying
 * deliveries are never touched.
 */
export async function prune(db: Db, now = new Date()): Promise<Pruned> {
  const expired = await db
    .delete(sessions)
    .where(lt(sessions.expiresAt, now))
    .returning({ id: sessions.tokenHash });
  const before = new Date(now.getTime() - OUTBOX_KEEP_DAYS * 86_400_000);
  const done = await db
    .delete(webhookOutbox)
    .where(
      and(
        lt(webhookOutbox.createdAt, before),
        or(
          isNotNull(webhookOutbox.deliveredAt),
          sql`${webhookOutbox.nextAttemptAt} = 'infinity'::timestamptz`,
        ),
      ),
    )
    .returning({ id: webhookOutbox.id });
  return {
    sessions: expired.length,
    deliveries: done.length,
    idempotencyKeys: await pruneIdempotencyKeys(db, now),
  };
}
