import { addDays, chinaMidnight } from '../../lib/calendar/china-time.js';
import { badRequest } from '../../lib/errors/app-error.js';

/** A month as China time counts it, with the three months its growth is measured against. */
export interface MonthWindow {
  month: string;
  /** Its first and last China day. */
  from: string;
  to: string;
  /** 00:00 China time of its first day, and of the day after its last: the instants cases fall between. */
  start: Date;
  end: Date;
  /** The three months before, oldest first ('YYYY-MM'). */
  baselineMonths: [string, string, string];
  /** The month has days still to come. */
  running: boolean;
  /** The share of the month that has passed: 1 for a month that has ended, days so far ÷ days in it else. */
  elapsed: number;
}

/** The month `count` months after (or before, if negative) a 'YYYY-MM'. */
export function addMonths(month: string, count: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const daysIn = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
};

/**
 * The month asked for, read on the China day `today`. A month not begun yet has nothing to choose from
 * and is refused; the month under way is measured so far (its days up to today, `elapsed`).
 */
export function monthWindow(month: string, today: string): MonthWindow {
  const current = today.slice(0, 7);
  if (month > current) throw badRequest('MONTH_NOT_STARTED', `The month ${month} has not begun yet`);
  const days = daysIn(month);
  const from = `${month}-01`;
  const to = `${month}-${String(days).padStart(2, '0')}`;
  const running = month === current;
  return {
    month,
    from,
    to,
    start: new Date(chinaMidnight(from)),
    end: new Date(chinaMidnight(addDays(to, 1))),
    baselineMonths: [addMonths(month, -3), addMonths(month, -2), addMonths(month, -1)],
    running,
    elapsed: running ? Number(today.slice(8, 10)) / days : 1,
  };
}

/** A week of the before/after trend. */
export interface TrendWeekSpan {
  from: string;
  to: string;
  side: 'before' | 'after';
  /** Reaches past today. */
  partial: boolean;
}

export const TREND_WEEKS = 8;

/**
 * Eight weeks ending on the month's last day, then eight weeks after it, as far as today: the weeks are
 * counted from the month's end, so the line breaks exactly where the month's problem was chosen. Weeks
 * wholly after today are left out; the week holding today is partial.
 */
export function trendWeeks(lastDay: string, today: string): TrendWeekSpan[] {
  const weeks: TrendWeekSpan[] = [];
  for (let k = TREND_WEEKS; k >= 1; k--) {
    const to = addDays(lastDay, -7 * (k - 1));
    weeks.push({ from: addDays(to, -6), to, side: 'before', partial: to > today });
  }
  for (let k = 1; k <= TREND_WEEKS; k++) {
    const from = addDays(lastDay, 7 * (k - 1) + 1);
    if (from > today) break;
    const to = addDays(from, 6);
    weeks.push({ from, to, side: 'after', partial: to > today });
  }
  return weeks.filter((w) => w.from <= today);
}
