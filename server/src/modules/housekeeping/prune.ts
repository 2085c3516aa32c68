import { and, isNotNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { sessions } from '../auth/sessions.schema.js';
import { webhookOutbox } from '../notifications/notifications.schema.js';

/** How long a sent (or abandoned) webhook delivery is kept, for tracing what a gateway was told. */
export const OUTBOX_KEEP_DAYS = 30;

/**
 * One round of housekeeping: expired sessions go at once; webhook deliveries go 30 days after they were
 * delivered or given up on. Undelivered, still-retrying deliveries are never touched.
 */
export async function prune(db: Db, now = new Date()): Promise<{ sessions: number; deliveries: number }> {
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
  return { sessions: expired.length, deliveries: done.length };
}
