/**
 * The double-entry rules of the points ledger (积分账本), over plain data: every transfer moves an amount
 * from one account to another as two legs that sum to zero, so points are never made from nothing and
 * every point a user holds can be traced to where it came from.
 */

/** One leg of a transfer: what it does to one account. */
export interface Leg {
  account: string;
  amount: number;
}

/** Where earned points come from: its balance is minus everything ever handed out. */
export const ISSUED_ACCOUNT = 'system:issued';
/** Where spent points go (the points shop of the participation issue). */
export const SHOP_ACCOUNT = 'system:shop';
/** Where a pending redemption's points wait until the merchant hands the item over or it is called off. */
export const HELD_ACCOUNT = 'system:held';
/** Where points go when they expire by the city's rule (pointsExpiryMonths). */
export const EXPIRED_ACCOUNT = 'system:expired';

export const userAccount = (userId: string): string => `user:${userId}`;

/** The legs of moving `amount` points from one account to another. */
export function transferLegs(from: string, to: string, amount: number): Leg[] {
  if (!Number.isInteger(amount) || amount <= 0) {
    throw new RangeError(`A transfer moves a whole number of points above 0, got ${amount}`);
  }
  if (from === to)
    throw new RangeError(`A transfer moves points between two accounts, not ${from} to itself`);
  return [
    { account: from, amount: -amount },
    { account: to, amount },
  ];
}

/** The legs that undo a transfer: each account gets back what it gave. */
export function reversingLegs(legs: readonly Leg[]): Leg[] {
  return legs.map((leg) => ({ account: leg.account, amount: -leg.amount }));
}

/** Balanced legs sum to zero: the invariant the database checks again at commit. */
export const isBalanced = (legs: readonly Leg[]): boolean => legs.reduce((sum, l) => sum + l.amount, 0) === 0;
