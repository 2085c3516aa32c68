import { type SQL, sql } from 'drizzle-orm';
import type { Counters } from './rollup-types.js';

/**
 * A month row's `open_by_day` (stats.tables.ts): for each day of its month, the cases due that day
 * and not closed yet. Always 31 elements, whatever the month, so that a row kept delta by delta and
 * one derived from the day rows (rollup-cuts.ts) are equal element for element.
 */
export const MONTH_DAYS = 31;

/** Adds what a fine delta on `day` changes in its month row's elements. */
export function addOpenOnDay(into: number[] | undefined, day: string, counters: Counters): number[] {
  const days = into ?? new Array<number>(MONTH_DAYS).fill(0);
  const index = Number(day.slice(8, 10)) - 1;
  days[index] = (days[index] ?? 0) + (counters.due ?? 0) - (counters.closed ?? 0);
  return days;
}

export const carriesOpenDays = (days: number[] | undefined) => days?.some((n) => n !== 0) ?? false;

/** Element-wise sum of a row's elements and a delta's (the migration's needle_add_days). */
export const addOpenDays = (column: SQL, delta: SQL) => sql`needle_add_days(${column}, ${delta})`;
