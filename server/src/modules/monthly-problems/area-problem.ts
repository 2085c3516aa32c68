import type { ProblemFiguresView } from '@needle/contract';
import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { categories } from '../categories/categories.tables.js';
import { type RankedProblem, rankProblems } from './choose-top-problem.js';
import { complaintCounts } from './complaint-counts.js';
import type { MonthWindow } from './month-window.js';
import type { ProblemArea } from './problem-areas.js';

/** How many categories an answer names: the top problem and the two after it. */
const NAMED = 3;

export interface AreaProblem {
  totalComplaints: number;
  top: ProblemFiguresView | null;
  runnersUp: ProblemFiguresView[];
}

/** The area's categories ranked for the month by the choosing rule, the first three named. */
export async function areaProblem(db: Executor, area: ProblemArea, w: MonthWindow): Promise<AreaProblem> {
  const counts = await complaintCounts(db, area, {
    from: `${w.baselineMonths[0]}-01`,
    to: w.to,
    by: 'month',
  });
  const rows = [...counts].map(([categoryCode, byMonth]) => ({
    categoryCode,
    complaints: byMonth.get(w.month) ?? 0,
    previous: w.baselineMonths.map((m) => byMonth.get(m) ?? 0) as [number, number, number],
  }));
  const ranked = rankProblems(rows, w.elapsed).slice(0, NAMED);
  const names = await categoryNames(
    db,
    ranked.map((r) => r.categoryCode),
  );
  const named = (r: RankedProblem): ProblemFiguresView => ({
    ...r,
    categoryName: names.get(r.categoryCode) ?? r.categoryCode,
  });
  const [top, ...runnersUp] = ranked.map(named);
  return {
    totalComplaints: rows.reduce((n, r) => n + r.complaints, 0),
    top: top ?? null,
    runnersUp,
  };
}

async function categoryNames(db: Executor, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ code: categories.code, name: categories.nameZh })
    .from(categories)
    .where(inArray(categories.code, codes));
  return new Map(rows.map((r) => [r.code, r.name]));
}
