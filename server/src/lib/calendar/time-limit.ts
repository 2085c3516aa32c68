/**
 * Working units count only office hours on working days (most case steps). Calendar units run round
 * the clock, for 12345 limits such as "2 hours" for a threat to life or property.
 */
import type { TimeLimitUnit } from '@needle/contract';

export { TIME_LIMIT_UNITS, type TimeLimitUnit } from '@needle/contract';

/** A time limit (时限) as configured per category subclass and per step. */
export interface TimeLimit {
  amount: number;
  unit: TimeLimitUnit;
}

export function isWorkingUnit(unit: TimeLimitUnit): unit is 'working_hours' | 'working_days' {
  return unit === 'working_hours' || unit === 'working_days';
}

/** Throws unless the amount is a finite number ≥ 0. */
export function assertAmount(amount: number, what: string): void {
  if (typeof amount !== 'number' || !Number.isFinite(amount) || amount < 0) {
    throw new RangeError(`${what} must be a finite number ≥ 0, got ${String(amount)}`);
  }
}
