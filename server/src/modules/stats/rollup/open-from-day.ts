import { type SQL, sql } from 'drizzle-orm';
import type { Counters } from './rollup-types.js';

/**
 * A month row's `open_from_day` (stats.tables.ts): for each day of its month, the cases due from that
 * day to the month's end and not closed yet. Always 31 elements, whatever the month, so that a row kept
 * delta by delta and one derived from the day rows (rollup-cuts.ts) are equal element for element.
 */
export const MONTH_DAYS = 31;

/**
 * Adds what a fine delta on `day` changes in its month row's elements: the open cases it adds or
 * takes away are due from each day up to `day` onward, so elements 1 to `day` move.
 */
export function addOpenOnDay(into: number[] | undefined, day: string, counters: Counters): number[] {
  const days = into ?? new Array<number>(MONTH_DAYS).fill(0);
  const open = (counters.due ?? 0) - (counters.closed ?? 0);
  const last = Number(day.slice(8, 10)) - 1;
  for (let i = 0; i <= last; i++) days[i] = (days[i] ?? 0) + open;
  return days;
}

export const carriesOpenDays = (days: number[] | undefined) => days?.some((n) => n !== 0) ?? false;

/** Element-wise sum of a row's elements and a delta's (migration 0042's needle_add_days). */
export const addOpenDays = (column: SQL, delta: SQL) => sql`needle_add_days(${column}, ${delta})`;

/**
 * The elements of a month from its day rows' (day of month, due less closed) pairs, in SQL: each day's
 * open cases (0042's needle_month_days), summed onward (0046's needle_days_onward).
 */
export const openFromDaySql = (days: SQL, open: SQL) =>
  sql`needle_days_onward(needle_month_days(${days}, ${open}))`;
