import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { conflict } from '../../lib/errors/app-error.js';
import { balanceOf, lockUserPoints } from './balance.js';
import { HELD_ACCOUNT, SHOP_ACCOUNT, transferLegs, userAccount } from './ledger.js';
import { pointEntries, pointTransfers } from './points.tables.js';
import { postTransfer } from './post-transfer.js';

/** What a hold is for: the ledger names it as its source, so each step of it is written once. */
export interface Hold {
  userId: string;
  amount: number;
  /** `redemption:<id>`. */
  source: string;
  at: Date;
}

/**
 * Holds a user's points for a redemption waiting for pickup: a transfer from the user to `system:held`,
 * refused when the available balance does not cover it. The balance is read under the user's lock, so two
 * redemptions at once cannot both pass the check. The caller holds the lock from here to its commit.
 */
export async function holdPoints(tx: Executor, hold: Hold): Promise<void> {
  const from = userAccount(hold.userId);
  await lockUserPoints(tx, hold.userId);
  const available = await balanceOf(tx, from);
  if (available < hold.amount) {
    throw conflict(
      'POINTS_INSUFFICIENT',
      `Redeeming ${hold.amount} points needs them: ${available} are available`,
    );
  }
  const id = await postTransfer(tx, {
    kind: 'redeemed',
    userId: hold.userId,
    caseId: null,
    source: hold.source,
    at: hold.at,
    legs: transferLegs(from, HELD_ACCOUNT, hold.amount),
  });
  if (id === null) throw new Error(`the points of ${hold.source} are held already`);
}

/**
 * Ends a hold: its points go to the shop when the item is picked up, back to the user when the redemption
 * is cancelled or not picked up in time. Written once per source and outcome; the caller's state change
 * (one UPDATE … WHERE state = 'pending') makes sure only one outcome is ever asked for.
 */
export async function releaseHold(
  tx: Executor,
  hold: Hold,
  outcome: 'picked_up' | 'returned',
): Promise<void> {
  const pickedUp = outcome === 'picked_up';
  const id = await postTransfer(tx, {
    kind: pickedUp ? 'redemption_completed' : 'redemption_cancelled',
    userId: hold.userId,
    caseId: null,
    source: hold.source,
    at: hold.at,
    legs: transferLegs(HELD_ACCOUNT, pickedUp ? SHOP_ACCOUNT : userAccount(hold.userId), hold.amount),
  });
  if (id === null) throw new Error(`the hold of ${hold.source} was released already`);
}

/** What the user has on hold: their share of `system:held`, the points of their pending redemptions. */
export async function heldFor(db: Executor, userId: string): Promise<number> {
  const [row] = await db
    .select({ held: sql<number>`coalesce(sum(${pointEntries.amount}), 0)::int` })
    .from(pointEntries)
    .innerJoin(pointTransfers, eq(pointTransfers.id, pointEntries.transferId))
    .where(and(eq(pointEntries.account, HELD_ACCOUNT), eq(pointTransfers.userId, userId)));
  return Number(row?.held ?? 0);
}
