import { chinaDayOf, chinaMidnight } from '../../lib/calendar/china-time.js';

/** The China-time month (YYYY-MM) an instant falls in: evaluations are kept by month as offices report them. */
export const chinaMonthOf = (instant: Date): string => chinaDayOf(instant).slice(0, 7);

/** [start, end) of a China-time month. */
export function monthSpan(month: string): { start: Date; end: Date } {
  const [year, m] = month.split('-').map(Number);
  if (year === undefined || m === undefined) throw new RangeError(`Not a month: ${month}`);
  const next = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
  return { start: new Date(chinaMidnight(`${month}-01`)), end: new Date(chinaMidnight(`${next}-01`)) };
}

/** [start, end) of a China-time year: partner units' promised responses are counted per year. */
export function yearSpan(year: number): { start: Date; end: Date } {
  return {
    start: new Date(chinaMidnight(`${year}-01-01`)),
    end: new Date(chinaMidnight(`${year + 1}-01-01`)),
  };
}

/** The China-time year an instant falls in. */
export const chinaYearOf = (instant: Date): number => Number(chinaDayOf(instant).slice(0, 4));
