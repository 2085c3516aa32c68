import type { MonthlyProblemsResult } from '@needle/contract';
import type { Db } from '../../db/database.js';
import { chinaDayOf } from '../../lib/calendar/index.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { RegionDirectory } from '../regions/region-directory.js';
import { kpiAsOf } from '../stats/kpi-outbox.js';
import { areaProblem } from './area-problem.js';
import { type MonthWindow, monthWindow } from './month-window.js';
import { areaFields, problemAreas } from './problem-areas.js';

/** What every answer about a month starts with. */
export async function monthHead(db: Db, w: MonthWindow) {
  return {
    month: w.month,
    period: { from: w.from, to: w.to },
    running: w.running,
    asOf: await kpiAsOf(db),
  };
}

/** 每月一题 of each district in the viewer's jurisdiction, in code order. */
export async function listMonthlyProblems(
  db: Db,
  directory: RegionDirectory,
  viewer: AuthUser,
  month: string,
  today = chinaDayOf(new Date()),
): Promise<MonthlyProblemsResult> {
  const w = monthWindow(month, today);
  const head = await monthHead(db, w);
  const items: MonthlyProblemsResult['items'] = [];
  // One area after another: a city has a few districts, and the embedded engine answers one at a time.
  for (const area of problemAreas(directory, viewer.jurisdiction)) {
    items.push({ ...areaFields(area), ...(await areaProblem(db, area, w)) });
  }
  return { ...head, items };
}
