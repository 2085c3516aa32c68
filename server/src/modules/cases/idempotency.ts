import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
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

/** A submission's key: who sent it (the scope), the key itself, and how long it replays. */
export interface SubmissionKey {
  scope: string;
  key: string;
  /** The fingerprint of what was sent: the same key with other contents is refused, not replayed. */
  hash: string;
  ttlMs: number;
}

/** A key claimed within its time to live still stands; an older one is free to make a new case. */
const keyStillStands = (ttlMs: number) =>
  sql`${idempotencyKeys.createdAt} >= now() - ${`${ttlMs} milliseconds`}::interval`;

/** The submission's own key row, once its time to live is over. */
export const expiredKey = (sent: SubmissionKey) =>
  and(
    eq(idempotencyKeys.scope, sent.scope),
    eq(idempotencyKeys.key, sent.key),
    sql`not (${keyStillStands(sent.ttlMs)})`,
  );

/** The submission's own key row, while it stands. */
export const standingKey = (sent: SubmissionKey) =>
  and(eq(idempotencyKeys.scope, sent.scope), eq(idempotencyKeys.key, sent.key), keyStillStands(sent.ttlMs));

/**
 * The case a standing key already produced, or null when the key is free. The same key with different
 * contents is a client's mistake, refused rather than answered with an unrelated case.
 */
export async function replayOf(db: Executor, sent: SubmissionKey): Promise<string | null> {
  const [earlier] = await db
    .select({ caseId: idempotencyKeys.caseId, requestHash: idempotencyKeys.requestHash })
    .from(idempotencyKeys)
    .where(standingKey(sent));
  if (!earlier?.caseId) return null;
  if (earlier.requestHash !== sent.hash) {
    throw new AppError(
      422,
      'IDEMPOTENCY_KEY_REUSED',
      'This Idempotency-Key was used for a different submission',
    );
  }
  return earlier.caseId;
}
