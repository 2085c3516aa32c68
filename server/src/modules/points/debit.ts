import type { Executor } from '../../db/database.js';
import { conflict } from '../../lib/errors/app-error.js';
import { balanceOf, lockUserPoints } from './balance.js';
import { SHOP_ACCOUNT, transferLegs, userAccount } from './ledger.js';
import { postTransfer } from './post-transfer.js';

/**
 * Spends a user's points (the points shop will call it): a transfer from the user's account, refused
 * when it would take the balance below zero. The balance is read under the user's lock, so two spends at
 * once cannot both pass the check. Returns the transfer's id.
 */
export async function spendPoints(
  tx: Executor,
  spend: { userId: string; amount: number; at: Date; to?: string },
): Promise<number> {
  const from = userAccount(spend.userId);
  const legs = transferLegs(from, spend.to ?? SHOP_ACCOUNT, spend.amount);
  await lockUserPoints(tx, spend.userId);
  const balance = await balanceOf(tx, from);
  if (balance < spend.amount) {
    throw conflict(
      'POINTS_INSUFFICIENT',
      `Spending ${spend.amount} points needs them: the balance is ${balance}`,
    );
  }
  const id = await postTransfer(tx, {
    kind: 'redeemed',
    userId: spend.userId,
    caseId: null,
    at: spend.at,
    legs,
  });
  // A spend names no case, so no unique index can turn it away.
  if (id === null) throw new Error('a spend of points was not written');
  return id;
}
