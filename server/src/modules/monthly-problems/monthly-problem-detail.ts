import type { MonthlyProblemDetail } from '@needle/contract';
import type { Db } from '../../db/database.js';
import { chinaDayOf } from '../../lib/calendar/index.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { RegionDirectory } from '../regions/region-directory.js';
import { areaProblem } from './area-problem.js';
import { monthHead } from './list-monthly-problems.js';
import { monthWindow } from './month-window.js';
import { problemActions } from './problem-actions.js';
import { areaFields, problemAreaOf } from './problem-areas.js';
import { type CasePage, problemCases } from './problem-cases.js';
import { problemTrend } from './problem-trend.js';

/** 每月一题 of one district (the viewer's part of it): the problem, its cases, the actions and the trend. */
export async function monthlyProblemDetail(
  db: Db,
  directory: RegionDirectory,
  viewer: AuthUser,
  q: { districtCode: string; month: string } & Partial<CasePage>,
  today = chinaDayOf(new Date()),
): Promise<MonthlyProblemDetail> {
  const area = problemAreaOf(directory, viewer.jurisdiction, q.districtCode);
  const w = monthWindow(q.month, today);
  const head = await monthHead(db, w);
  const problem = await areaProblem(db, area, w);
  const page = { page: q.page ?? 1, pageSize: q.pageSize ?? 20 };
  const base = { ...head, ...areaFields(area), ...problem };
  if (!problem.top) {
    return {
      ...base,
      cases: { total: 0, ...page, items: [] },
      actions: { proactiveCases: [], whistleOrders: [], acceptedHotspots: [] },
      trend: [],
    };
  }
  const category = problem.top.categoryCode;
  return {
    ...base,
    cases: await problemCases(db, directory, area, category, w, page),
    actions: await problemActions(db, directory, area, category, w.start),
    trend: await problemTrend(db, area, category, w.to, today),
  };
}
