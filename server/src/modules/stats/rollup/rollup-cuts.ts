import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/database.js';
import { districtHomeOf } from '../../../lib/codes/region-code.js';
import { COUNTER_COLUMNS, kpiDaily, kpiRollup } from '../stats.tables.js';
import { addOpenDays, openFromDaySql } from './open-from-day.js';
import type { RollupKey } from './rollup-types.js';

export type RollupCut = 'cases' | 'whistles' | 'unit' | 'category';
export type RollupSpan = 'day' | 'month';

/** Which row of kpi_rollup a figure also lands in. */
export interface CutKey {
  districtCode: string;
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
 * `districtHomeOf` in SQL, over an expression holding a region prefix: a region's rows lie in its
 * district, a city's under its own code; a unit's rows take their fine row's, so a unit is kept per
 * district.
 */
const homeSql = (prefix: SQL) => sql`rpad(left(${prefix}, 6), 12, '0')`;

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
      const key = region.slice(0, level);
      out.push({
        districtCode: districtHomeOf(key),
        cut: isCase ? 'cases' : 'whistles',
        level,
        key,
        span,
        bucket,
      });
    }
    out.push({
      districtCode: districtHomeOf(region),
      cut: 'unit',
      level: 0,
      key: fine.unitKey,
      span,
      bucket,
    });
    if (!isCase) continue;
    for (const level of CATEGORY_LEVELS) {
      if (region.length < level) continue;
      out.push({
        districtCode: districtHomeOf(region.slice(0, level)),
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

// Inlined, not a parameter: PostgreSQL must see the same expression in SELECT and GROUP BY.
const literal = (n: number) => sql.raw(String(Math.trunc(n)));

/**
 * Fills kpi_rollup from kpi_daily, the same sums `cutKeysOf` keeps row by row: for a history written in
 * bulk (the city generator), and to check the two agree. Level by level, each from the one below it
 * (a street's days from its communities' days, not from every fine row), and the months from the days:
 * at ten million cases, expanding each fine row into all its cuts at once was most of the work.
 */
export async function deriveCutsFromFine(db: Executor): Promise<void> {
  const columns = COUNTER_COLUMNS.map((c) => kpiDaily[c].name);
  const list = sql.raw(columns.map((c) => `"${c}"`).join(', '));
  const summed = sql.raw(columns.map((c) => `sum("${c}")`).join(', '));
  const added = sql.raw(columns.map((c) => `"${c}" = kpi_rollup."${c}" + excluded."${c}"`).join(', '));
  const conflict = sql`on conflict (cut, level, key, span, bucket, district_code) do update set ${added}`;
  const insert = (select: SQL) =>
    db.execute(sql`insert into ${kpiRollup} (district_code, cut, level, key, span, bucket, ${list}) ${select}
      ${conflict}`);
  const finest = AREA_LEVELS[AREA_LEVELS.length - 1] as number;
  // Each region's days at its own code's level (a grid, or a whistling office's 12 digits). The rows
  // go in day order, as the worker writes them, so that one period's rows of every key (a ranking)
  // share a few pages.
  await insert(sql`
    select district_code, case when category_code = '' then 'whistles' else 'cases' end, length(region_code),
           region_code, 'day', day, ${summed}
    from ${kpiDaily} where length(region_code) in (${sql.raw(AREA_LEVELS.join(', '))})
    group by 1, 2, 3, 4, 6 order by 6, 4`);
  for (let i = AREA_LEVELS.length - 2; i >= 0; i--) {
    const level = literal(AREA_LEVELS[i] as number);
    const below = literal(AREA_LEVELS[i + 1] ?? finest);
    await insert(sql`
      select ${homeSql(sql`left(key, ${level})`)}, cut, ${level}, left(key, ${level}), 'day', bucket, ${summed}
      from ${kpiRollup} where cut in ('cases', 'whistles') and span = 'day' and level = ${below}
      group by 1, cut, left(key, ${level}), bucket order by bucket, 4`);
  }
  await insert(sql`
    select district_code, 'unit', 0, unit_key, 'day', day, ${summed} from ${kpiDaily}
    group by district_code, unit_key, day order by day, unit_key`);
  const [street, ...wider] = [...CATEGORY_LEVELS].reverse() as [number, ...number[]];
  await insert(sql`
    select district_code, 'category', ${literal(street)}, left(region_code, ${literal(street)}) || ':' || category_code,
           'day', day, ${summed}
    from ${kpiDaily} where category_code <> '' and length(region_code) >= ${literal(street)}
    group by 1, 4, day order by day, 4`);
  let finer = street;
  for (const level of wider) {
    // '110105004:E0550' → '110105:E0550': the wider prefix, then the category from the finer key.
    await insert(sql`
      select ${homeSql(sql`left(key, ${literal(level)})`)}, 'category', ${literal(level)},
             left(key, ${literal(level)}) || substr(key, ${literal(finer + 1)}), 'day', bucket, ${summed}
      from ${kpiRollup} where cut = 'category' and span = 'day' and level = ${literal(finer)}
      group by 1, 4, bucket order by bucket, 4`);
    finer = level;
  }
  // The months, with the open cases due from each day on (open-from-day.ts).
  await db.execute(sql`insert into ${kpiRollup} (district_code, cut, level, key, span, bucket, ${list}, open_from_day)
    select district_code, cut, level, key, 'month', date_trunc('month', bucket)::date, ${summed},
           ${openFromDaySql(sql`array_agg(extract(day from bucket)::int)`, sql`array_agg(due - closed)`)}
    from ${kpiRollup} where span = 'day'
    group by district_code, cut, level, key, 6 order by 6, cut, level, key
    ${conflict}, open_from_day = ${addOpenDays(sql.raw('kpi_rollup.open_from_day'), sql.raw('excluded.open_from_day'))}`);
}
