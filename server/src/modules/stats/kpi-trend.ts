import type { Db } from '../../db/database.js';
import { badRequest } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { loadSettings } from '../settings/settings.service.js';
import { kpiAsOf } from './kpi-outbox.js';
import { kpiReport } from './kpi-report.js';
import { sumCountersByPeriod, zeroSums } from './kpi-sums.js';
import { kpiScope, type Period } from './stats.service.js';

// A chart of more points than this is unreadable, and its query would read years of rows.
const MAX_POINTS = { day: 400, month: 60 } as const;

const DAY_MS = 86_400_000;

/** Every day ('YYYY-MM-DD') or month ('YYYY-MM') from the first to the last day of the period. */
export function bucketsOf(period: Period, granularity: 'day' | 'month'): string[] {
  const out: string[] = [];
  if (granularity === 'month') {
    let [y, m] = period.from.split('-').map(Number) as [number, number];
    const last = period.to.slice(0, 7);
    for (;;) {
      const bucket = `${y}-${String(m).padStart(2, '0')}`;
      if (bucket > last || out.length > MAX_POINTS.month) break;
      out.push(bucket);
      [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
    }
    return out;
  }
  const end = Date.parse(`${period.to}T00:00:00Z`);
  for (
    let t = Date.parse(`${period.from}T00:00:00Z`);
    t <= end && out.length <= MAX_POINTS.day;
    t += DAY_MS
  ) {
    out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

/**
 * The KPIs of each day or month of a period for a region or a department, empty ones included (a day
 * without reports is a zero on the chart, not a gap), from the same rollups as the figures themselves.
 */
export async function kpiTrend(
  db: Db,
  viewer: AuthUser,
  q: { regionCode?: string; departmentId?: string; granularity: 'day' | 'month' } & Period,
) {
  const buckets = bucketsOf(q, q.granularity);
  if (buckets.length > MAX_POINTS[q.granularity]) {
    throw badRequest(
      'PERIOD_TOO_LONG',
      `A trend by ${q.granularity} shows at most ${MAX_POINTS[q.granularity]} points: shorten the period`,
    );
  }
  const asOf = await kpiAsOf(db);
  const filter = await kpiScope(db, viewer, q);
  const { hotlineRateWeights } = await loadSettings(db);
  const sums = await sumCountersByPeriod(db, filter, q.granularity);
  return {
    granularity: q.granularity,
    period: { from: q.from, to: q.to },
    asOf,
    points: buckets.map((bucket) => ({
      bucket,
      report: kpiReport(sums.get(bucket) ?? zeroSums(), hotlineRateWeights),
    })),
  };
}
