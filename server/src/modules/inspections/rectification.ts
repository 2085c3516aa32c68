/**
 * The rules of 整改 and 回头看 as plain functions: when an order is overdue and how far it has
 * escalated, who is a repeat offender, and when a surprise follow-up falls.
 */
const DAY_MS = 86_400_000;

/** Overdue for this long, an order goes up from the community to the street, as an overdue case would. */
export const STREET_AFTER_DAYS = 3;
/** Two orders or more within this many days make a repeat offender. */
export const REPEAT_WINDOW_DAYS = 90;

export type Escalation = 'none' | 'community' | 'street';

export function escalationOf(order: { state: string; deadline: Date }, now: Date): Escalation {
  if (order.state !== 'open' || now <= order.deadline) return 'none';
  return now.getTime() - order.deadline.getTime() >= STREET_AFTER_DAYS * DAY_MS ? 'street' : 'community';
}

export function isRepeatOffender(issuedAt: readonly Date[], now: Date): boolean {
  const since = now.getTime() - REPEAT_WINDOW_DAYS * DAY_MS;
  return issuedAt.filter((d) => d.getTime() >= since).length >= 2;
}

/** A moment drawn at random between tomorrow and `before`, told to nobody but the inspectors. */
export function surpriseMoment(now: Date, before: Date, random: () => number): Date {
  const from = now.getTime() + DAY_MS;
  const to = Math.max(from, before.getTime());
  return new Date(from + Math.floor(random() * (to - from)));
}
