import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { pointEntries } from './points.tables.js';

/** An account's balance: the sum of its entries, never a stored figure that could drift from them. */
export async function balanceOf(db: Executor, account: string): Promise<number> {
  const [row] = await db
    .select({ balance: sql<number>`coalesce(sum(${pointEntries.amount}), 0)::int` })
    .from(pointEntries)
    .where(eq(pointEntries.account, account));
  return Number(row?.balance ?? 0);
}

// The two-key form of the advisory lock, so its space cannot meet the one-key locks of migrations and rollups.
const POINTS_LOCK_SPACE = 4_242_003;

/**
 * Holds one user's points still until the transaction ends, across every server process: a write that
 * depends on what the user has (the daily cap, the guard against overdrawing) cannot interleave with another.
 */
export async function lockUserPoints(tx: Executor, userId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${POINTS_LOCK_SPACE}, hashtext(${userId}))`);
}
