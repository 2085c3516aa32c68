import { and, eq, gte, lt, ne, notInArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { cases } from '../cases/cases.tables.js';
import { areaOf } from './hotspot-area.js';
import { MAX_EVIDENCE, type ProposalDraft } from './proposal-draft.js';
import {
  type CategoryReturns,
  DAY_MS,
  MIN_RETURNS,
  type Period,
  type PlaceCount,
  returnsAt,
  scoreRecurrences,
  WATCH_DAYS,
} from './recurrences.js';

/** The period recurrences are counted over. */
export const RECURRENCE_DAYS = 90;

/** Reports that never close (refused or voided) say nothing of a fix; staff's own proactive cases are not reports. */
const NEVER_CLOSED = ['rejected', 'voided'];

/** The reports a place's returns are read from: the period, and WATCH_DAYS before it for the cases fixed in it. */
function reportsFor(period: Period) {
  return and(
    gte(cases.createdAt, new Date(period.start - WATCH_DAYS * DAY_MS)),
    lt(cases.createdAt, new Date(period.end)),
    ne(cases.channel, 'proactive'),
    notInArray(cases.status, NEVER_CLOSED),
  );
}

export interface GatheredReturns {
  /** Each category's fixes, watched fixes and returns across the city. */
  categories: Map<string, CategoryReturns>;
  /** The places with at least MIN_RETURNS fixes in the period: the tests the alpha is shared over. */
  tests: number;
  /** The places with at least MIN_RETURNS returns. */
  places: PlaceCount[];
}

/**
 * Every place's fixes and returns in one statement over the period's reports (recurrences.ts gives the
 * rule, and `returnsAt` the same rule in TypeScript). Why it is shaped so:
 *
 * - The rows are read by `cases_created_idx`, the period's reports only, so the cost follows the window
 *   and not the years of history. They are sorted once, by place, category and time: one window over
 *   that order gives each report the latest closure before it (infinity while an earlier case is open)
 *   and whether it is the place's last; a second window over the same order (no second sort) sums the
 *   place's fixes and returns so far, so its last row holds its totals. No self-join, no statement per
 *   place.
 * - Nearly every place has a single report, so grouping by place (millions of groups) is avoided: every
 *   row is grouped by category alone but the last row of a place with MIN_RETURNS returns. Only the
 *   category totals and those places leave the database.
 */
export function returnsQuery(period: Period) {
  // Timestamps as text cast in the statement: both engines' drivers take them so.
  const start = sql`${new Date(period.start).toISOString()}::timestamptz`;
  const end = sql`${new Date(period.end).toISOString()}::timestamptz`;
  const watch = sql.raw(`interval '${WATCH_DAYS} days'`);
  const watchSeconds = sql.raw(String(WATCH_DAYS * 86_400));
  return sql`
    with marked as (
      select ${cases.h3Cell} as cell, ${cases.categoryCode} as category, ${cases.createdAt} as created,
        ${cases.id} as id, ${cases.closedAt} as closed,
        max(coalesce(${cases.closedAt}, 'infinity'::timestamptz)) over before as latest,
        lead(true) over before is null as last
      from ${cases}
      where ${reportsFor(period)}
      window before as (partition by ${cases.h3Cell}, ${cases.categoryCode} order by ${cases.createdAt}, ${cases.id}
        rows between unbounded preceding and 1 preceding)
    ), stepped as (
      select cell, category, created, id, last,
        coalesce(latest >= ${start} and latest < created, false) as starts,
        coalesce(latest >= ${start} and latest < created and created <= latest + ${watch}, false) as returned,
        greatest(latest, coalesce(closed, 'infinity'::timestamptz)) as settled
      from marked
    ), weighed as (
      select cell, category, created, id, last, returned,
        case when starts then 1 else 0 end
          + case when last and settled >= ${start} and settled < ${end} then 1 else 0 end as fixes,
        -- In doubles: numeric sums over millions of rows cost seconds.
        case when starts then 1.0::float8 else 0.0::float8 end
          + case when last and settled >= ${start} and settled < ${end}
            then least(1.0, extract(epoch from ${end} - settled)::float8 / ${watchSeconds}) else 0.0 end as watched
      from stepped
    ), summed as (
      select category, cell, last, returned, fixes, watched,
        sum(fixes) over upto as place_fixes,
        sum(watched) over upto as place_watched,
        count(*) filter (where returned) over upto as place_returns
      from weighed
      window upto as (partition by cell, category order by created, id rows between unbounded preceding and current row)
    ), grouped as (
      select category, case when last and place_returns >= ${MIN_RETURNS} then cell end as cell,
        sum(fixes) as fixes, sum(watched) as watched, count(*) filter (where returned) as returns,
        count(*) filter (where last and place_fixes >= ${MIN_RETURNS}) as tests,
        max(place_fixes) filter (where last) as place_fixes,
        max(place_watched) filter (where last) as place_watched,
        max(place_returns) filter (where last) as place_returns
      from summed group by 1, 2
    )
    select category, null as cell, sum(fixes) as fixes, sum(watched) as watched, sum(returns) as returns,
      sum(tests) as tests
    from grouped group by category
    union all
    select category, cell, place_fixes, place_watched, place_returns, 0 from grouped where cell is not null`;
}

interface ReturnsRow {
  category: string;
  cell: string | null;
  fixes: number | string;
  watched: number | string;
  returns: number | string;
  tests: number | string;
}

/** The category totals, the places tested and the places that came back, as the database counts them. */
export async function gatherReturns(db: Executor, period: Period): Promise<GatheredReturns> {
  // Both engines' drivers answer a raw statement with its rows; the typed database does not say so.
  const rows = (await db.execute(returnsQuery(period))) as unknown as { rows: ReturnsRow[] };
  const categories = new Map<string, CategoryReturns>();
  const places: PlaceCount[] = [];
  let tests = 0;
  for (const r of rows.rows) {
    const counts = { fixes: Number(r.fixes), watched: Number(r.watched), returns: Number(r.returns) };
    if (r.cell === null) {
      categories.set(r.category, counts);
      tests += Number(r.tests);
    } else places.push({ cell: r.cell, category: r.category, ...counts });
  }
  return { categories, tests, places };
}

/** One place's reports of one category over the period and the WATCH_DAYS before it. */
async function reportsAt(db: Executor, cell: string, category: string, period: Period) {
  const rows = await db
    .select({ id: cases.id, createdAt: cases.createdAt, closedAt: cases.closedAt })
    .from(cases)
    .where(and(eq(cases.h3Cell, cell), eq(cases.categoryCode, category), reportsFor(period)));
  return rows.map((r) => ({
    id: r.id,
    createdAt: r.createdAt.getTime(),
    closedAt: r.closedAt?.getTime() ?? null,
  }));
}

/**
 * Places where fixes did not hold over the last RECURRENCE_DAYS, as proposals: the place's cell is the
 * subject, the returns are observed against what the rest of the city's rate expects, and the evidence
 * is the returns with the fixes they followed, newest first.
 */
export async function findRecurrences(db: Executor, w: { end: Date }): Promise<ProposalDraft[]> {
  const period = { start: w.end.getTime() - RECURRENCE_DAYS * DAY_MS, end: w.end.getTime() };
  const gathered = await gatherReturns(db, period);
  const drafts: ProposalDraft[] = [];
  for (const r of scoreRecurrences(gathered.places, gathered.categories, gathered.tests)) {
    const reports = await reportsAt(db, r.cell, r.category, period);
    const at = returnsAt(reports, period);
    const involved = new Set([...at.returns, ...at.fixedBy]);
    const caseIds = reports
      .filter((x) => involved.has(x.id))
      .sort((a, b) => b.createdAt - a.createdAt)
      .slice(0, MAX_EVIDENCE)
      .map((x) => x.id);
    drafts.push({
      kind: 'recurrence',
      area: areaOf(r.cell),
      radius: 0,
      categoryCode: r.category,
      subject: r.cell,
      observed: r.returns,
      expected: r.expected,
      surprise: r.surprise,
      threshold: r.threshold,
      windowStart: new Date(period.start),
      windowEnd: w.end,
      caseIds,
    });
  }
  return drafts;
}
