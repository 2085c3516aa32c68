import { and, eq, gte, inArray, like, lt, lte, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { addDays, chinaMidnight } from '../../lib/calendar/china-time.js';
import { cases } from '../cases/cases.tables.js';
import { kpiDaily, kpiRollup } from '../stats/stats.tables.js';
import type { ProblemArea } from './problem-areas.js';

/** Complaints per category, then per bucket ('YYYY-MM' or 'YYYY-MM-DD'). */
export type ComplaintCounts = Map<string, Map<string, number>>;

export interface CountSpan {
  /** China days, both included; whole months when by month. */
  from: string;
  to: string;
  by: 'month' | 'day';
  /** Only these categories; every category with reports when absent. */
  categories?: readonly string[];
}

// Inlined, not a parameter: PostgreSQL must see the same expression in SELECT and GROUP BY.
const formatOf = (by: CountSpan['by']) => sql.raw(by === 'month' ? `'YYYY-MM'` : `'YYYY-MM-DD'`);

type Row = { category: string; bucket: string; n: unknown };

/**
 * Reports (上报) per category and bucket in the area, from the KPI rollups: a district's or a street's
 * category cut (one row per key and day or month, kept as events happen), a community's or a grid's own
 * fine rows. At ten million cases a district's month is some fifty thousand cases; its category rows for
 * four months are four hundred rows, whatever the city's size, so the list of districts never scans
 * cases. A report is counted on its China day, so a month row is final once the month has passed.
 */
async function reportsBy(db: Executor, area: ProblemArea, span: CountSpan): Promise<Row[]> {
  const format = formatOf(span.by);
  const level = area.prefix.length;
  if (level === 6 || level === 9) {
    const t = kpiRollup;
    const keys: SQL = span.categories
      ? inArray(
          t.key,
          span.categories.map((c) => `${area.prefix}:${c}`),
        )
      : like(t.key, `${area.prefix}:%`);
    const { rows } = (await db.execute(sql`
      select split_part(${t.key}, ':', 2) as category, to_char(${t.bucket}, ${format}) as bucket,
             sum(${t.reported})::int as n
      from ${t}
      where ${and(
        eq(t.cut, 'category'),
        eq(t.level, level),
        keys,
        eq(t.span, span.by),
        gte(t.bucket, span.from),
        lte(t.bucket, span.to),
        eq(t.districtCode, area.districtCode),
      )}
      group by 1, 2`)) as unknown as { rows: Row[] };
    return rows;
  }
  const t = kpiDaily;
  const { rows } = (await db.execute(sql`
    select ${t.categoryCode} as category, to_char(${t.day}, ${format}) as bucket, sum(${t.reported})::int as n
    from ${t}
    where ${and(
      eq(t.districtCode, area.districtCode),
      like(t.regionCode, `${area.prefix}%`),
      gte(t.day, span.from),
      lte(t.day, span.to),
      span.categories ? inArray(t.categoryCode, [...span.categories]) : sql`${t.categoryCode} <> ''`,
    )}
    group by 1, 2`)) as unknown as { rows: Row[] };
  return rows;
}

/**
 * The proactive cases (未诉先办) among those reports: the rollups count every channel, and staff acting
 * before anyone complains must not make a problem look bigger. They are a few in a hundred, read by
 * cases_category_channel_idx (migration 0048) one short range per category, from the index alone.
 */
async function proactiveBy(
  db: Executor,
  area: ProblemArea,
  span: CountSpan,
  categories: readonly string[],
): Promise<Row[]> {
  if (categories.length === 0) return [];
  const format = formatOf(span.by);
  const { rows } = (await db.execute(sql`
    select ${cases.categoryCode} as category,
           to_char(${cases.createdAt} at time zone 'Asia/Shanghai', ${format}) as bucket, count(*)::int as n
    from ${cases}
    where ${and(
      eq(cases.districtCode, area.districtCode),
      inArray(cases.categoryCode, [...categories]),
      eq(cases.channel, 'proactive'),
      gte(cases.createdAt, new Date(chinaMidnight(span.from))),
      lt(cases.createdAt, new Date(chinaMidnight(addDays(span.to, 1)))),
      area.prefix.length > 6 ? like(cases.regionCode, `${area.prefix}%`) : undefined,
    )}
    group by 1, 2`)) as unknown as { rows: Row[] };
  return rows;
}

/**
 * Complaints per category and bucket in the area: every report but the proactive cases staff open.
 * Never below zero: a case moved to another district after it was counted could make the two
 * sources disagree by one.
 */
export async function complaintCounts(
  db: Executor,
  area: ProblemArea,
  span: CountSpan,
): Promise<ComplaintCounts> {
  const out: ComplaintCounts = new Map();
  const add = (r: Row, sign: 1 | -1) => {
    const buckets = out.get(r.category) ?? new Map<string, number>();
    buckets.set(r.bucket, (buckets.get(r.bucket) ?? 0) + sign * Number(r.n));
    out.set(r.category, buckets);
  };
  for (const r of await reportsBy(db, area, span)) add(r, 1);
  for (const r of await proactiveBy(db, area, span, [...out.keys()])) if (out.has(r.category)) add(r, -1);
  for (const buckets of out.values()) for (const [bucket, n] of buckets) buckets.set(bucket, Math.max(0, n));
  return out;
}
