import type { TrendWeekView } from '@needle/contract';
import type { Executor } from '../../db/database.js';
import { complaintCounts } from './complaint-counts.js';
import { trendWeeks } from './month-window.js';
import type { ProblemArea } from './problem-areas.js';

/**
 * The problem's complaints per week, eight weeks up to the month's end and eight after, as far as
 * today: from the category cut's day rows (a hundred-odd rows for one key), not from the cases.
 */
export async function problemTrend(
  db: Executor,
  area: ProblemArea,
  categoryCode: string,
  lastDay: string,
  today: string,
): Promise<TrendWeekView[]> {
  const weeks = trendWeeks(lastDay, today);
  const first = weeks[0];
  const last = weeks.at(-1);
  if (!first || !last) return [];
  const counts = await complaintCounts(db, area, {
    from: first.from,
    to: last.to < today ? last.to : today,
    by: 'day',
    categories: [categoryCode],
  });
  const days = counts.get(categoryCode) ?? new Map<string, number>();
  return weeks.map((w) => {
    let complaints = 0;
    for (const [day, n] of days) if (day >= w.from && day <= w.to) complaints += n;
    return { ...w, complaints };
  });
}
