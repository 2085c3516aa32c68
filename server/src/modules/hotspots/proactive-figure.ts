import { and, eq, gte, inArray, like, lt, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db } from '../../db/database.js';
import { chinaMidnight } from '../../lib/calendar/china-time.js';
import { cases } from '../cases/cases.tables.js';
import type { KpiFilter } from '../stats/kpi-sums.js';
import { areaSql } from './hotspot-area.js';

/** How far before a proactive case a complaint at its place makes it answered rather than first
 * (接诉即办 rather than 未诉先办), and how long after it complaints count as following it. */
export const PROACTIVE_WINDOW_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * What counts as a complaint (诉): a resident's own appeal, by 12345, the app or an Open311 client. A grid
 * worker's patrol find and a courier's snapshot are the city seeing for itself, as a proactive case is.
 */
export const COMPLAINT_CHANNELS = ['hotline', 'resident_app', 'open311'] as const;

export interface ProactiveFigure {
  /** Proactive cases staff opened in the period. */
  opened: number;
  /** Of them, those opened before any complaint of their category at their place (未诉先办). */
  beforeComplaint: number;
  /** Complaints of the category at the place in the PROACTIVE_WINDOW_DAYS after each. */
  complaintsAfter: number;
}

/**
 * 未诉先办 over a region (or a department's cases) and period: the proactive cases, those that came first,
 * and the complaints that followed them. A place is the hotspot area (resolution-8 H3 cell), as the
 * detector counts it; the cases' area index makes each look one index range. Read from the cases, not the
 * rollups: proactive cases are few, and the partial index cases_proactive_idx finds them alone.
 */
export async function proactiveFigure(db: Db, f: KpiFilter): Promise<ProactiveFigure> {
  const p = alias(cases, 'p');
  const c = alias(cases, 'c');
  const from = new Date(chinaMidnight(f.from));
  const to = new Date(chinaMidnight(f.to) + DAY_MS);
  const window = sql.raw(`interval '${PROACTIVE_WINDOW_DAYS} days'`);
  // The proactive case's own columns, named with their table: drizzle leaves the main table's unnamed,
  // which inside the look-ups would mean the complaint's.
  const own = (column: string) => sql.raw(`"p"."${column}"`);
  const samePlace = sql`${areaSql(sql`${c.h3Cell}`)} = ${areaSql(own('h3_cell'))}
    and ${c.categoryCode} = ${own('category_code')} and ${inArray(c.channel, [...COMPLAINT_CHANNELS])}`;
  const scope: SQL[] = [eq(p.channel, 'proactive'), gte(p.createdAt, from), lt(p.createdAt, to)];
  if (f.unitKey?.startsWith('d:')) scope.push(eq(p.unitDepartmentId, f.unitKey.slice(2)));
  else if (f.regionPrefix) scope.push(like(p.regionCode, `${f.regionPrefix}%`));
  const [row] = await db
    .select({
      opened: sql<number>`count(*)::int`,
      beforeComplaint: sql<number>`(count(*) filter (where not exists (
        select 1 from ${sql.raw('cases as c')} where ${samePlace}
          and ${c.createdAt} >= ${own('created_at')} - ${window} and ${c.createdAt} < ${own('created_at')})))::int`,
      complaintsAfter: sql<number>`coalesce(sum((
        select count(*) from ${sql.raw('cases as c')} where ${samePlace}
          and ${c.createdAt} > ${own('created_at')} and ${c.createdAt} <= ${own('created_at')} + ${window})), 0)::int`,
    })
    .from(p)
    .where(and(...scope));
  return row ?? { opened: 0, beforeComplaint: 0, complaintsAfter: 0 };
}
