import { and, eq, gte, like, lte, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { COUNTER_COLUMNS, type CounterName, kpiDaily, kpiDailyStreet } from './stats.schema.js';

export type CounterSums = Record<CounterName, number>;

export interface KpiFilter {
  from: string;
  to: string;
  /** Every row at or below this region-code prefix. */
  regionPrefix?: string;
  unitKey?: string;
}

const sums = (t: typeof kpiDaily | typeof kpiDailyStreet) =>
  Object.fromEntries(
    COUNTER_COLUMNS.map((c) => [c, sql<number>`coalesce(sum(${t[c]}), 0)::float8`]),
  ) as Record<CounterName, SQL<number>>;

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
      .select(sums(t))
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
  const [row] = await db.select(sums(kpiDaily)).from(kpiDaily).where(kpiWhere(f));
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
    .select({ group: groupKey, ...sums(kpiDaily) })
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
