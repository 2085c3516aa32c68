import { and, eq, gte, like, lte, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { chinaDayOf } from '../../lib/calendar/index.js';
import { COUNTER_COLUMNS, type CounterName, kpiDaily, kpiDailyStreet } from './stats.tables.js';

export type CounterSums = Record<CounterName, number>;

export interface KpiFilter {
  from: string;
  to: string;
  /**
   * The China day the figures are read on (default: the current one). Cases due on it or later are
   * not 应结 yet unless they have closed: see `dueSoFar`.
   */
  today?: string;
  /** Every row at or below this region-code prefix. */
  regionPrefix?: string;
  unitKey?: string;
}

/**
 * 应结 (due) so far. A rollup row knows the day a case falls due, not whether that deadline has passed:
 * in a period that contains today, a case due later this month must not count yet, or a ticket due next
 * week would drag 按期结案率 down the day it comes in. So a row counts its due cases in full only for days
 * before today; for today and later days it counts only the cases already closed (those are settled,
 * and the row's `closed` is exactly them). A case due earlier today counts from tomorrow: the rows go no
 * finer than a day, and this errs towards not charging a unit before its deadline. Decided here, on
 * the rollup rows, so that no query ever has to read the case table for it.
 */
const dueSoFar = (t: typeof kpiDaily | typeof kpiDailyStreet, today: string) =>
  sql<number>`coalesce(sum(case when ${t.day} < ${today}::date then ${t.due} else ${t.closed} end), 0)::float8`;

const sums = (t: typeof kpiDaily | typeof kpiDailyStreet, today: string) =>
  Object.fromEntries(
    COUNTER_COLUMNS.map((c) => [
      c,
      c === 'due' ? dueSoFar(t, today) : sql<number>`coalesce(sum(${t[c]}), 0)::float8`,
    ]),
  ) as Record<CounterName, SQL<number>>;

const todayOf = (f: KpiFilter) => f.today ?? chinaDayOf(new Date());

export function kpiWhere(f: KpiFilter): SQL | undefined {
  return and(
    gte(kpiDaily.day, f.from),
    lte(kpiDaily.day, f.to),
    f.regionPrefix ? like(kpiDaily.regionCode, `${f.regionPrefix}%`) : undefined,
    f.unitKey !== undefined ? sql`${kpiDaily.unitKey} = ${f.unitKey}` : undefined,
  );
}

/**
 * Sums every counter over the rollup rows the filter selects: the figures behind every KPI. Down to a
 * street the per-street rows suffice; a community or a grid needs the fine ones.
 */
export async function sumCounters(db: Executor, f: KpiFilter): Promise<CounterSums> {
  if (!f.regionPrefix || f.regionPrefix.length <= 9) {
    const t = kpiDailyStreet;
    const [row] = await db
      .select(sums(t, todayOf(f)))
      .from(t)
      .where(
        and(
          gte(t.day, f.from),
          lte(t.day, f.to),
          f.regionPrefix ? like(t.streetPrefix, `${f.regionPrefix}%`) : undefined,
          f.unitKey !== undefined ? eq(t.unitKey, f.unitKey) : undefined,
        ),
      );
    return normalise(row);
  }
  const [row] = await db
    .select(sums(kpiDaily, todayOf(f)))
    .from(kpiDaily)
    .where(kpiWhere(f));
  return normalise(row);
}

/** Sums per group (a region prefix of some length, or a unit): the figures behind a ranking. */
export async function sumCountersBy(
  db: Executor,
  f: KpiFilter,
  group: { regionPrefixLength: number } | { units: 'departments' },
): Promise<Map<string, CounterSums>> {
  const groupKey =
    'units' in group
      ? sql<string>`${kpiDaily.unitKey}`
      : // Inlined, not a parameter: PostgreSQL must see the same expression in SELECT and GROUP BY.
        sql<string>`left(${kpiDaily.regionCode}, ${sql.raw(String(Math.trunc(group.regionPrefixLength)))})`;
  const condition =
    'units' in group
      ? and(kpiWhere(f), like(kpiDaily.unitKey, 'd:%'))
      : // Case figures only: whistle rows sit on the whistling office's own code, not on a grid.
        and(kpiWhere(f), sql`${kpiDaily.categoryCode} <> ''`);
  const rows = await db
    .select({ group: groupKey, ...sums(kpiDaily, todayOf(f)) })
    .from(kpiDaily)
    .where(condition)
    .groupBy(groupKey);
  return new Map(rows.map(({ group: g, ...rest }) => [String(g), normalise(rest)]));
}

/** All counters at zero: a unit with no figures yet. */
export const zeroSums = (): CounterSums => normalise(undefined);

function normalise(row: Partial<Record<CounterName, unknown>> | undefined): CounterSums {
  return Object.fromEntries(COUNTER_COLUMNS.map((c) => [c, Number(row?.[c] ?? 0)])) as CounterSums;
}

/**
 * Sums per day or per month of the period: the points of a trend. Down to a street the per-street rows
 * suffice, as for `sumCounters`; a community, a grid or a category needs the fine ones.
 */
export async function sumCountersByPeriod(
  db: Executor,
  f: KpiFilter,
  granularity: 'day' | 'month',
): Promise<Map<string, CounterSums>> {
  const coarse = !f.regionPrefix || f.regionPrefix.length <= 9;
  const t = coarse ? kpiDailyStreet : kpiDaily;
  // Inlined, not a parameter: PostgreSQL must see the same expression in SELECT and GROUP BY.
  const format = sql.raw(granularity === 'day' ? `'YYYY-MM-DD'` : `'YYYY-MM'`);
  const bucket = sql<string>`to_char(${t.day}, ${format})`;
  const where = coarse
    ? and(
        gte(kpiDailyStreet.day, f.from),
        lte(kpiDailyStreet.day, f.to),
        f.regionPrefix ? like(kpiDailyStreet.streetPrefix, `${f.regionPrefix}%`) : undefined,
        f.unitKey !== undefined ? eq(kpiDailyStreet.unitKey, f.unitKey) : undefined,
      )
    : kpiWhere(f);
  const rows = await db
    .select({ bucket, ...sums(t, todayOf(f)) })
    .from(t)
    .where(where)
    .groupBy(bucket);
  return new Map(rows.map(({ bucket: b, ...rest }) => [String(b), normalise(rest)]));
}

/** Reports (上报) per category over the period, within a region: what the rising categories compare. */
export async function reportsByCategory(db: Executor, f: KpiFilter): Promise<Map<string, number>> {
  const rows = await db
    .select({
      categoryCode: kpiDaily.categoryCode,
      reported: sql<number>`coalesce(sum(${kpiDaily.reported}), 0)::float8`,
    })
    .from(kpiDaily)
    .where(and(kpiWhere(f), sql`${kpiDaily.categoryCode} <> ''`))
    .groupBy(kpiDaily.categoryCode);
  return new Map(rows.map((r) => [r.categoryCode, Number(r.reported)]));
}
