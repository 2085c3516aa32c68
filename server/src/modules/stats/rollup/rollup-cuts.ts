import { sql } from 'drizzle-orm';
import type { Executor } from '../../../db/database.js';
import { COUNTER_COLUMNS, kpiDaily, kpiRollup } from '../stats.tables.js';
import type { RollupKey } from './rollup-types.js';

export type RollupCut = 'cases' | 'whistles' | 'unit' | 'category';
export type RollupSpan = 'day' | 'month';

/** Which row of kpi_rollup a figure also lands in. */
export interface CutKey {
  cut: RollupCut;
  level: number;
  key: string;
  span: RollupSpan;
  bucket: string;
}

/** The region levels a region is summed at: city, district, street, community and grid prefixes. */
export const AREA_LEVELS = [4, 6, 9, 12, 15] as const;
/** The levels a category is cut at; below a street the fine rows are few enough to read. */
export const CATEGORY_LEVELS = [4, 6, 9] as const;

export const monthOf = (day: string) => `${day.slice(0, 7)}-01`;

/**
 * Every kpi_rollup row a fine row (day, region, unit, category) adds to. Whistle figures carry no
 * category and sit on the whistling office's own 12-digit code; case figures sit on a grid.
 */
export function cutKeysOf(fine: RollupKey): CutKey[] {
  const out: CutKey[] = [];
  const spans: [RollupSpan, string][] = [
    ['day', fine.day],
    ['month', monthOf(fine.day)],
  ];
  const region = fine.regionCode;
  const isCase = fine.categoryCode !== '';
  for (const [span, bucket] of spans) {
    for (const level of AREA_LEVELS) {
      if (region.length < level) continue;
      out.push({ cut: isCase ? 'cases' : 'whistles', level, key: region.slice(0, level), span, bucket });
    }
    out.push({ cut: 'unit', level: 0, key: fine.unitKey, span, bucket });
    if (!isCase) continue;
    for (const level of CATEGORY_LEVELS) {
      if (region.length < level) continue;
      out.push({
        cut: 'category',
        level,
        key: `${region.slice(0, level)}:${fine.categoryCode}`,
        span,
        bucket,
      });
    }
  }
  return out;
}

/**
 * Fills kpi_rollup from kpi_daily in one statement, the same sums `cutKeysOf` keeps row by row: for a
 * history written in bulk (the city generator), and to check the two agree.
 */
export async function deriveCutsFromFine(db: Executor): Promise<void> {
  const columns = COUNTER_COLUMNS.map((c) => kpiDaily[c].name);
  const list = sql.raw(columns.map((c) => `"${c}"`).join(', '));
  const summed = sql.raw(columns.map((c) => `sum("${c}")`).join(', '));
  const areas = sql.raw(AREA_LEVELS.map((l) => `(${l})`).join(', '));
  const categoryLevels = sql.raw(CATEGORY_LEVELS.map((l) => `(${l})`).join(', '));
  await db.execute(sql`
    insert into ${kpiRollup} (cut, level, key, span, bucket, ${list})
    select cut, level, key, span, bucket, ${summed}
    from (
      select f.*, s.span,
             case when s.span = 'day' then f.day else date_trunc('month', f.day)::date end as bucket
      from ${kpiDaily} f, (values ('day'), ('month')) s(span)
    ) f
    cross join lateral (
      select case when f.category_code = '' then 'whistles' else 'cases' end, l.len, left(f.region_code, l.len)
      from (values ${areas}) l(len) where length(f.region_code) >= l.len
      union all
      select 'unit', 0, f.unit_key
      union all
      select 'category', l.len, left(f.region_code, l.len) || ':' || f.category_code
      from (values ${categoryLevels}) l(len)
      where f.category_code <> '' and length(f.region_code) >= l.len
    ) k(cut, level, key)
    group by cut, level, key, span, bucket
    -- In the order the worker writes them, a day after another: a ranking reads one period's rows of
    -- every key, and finds them on a few pages rather than one page each.
    order by span, bucket, cut, level, key`);
}
