import { and, eq, gte, inArray, like, lte, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { chinaDayOf } from '../../lib/calendar/index.js';
import { AREA_LEVELS, CATEGORY_LEVELS } from './rollup/rollup-cuts.js';
import { planSpans, type SpanPlan } from './span-plan.js';
import { COUNTER_COLUMNS, type CounterName, kpiDaily, kpiRollup } from './stats.tables.js';

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
 *
 * These are the sums over the rollup rows of a plan, `due` so counted. With a running month (span-plan.ts)
 * its month row counts its due less the cases due from today on and still open, which the row keeps per
 * day (`open_from_day`, open-from-day.ts): that is what is due so far in the month.
 */
function planSums(plan: SpanPlan, today: string): Record<CounterName, SQL<number>> {
  const t = kpiRollup;
  const running = plan.running
    ? sql`when ${t.span} = 'month' and ${t.bucket} = ${plan.running.month}::date then ${dueSoFarInMonth(plan.running)} `
    : sql``;
  const dueSoFar = sql`case ${running}when ${t.span} = 'month' then ${t.due} when ${t.bucket} < ${today}::date then ${t.due} else ${t.closed} end`;
  return Object.fromEntries(
    COUNTER_COLUMNS.map((c) => [c, sql<number>`coalesce(sum(${c === 'due' ? dueSoFar : t[c]}), 0)::float8`]),
  ) as Record<CounterName, SQL<number>>;
}

/** A running month row's due so far: its due less those due from today (`from`) on and still open. */
function dueSoFarInMonth(running: NonNullable<SpanPlan['running']>): SQL {
  const day = Number(running.from.slice(8, 10));
  return sql`${kpiRollup.due} - coalesce(${kpiRollup.openFromDay}[${day}::int], 0)`;
}

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
 * The kpi_rollup rows of a plan: whole months from the month rows, the rest from the day rows, and a
 * running month from its month row (its due counted so far, see `planSums`).
 */
function spanWhere(plan: SpanPlan): SQL {
  const arms = spanRuns(plan).map((run) => run.where);
  // An empty period selects nothing, never everything.
  return arms.length === 0 ? sql`false` : (or(...arms) as SQL);
}

/** Each run of rows a plan reads, with what kind of rows they are: month rows, day rows, or a running month's row. */
interface SpanRun {
  kind: 'month' | 'days' | 'running';
  where: SQL;
}

function spanRuns(plan: SpanPlan): SpanRun[] {
  const monthRows = (from: string, to: string, kind: SpanRun['kind'] = 'month'): SpanRun => ({
    kind,
    where: and(eq(kpiRollup.span, 'month'), gte(kpiRollup.bucket, from), lte(kpiRollup.bucket, to)) as SQL,
  });
  const dayRows = (d: { from: string; to: string }): SpanRun => ({
    kind: 'days',
    where: and(eq(kpiRollup.span, 'day'), gte(kpiRollup.bucket, d.from), lte(kpiRollup.bucket, d.to)) as SQL,
  });
  return [
    ...(plan.months ? [monthRows(plan.months.from, plan.months.to)] : []),
    ...plan.days.map((d) => dayRows(d)),
    ...(plan.running ? [monthRows(plan.running.month, plan.running.month, 'running')] : []),
  ];
}

/** Keys at one region level under a prefix: the prefix itself when it is of that level, else its children there. */
function keysAtLevel(prefix: string, level: number, separator = ''): SQL {
  const key =
    prefix.length === level && !separator
      ? eq(kpiRollup.key, prefix)
      : like(kpiRollup.key, `${prefix}${prefix.length === level ? separator : ''}%`);
  return and(eq(kpiRollup.level, level), key) as SQL;
}

/** The level a region prefix is summed at: its own, or the first level below it (the city sums districts). */
const levelFor = (prefix: string, levels: readonly number[]) => levels.find((l) => l >= prefix.length);

/** The rows holding a filter's figures: a unit's, or a region's cases and whistles. */
function scopeWhere(f: KpiFilter): SQL | undefined {
  if (f.unitKey !== undefined)
    return and(eq(kpiRollup.cut, 'unit'), eq(kpiRollup.level, 0), eq(kpiRollup.key, f.unitKey));
  const prefix = f.regionPrefix ?? '';
  const level = levelFor(prefix, AREA_LEVELS) ?? prefix.length;
  return and(inArray(kpiRollup.cut, ['cases', 'whistles']), keysAtLevel(prefix, level));
}

/**
 * Sums every counter over the rollup rows the filter selects: the figures behind every KPI. A month
 * wholly before today is read from its month row; a month with days still to come is read day by day,
 * because `dueSoFar` tells past days from the rest.
 */
export async function sumCounters(db: Executor, f: KpiFilter): Promise<CounterSums> {
  const today = todayOf(f);
  const plan = planSpans(f.from, f.to, today);
  const [row] = await db
    .select(planSums(plan, today))
    .from(kpiRollup)
    .where(and(scopeWhere(f), spanWhere(plan)));
  return normalise(row);
}

type Grouping = { regionPrefixLength: number } | { units: 'departments' };

/**
 * The rollup rows behind a grouped read, with the sums of the counters wanted per group: each run of
 * rows read on its own, so that every run is one range of an index (the units' keys, a span and a range
 * of buckets). Put together with OR, PostgreSQL at times read each unit's whole history instead (75 ms
 * for twenty departments' page of figures). Null when the period or the keys select nothing.
 */
function groupedSums(
  f: KpiFilter,
  group: Grouping,
  counters: readonly CounterName[],
  keys?: string[],
): SQL | null {
  const today = todayOf(f);
  const t = kpiRollup;
  const scope =
    'units' in group
      ? and(eq(t.cut, 'unit'), eq(t.level, 0), like(t.key, 'd:%'))
      : // Case figures only: whistle rows sit on the whistling office's own code, not on a grid.
        and(eq(t.cut, 'cases'), keysAtLevel(f.regionPrefix ?? '', group.regionPrefixLength));
  const plan = planSpans(f.from, f.to, today);
  if (keys?.length === 0) return null;
  const only = keys ? inArray(t.key, keys) : undefined;
  // Each run projects what it adds, as planSums counts it, so the sums below are plain: a month row
  // its counters, a day row its due ones once the day has passed (else its closed ones), and a running
  // month's row its due so far.
  const column = (c: CounterName, run: SpanRun['kind']) => {
    if (c === 'due' && run === 'running' && plan.running) return dueSoFarInMonth(plan.running);
    if (c === 'due' && run === 'days')
      return sql`case when ${t.bucket} < ${today}::date then ${t.due} else ${t.closed} end`;
    return sql`${t[c]}`;
  };
  const runs = spanRuns(plan).map(
    (run) =>
      sql`select ${t.key} as unit, ${sql.join(
        counters.map((c) => sql`${column(c, run.kind)} as ${sql.identifier(c)}`),
        sql`, `,
      )} from ${t} where ${and(scope, only, run.where)}`,
  );
  if (runs.length === 0) return null;
  const sums = sql.join(
    counters.map((c) => sql`coalesce(sum(${sql.identifier(c)}), 0)::float8 as ${sql.identifier(c)}`),
    sql`, `,
  );
  return sql`select unit, ${sums} from (${sql.join(runs, sql` union all `)}) as runs group by unit`;
}

/**
 * Sums per group (a region prefix of some length, or a unit): the figures behind a ranking's page.
 * `counters` limits the sums to those a caller reads (the others come back as zero); `keys` limits the
 * groups to those named.
 */
export async function sumCountersBy(
  db: Executor,
  f: KpiFilter,
  group: Grouping,
  only: { counters?: readonly CounterName[]; keys?: string[] } = {},
): Promise<Map<string, CounterSums>> {
  const counters = only.counters ?? COUNTER_COLUMNS;
  const sums = groupedSums(f, group, counters, only.keys);
  if (!sums) return new Map();
  // Read raw, not through the query builder's row mapping. Both drivers answer raw statements with { rows }.
  const { rows } = (await db.execute(sums)) as unknown as { rows: Record<CounterName | 'unit', unknown>[] };
  return new Map(rows.map((row) => [String(row.unit), normalise(row, counters)]));
}

/**
 * Every group with a score, best first (equal scores by unit code, in code-point order), scored in the
 * database by `scored` (ranking-score.ts `scoredSql`), which adds a `score` column to the select of the
 * summed `counters` it is given: a city's ranking of ten thousand grids sends back a code and a number
 * each, not their figures.
 */
export async function scoresBy(
  db: Executor,
  f: KpiFilter,
  group: Grouping,
  counters: readonly CounterName[],
  scored: (sums: SQL) => SQL,
): Promise<{ unit: string; score: number }[]> {
  const sums = groupedSums(f, group, counters);
  if (!sums) return [];
  const { rows } = (await db.execute(
    sql`select unit, score from (${scored(sums)}) as scored
        where score is not null order by score desc, unit collate "C"`,
  )) as unknown as { rows: { unit: unknown; score: unknown }[] };
  return rows.map((row) => ({ unit: String(row.unit), score: Number(row.score) }));
}

/** All counters at zero: a unit with no figures yet. */
export const zeroSums = (): CounterSums => normalise(undefined);

function normalise(
  row: Partial<Record<CounterName, unknown>> | undefined,
  counters: readonly CounterName[] = COUNTER_COLUMNS,
): CounterSums {
  // Plain loops: a ranking normalises one row per grid of the city.
  const out = {} as CounterSums;
  for (const c of COUNTER_COLUMNS) out[c] = 0;
  if (row) for (const c of counters) out[c] = Number(row[c] ?? 0);
  return out;
}

/**
 * Sums per day or per month of the period: the points of a trend. A trend by month reads the month
 * rows of the months wholly past, as `sumCounters` does; a trend by day reads the day rows.
 */
export async function sumCountersByPeriod(
  db: Executor,
  f: KpiFilter,
  granularity: 'day' | 'month',
): Promise<Map<string, CounterSums>> {
  const today = todayOf(f);
  // Inlined, not a parameter: PostgreSQL must see the same expression in SELECT and GROUP BY.
  const format = sql.raw(granularity === 'day' ? `'YYYY-MM-DD'` : `'YYYY-MM'`);
  const bucket = sql<string>`to_char(${kpiRollup.bucket}, ${format})`;
  const plan =
    granularity === 'day' ? { days: [{ from: f.from, to: f.to }] } : planSpans(f.from, f.to, today);
  const rows = await db
    .select({ bucket, ...planSums(plan, today) })
    .from(kpiRollup)
    .where(and(scopeWhere(f), spanWhere(plan)))
    .groupBy(bucket);
  return new Map(rows.map(({ bucket: b, ...rest }) => [String(b), normalise(rest)]));
}

/**
 * Reports (上报) per category over the period, within a region: what the rising categories compare.
 * Down to a street the category cut answers, whole months from its month rows (a report is counted on
 * its day, so a month is final once it is whole); a community, a grid or a department reads its own fine
 * rows through their indexes.
 */
export async function reportsByCategory(db: Executor, f: KpiFilter): Promise<Map<string, number>> {
  const prefix = f.regionPrefix ?? '';
  const level = levelFor(prefix, CATEGORY_LEVELS);
  if (f.unitKey === undefined && level !== undefined) {
    const category = sql<string>`split_part(${kpiRollup.key}, ':', 2)`;
    const rows = await db
      .select({
        categoryCode: category,
        reported: sql<number>`coalesce(sum(${kpiRollup.reported}), 0)::float8`,
      })
      .from(kpiRollup)
      .where(
        and(
          eq(kpiRollup.cut, 'category'),
          keysAtLevel(prefix, level, ':'),
          spanWhere(planSpans(f.from, f.to)),
        ),
      )
      .groupBy(category);
    return new Map(rows.map((r) => [r.categoryCode, Number(r.reported)]));
  }
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
