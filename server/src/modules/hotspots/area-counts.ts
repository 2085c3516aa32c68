import { and, gte, isNotNull, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { cases } from '../cases/cases.tables.js';
import type { AreaCount } from './detect-clusters.js';
import { areaSql } from './hotspot-area.js';

const DAY_MS = 86_400_000;

export interface CountWindow {
  /** The window's end (exclusive) and its length, and the baseline's length before it. */
  end: Date;
  windowDays: number;
  baselineDays: number;
}

export interface GatheredCounts {
  counts: AreaCount[];
  /** Each category's baseline cases per weekday (China time), Sunday first. */
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
  const rhythm = await db
    .select({
      category: sql<string>`${cases.categoryCode}`,
      dow: sql<number>`extract(dow from ${cases.createdAt} at time zone 'Asia/Shanghai')::int`,
      n: sql<number>`count(*)::int`,
    })
    .from(cases)
    .where(reported(baselineStart, windowStart))
    .groupBy(sql`1, 2`);
  const weekdays = new Map<string, number[]>();
  for (const r of rhythm) {
    const days = weekdays.get(r.category) ?? [0, 0, 0, 0, 0, 0, 0];
    days[r.dow] = r.n;
    weekdays.set(r.category, days);
  }
  return { counts: counted, weekdays };
}
