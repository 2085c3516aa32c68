import type { PointReason, Points, PointsQuery } from '@needle/contract';
import { desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { cases } from '../cases/cases.tables.js';
import { balanceOf } from './balance.js';
import { expiringSoon } from './expiry.js';
import { heldFor } from './holds.js';
import { userAccount } from './ledger.js';
import { pointEntries, pointTransfers } from './points.tables.js';

/**
 * The user's own balance (what they may spend), what they have on hold and what expires soon, and a page
 * of their entries, newest first, each with its reason and case.
 */
export async function listPoints(
  db: Executor,
  userId: string,
  query: PointsQuery,
  expiry: { now: Date; months: number } = { now: new Date(), months: 0 },
): Promise<Points> {
  const account = userAccount(userId);
  const mine = eq(pointEntries.account, account);
  const [balance, held, expiring, [counted], rows] = await Promise.all([
    balanceOf(db, account),
    heldFor(db, userId),
    expiringSoon(db, userId, expiry.now, expiry.months),
    db.select({ total: sql<number>`count(*)::int` }).from(pointEntries).where(mine),
    db
      .select({
        id: pointTransfers.id,
        at: pointTransfers.createdAt,
        amount: pointEntries.amount,
        reason: pointTransfers.kind,
        caseId: pointTransfers.caseId,
        caseCode: cases.code,
      })
      .from(pointEntries)
      .innerJoin(pointTransfers, eq(pointTransfers.id, pointEntries.transferId))
      .leftJoin(cases, eq(cases.id, pointTransfers.caseId))
      .where(mine)
      .orderBy(desc(pointEntries.transferId))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
  ]);
  return {
    balance,
    held,
    expiring: expiring && { points: expiring.points, at: expiring.at.toISOString() },
    total: Number(counted?.total ?? 0),
    page: query.page,
    pageSize: query.pageSize,
    entries: rows.map((r) => ({
      ...r,
      id: Number(r.id),
      at: r.at.toISOString(),
      reason: r.reason as PointReason,
    })),
  };
}
