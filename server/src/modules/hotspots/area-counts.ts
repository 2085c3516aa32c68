import { and, eq, gte, isNotNull, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { chinaDayOf } from '../../lib/calendar/china-time.js';
import { cases } from '../cases/cases.tables.js';
import { kpiRollup } from '../stats/stats.tables.js';
import type { AreaCount } from './detect-clusters.js';
import { areaSql } from './hotspot-area.js';

const DAY_MS = 86_400_000;
/** A city's region-code prefix: the level of the rollups' city-wide rows. */
const CITY_LEVEL = 4;

export interface CountWindow {
  /** The window's end (exclusive) and its length, and the baseline's length before it. */
  end: Date;
  windowDays: number;
  baselineDays: number;
}

export interface GatheredCounts {
  counts: AreaCount[];
  /** Each category's baseline reports per weekday (China days), Sunday first, from the rollups. */
  weekdays: Map<string, number[]>;
}

/**
 * The cases of the window and its baseline, counted per area and category in the database: what the
 * detector reads. Every report counts, whatever became of it (a duplicate, or one sent back, is still a
 * resident saying there is a problem), but not the proactive cases staff open themselves, which would
 * make a hotspot of the work done on one.
 */
export async function gatherAreaCounts(db: Db, w: CountWindow): Promise<GatheredCounts> {
  const windowStart = new Date(w.end.getTime() - w.windowDays * DAY_MS);
  const baselineStart = new Date(windowStart.getTime() - w.baselineDays * DAY_MS);
  const reported = (from: Date, to: Date) =>
    and(
      gte(cases.createdAt, from),
      lt(cases.createdAt, to),
      ne(cases.channel, 'proactive'),
      isNotNull(cases.categoryCode),
    );
  const counted = await db
    .select({
      area: sql<string>`${areaSql(sql`${cases.h3Cell}`)}`,
      category: sql<string>`${cases.categoryCode}`,
      window: sql<number>`(count(*) filter (where ${gte(cases.createdAt, windowStart)}))::int`,
      baseline: sql<number>`(count(*) filter (where ${lt(cases.createdAt, windowStart)}))::int`,
    })
    .from(cases)
    .where(reported(baselineStart, w.end))
    .groupBy(sql`1, 2`);
  // The rhythm is the city's, per category and weekday: read from the rollups' city-wide category rows
  // of the baseline's days (a hundred categories × 28 days), not from its cases again. Those count the
  // proactive cases too, a few in a hundred, which leaves a weekday's share as it is.
  const rhythm = await db
    .select({
      category: sql<string>`split_part(${kpiRollup.key}, ':', 2)`,
      dow: sql<number>`extract(dow from ${kpiRollup.bucket})::int`,
      n: sql<number>`sum(${kpiRollup.reported})::int`,
    })
    .from(kpiRollup)
    .where(
      and(
        eq(kpiRollup.cut, 'category'),
        eq(kpiRollup.level, CITY_LEVEL),
        eq(kpiRollup.span, 'day'),
        gte(kpiRollup.bucket, chinaDayOf(baselineStart)),
        lt(kpiRollup.bucket, chinaDayOf(windowStart)),
      ),
    )
    .groupBy(sql`1, 2`)
    // A category's rows on days with nothing reported (only cases falling due) say nothing of its rhythm.
    .having(sql`sum(${kpiRollup.reported}) > 0`);
  const weekdays = new Map<string, number[]>();
  for (const r of rhythm) {
    const days = weekdays.get(r.category) ?? [0, 0, 0, 0, 0, 0, 0];
    days[r.dow] = r.n;
    weekdays.set(r.category, days);
  }
  return { counts: counted, weekdays };
}
