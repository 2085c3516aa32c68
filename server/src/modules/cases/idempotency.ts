import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Executor, Tx } from '../../db/database.js';
import { AppError } from '../../lib/errors/app-error.js';
import { idempotencyKeys } from './cases.tables.js';

export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{8,200}$/;

export function requestHash(body: unknown): string {
  return createHash('sha256').update(JSON.stringify(body)).digest('hex');
}

/**
 * How long an Idempotency-Key replays its case: a phone that lost its answer retries within minutes or,
 * offline overnight, the next morning; a key reused after that is a new report, not a retry.
 */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 3_600_000;

/**
 * Forgets the key if it was claimed more than maxAgeMs ago, so that it makes a new case. Timed by the
 * database clock, the one that stamped created_at. Housekeeping removes such rows in bulk; this keeps
 * the expiry exact between its rounds.
 */
export async function forgetExpiredKey(
  db: Executor,
  scope: string,
  key: string,
  maxAgeMs: number,
): Promise<void> {
  await db
    .delete(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.scope, scope),
        eq(idempotencyKeys.key, key),
        sql`${idempotencyKeys.createdAt} < now() - ${`${maxAgeMs} milliseconds`}::interval`,
      ),
    );
}

/**
 * Claims an Idempotency-Key inside the transaction that will create the case. When another request
 * with the same key is in flight, PostgreSQL makes this insert wait for it; once it has committed, the
 * claim fails and the first request's case is returned instead of a second one. A key older than
 * IDEMPOTENCY_KEY_TTL_MS is forgotten first.
 * Returns null when the key is fresh (go ahead), or the case id the key already produced.
 */
export async function claimIdempotencyKey(
  tx: Tx,
  scope: string,
  key: string,
  hash: string,
): Promise<string | null> {
  await forgetExpiredKey(tx, scope, key, IDEMPOTENCY_KEY_TTL_MS);
  const claimed = await tx
    .insert(idempotencyKeys)
    .values({ scope, key, requestHash: hash })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (claimed.length > 0) return null;
  const [earlier] = await tx
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
  if (!earlier?.caseId)
    throw new AppError(409, 'IDEMPOTENCY_KEY_IN_USE', 'A request with this Idempotency-Key is still running');
  if (earlier.requestHash !== hash) {
    throw new AppError(
      422,
      'IDEMPOTENCY_KEY_REUSED',
      'This Idempotency-Key was used for a different submission',
    );
  }
  return earlier.caseId;
}

export async function recordIdempotentResult(
  tx: Tx,
  scope: string,
  key: string,
  caseId: string,
): Promise<void> {
  await tx
    .update(idempotencyKeys)
    .set({ caseId })
    .where(and(eq(idempotencyKeys.scope, scope), eq(idempotencyKeys.key, key)));
}
