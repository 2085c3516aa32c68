import { and, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../db/database.js';
import { lockUserPoints } from './balance.js';
import {
  addMonths,
  chinaMonthOf,
  EARNING_KINDS,
  expiringPoints,
  expiryCut,
  monthStart,
} from './expiry-rules.js';
import { EXPIRED_ACCOUNT, transferLegs, userAccount } from './ledger.js';
import { pointEntries, pointTransfers } from './points.tables.js';
import { postTransfer } from './post-transfer.js';

/** Per user: what they earned before the cut, what they earned in all, and their balance. */
function lotsQuery(db: Executor, before: Date, userId?: string) {
  const earning = inArray(pointTransfers.kind, [...EARNING_KINDS]);
  const amount = sql`${pointEntries.amount}`;
  const earnedBefore = sql<number>`coalesce(sum(${amount}) filter (where ${earning} and ${lt(pointTransfers.createdAt, before)}), 0)::int`;
  const earned = sql<number>`coalesce(sum(${amount}) filter (where ${earning}), 0)::int`;
  const balance = sql<number>`coalesce(sum(${amount}), 0)::int`;
  return db
    .select({ userId: pointTransfers.userId, earnedBefore, earned, balance })
    .from(pointEntries)
    .innerJoin(pointTransfers, eq(pointTransfers.id, pointEntries.transferId))
    .where(
      and(
        // The user's own leg of each of their transfers: the entries that make up their balance.
        eq(pointEntries.account, sql`'user:' || ${pointTransfers.userId}::text`),
        userId ? eq(pointTransfers.userId, userId) : undefined,
      ),
    )
    .groupBy(pointTransfers.userId)
    .having(({ earnedBefore, earned, balance }) =>
      and(gt(balance, 0), gt(sql`${earnedBefore} - ${earned} + ${balance}`, 0)),
    );
}

/**
 * Expires, for every user, the points earned before the cut that their spending has not used up (FIFO,
 * see expiringPoints): a transfer user → system:expired tagged `expiry:<month>`. Safe to run again and
 * from several processes at once: each user is recomputed under their points lock, an expiry written is
 * spending that leaves nothing more to expire, and the tag allows one expiry per user and month.
 * Returns how many users' points expired.
 */
export async function expirePoints(db: Db, now: Date, months: number): Promise<number> {
  if (months === 0) return 0;
  const { before, ended } = expiryCut(now, months);
  const candidates = await lotsQuery(db, before);
  let expired = 0;
  for (const { userId } of candidates) {
    const wrote = await db.transaction(async (tx) => {
      await lockUserPoints(tx, userId);
      const [lots] = await lotsQuery(tx, before, userId);
      const amount = lots ? expiringPoints(lots) : 0;
      if (amount === 0) return false;
      const id = await postTransfer(tx, {
        kind: 'points_expired',
        userId,
        caseId: null,
        source: `expiry:${ended}`,
        at: now,
        legs: transferLegs(userAccount(userId), EXPIRED_ACCOUNT, amount),
      });
      return id !== null;
    });
    if (wrote) expired++;
  }
  return expired;
}

/**
 * What of the user's balance will expire at the end of this month if not spent, and when: what the
 * sweep would take at the start of next month. Null when nothing will, or points never expire.
 */
export async function expiringSoon(
  db: Executor,
  userId: string,
  now: Date,
  months: number,
): Promise<{ points: number; at: Date } | null> {
  if (months === 0) return null;
  const endOfMonth = monthStart(addMonths(chinaMonthOf(now), 1));
  const [lots] = await lotsQuery(db, expiryCut(endOfMonth, months).before, userId);
  const points = lots ? expiringPoints(lots) : 0;
  return points === 0 ? null : { points, at: endOfMonth };
}
