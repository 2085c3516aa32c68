import { and, gte, like, lte, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { COUNTER_COLUMNS, type CounterName, kpiDaily } from './stats.schema.js';

export type CounterSums = Record<CounterName, number>;

export interface KpiFilter {
  from: string;
  to: string;
  /** Every row at or below this region-code prefix. */
  regionPrefix?: string;
  unitKey?: string;
}

const sums = () =>
  Object.fromEntries(
    COUNTER_COLUMNS.map((c) => [c, sql<number>`coalesce(sum(${kpiDaily[c]}), 0)::float8`]),
  ) as Record<CounterName, SQL<number>>;

export function kpiWhere(f: KpiFilter): SQL | undefined {
  return and(
    gte(kpiDaily.day, f.from),
    lte(kpiDaily.day, f.to),
    f.regionPrefix ? like(kpiDaily.regionCode, `${f.regionPrefix}%`) : undefined,
    f.unitKey !== undefined ? sql`${kpiDaily.unitKey} = ${f.unitKey}` : undefined,
  );
}

/** Sums every counter over the rollup rows the filter selects: the figures behind every KPI. */
export async function sumCounters(db: Executor, f: KpiFilter): Promise<CounterSums> {
  const [row] = await db.select(sums()).from(kpiDaily).where(kpiWhere(f));
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
      : sql<string>`left(${kpiDaily.regionCode}, ${group.regionPrefixLength})`;
  const condition =
    'units' in group
      ? and(kpiWhere(f), like(kpiDaily.unitKey, 'd:%'))
      : // Case figures only: whistle rows sit on the whistling office's own code, not on a grid.
        and(kpiWhere(f), sql`${kpiDaily.categoryCode} <> ''`);
  const rows = await db
    .select({ group: groupKey, ...sums() })
    .from(kpiDaily)
    .where(condition)
    .groupBy(groupKey);
  return new Map(rows.map(({ group: g, ...rest }) => [String(g), normalise(rest)]));
}

function normalise(row: Partial<Record<CounterName, unknown>> | undefined): CounterSums {
  return Object.fromEntries(COUNTER_COLUMNS.map((c) => [c, Number(row?.[c] ?? 0)])) as CounterSums;
}
