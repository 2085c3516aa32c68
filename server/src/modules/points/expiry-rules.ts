import { CHINA_UTC_OFFSET_MS, chinaMidnight } from '../../lib/calendar/china-time.js';

/**
 * The reasons that earn points: only these make a "lot" that can expire. Everything else that moves a
 * user's points (a spend or hold, a reversal, an expiry, a returned hold) is spending, in the FIFO sense.
 */
export const EARNING_KINDS = [
  'report_filed',
  'whistle_bonus',
  'volunteer_hours',
  'deliberation',
  'wish_fulfilled',
] as const;

/** A China-time month, `YYYY-MM`. */
export type Month = string;

/** The China-time month an instant falls in. */
export function chinaMonthOf(at: Date): Month {
  return new Date(at.getTime() + CHINA_UTC_OFFSET_MS).toISOString().slice(0, 7);
}

/** The month `count` months after (or before, if negative) `month`. */
export function addMonths(month: Month, count: number): Month {
  const [year, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, m - 1 + count, 1)).toISOString().slice(0, 7);
}

/** 00:00 China time on the first day of the month. */
export const monthStart = (month: Month): Date => new Date(chinaMidnight(`${month}-01`));

/**
 * What the expiry sweep does at `now` under a rule of `months` (> 0): points earned in month P expire at
 * the end of month P + months, so at any moment of month M every point earned before the start of month
 * M − months has had its time. `before` is that instant; `ended` names the month whose end they expired at,
 * the one just past, and tags the expiry so that a user's points expire at most once a month.
 */
export function expiryCut(now: Date, months: number): { before: Date; ended: Month } {
  const month = chinaMonthOf(now);
  return { before: monthStart(addMonths(month, -months)), ended: addMonths(month, -1) };
}

/**
 * What expires, spending first-in first-out: of the points earned before the cut, whatever the user's
 * spending so far has not used up. Spending is everything that left the account net of what came back
 * (all the earnings less the balance), so it eats the oldest lots first; what expires is never more than the
 * balance, and once written the expiry is spending too, which makes a second run find nothing.
 */
export function expiringPoints(f: { earnedBefore: number; earned: number; balance: number }): number {
  const spent = f.earned - f.balance;
  return Math.max(0, Math.min(f.balance, f.earnedBefore - spent));
}
