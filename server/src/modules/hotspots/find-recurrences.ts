import { and, gte, lt, lte, ne, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { cases } from '../cases/cases.tables.js';
import { evidenceBySubject } from './evidence-batches.js';
import { areaOf } from './hotspot-area.js';
import { MAX_EVIDENCE, type ProposalDraft } from './proposal-draft.js';
import { findRecurrentPlaces, type PlaceClosures, WATCH_DAYS } from './recurrence-score.js';

const DAY_MS = 86_400_000;
/** The period a recurrence is looked for in. */
export const RECURRENCE_DAYS = 90;

/** A place's reports as "created:closed" in epoch seconds (0 while open), as the database lists them. */
function closuresAt(cell: string, category: string, reports: readonly string[], from: number, to: number) {
  const times = reports.map((r) => r.split(':').map(Number) as [number, number]).sort((a, b) => a[0] - b[0]);
  const watch = WATCH_DAYS * 86_400;
  let closures = 0;
  let returns = 0;
  for (const [, closed] of times) {
    if (closed === 0 || closed < from || closed >= to) continue;
    closures++;
    if (times.some(([created]) => created > closed && created <= closed + watch)) returns++;
  }
  return { cell, category, closures, returns };
}

/** The reports a recurrence pass reads: of the period and the WATCH_DAYS before it, but no proactive case. */
const reportedBetween = (start: Date, end: Date) =>
  and(
    gte(cases.createdAt, new Date(start.getTime() - WATCH_DAYS * DAY_MS)),
    lt(cases.createdAt, end),
    ne(cases.channel, 'proactive'),
  );

/**
 * Every place's closures in the RECURRENCE_DAYS before `end` and how many came back (the places with
 * at least one closure and a report after it), and each category's closures and returns across the city.
 */
export async function placeClosures(
  db: Executor,
  end: Date,
): Promise<{ places: PlaceClosures[]; totals: Map<string, { closures: number; returns: number }> }> {
  const start = new Date(end.getTime() - RECURRENCE_DAYS * DAY_MS);
  // Reports from WATCH_DAYS before the period too: a case closed in the period may have been made then.
  const reported = reportedBetween(start, end);
  const from = Math.floor(start.getTime() / 1000);
  const to = Math.floor(end.getTime() / 1000);
  const lists = await db
    .select({
      cell: cases.h3Cell,
      category: cases.categoryCode,
      // One string a place rather than an array: array_agg gives each of the ~750 thousand places its
      // own memory context, which cost more than the scan (0.4 s at 1 M cases). date_part answers a
      // double where extract answers a numeric, slower to make (0.3 s).
      reports: sql<string>`string_agg(date_part('epoch', ${cases.createdAt})::bigint || ':' ||
        coalesce(date_part('epoch', ${cases.closedAt})::bigint, 0), ',')`,
    })
    .from(cases)
    .where(reported)
    .groupBy(cases.h3Cell, cases.categoryCode)
    // A place needs a closure and a report after it to have a return at all.
    .having(sql`count(*) >= 2 and count(${cases.closedAt}) >= 1`);
  const places: PlaceClosures[] = lists.map((l) =>
    closuresAt(l.cell, l.category, l.reports.split(','), from, to),
  );
  const totals = new Map<string, { closures: number; returns: number }>();
  const closed = await db
    .select({ category: cases.categoryCode, closures: sql<number>`count(*)::int` })
    .from(cases)
    .where(and(reported, gte(cases.closedAt, start), lt(cases.closedAt, end)))
    .groupBy(cases.categoryCode);
  for (const c of closed) totals.set(c.category, { closures: c.closures, returns: 0 });
  for (const p of places) {
    const t = totals.get(p.category);
    if (t) t.returns += p.returns;
  }
  return { places, totals };
}

/**
 * Problems back after closure (a fix that did not hold), over the last RECURRENCE_DAYS: each place's
 * (resolution-10 cell's) closures of a category and how many were followed by a report there within
 * WATCH_DAYS, scored against the category's share across the city (recurrence-score.ts). One pass over
 * the period's reports in the order of cases_near_idx, which carries the closing time (migration 0050),
 * so each place's list is gathered from the index alone as it streams; the evidence is read for the
 * places flagged.
 */
export async function findRecurrences(db: Executor, w: { end: Date }): Promise<ProposalDraft[]> {
  const start = new Date(w.end.getTime() - RECURRENCE_DAYS * DAY_MS);
  const reported = reportedBetween(start, w.end);
  const { places, totals } = await placeClosures(db, w.end);
  const { recurrences } = findRecurrentPlaces(places, totals);
  const evidence = await latestCasesAt(
    db,
    recurrences.map((r) => ({ cell: r.cell, category: r.category })),
    reported,
  );
  return recurrences.map((r) => ({
    kind: 'recurrence',
    area: areaOf(r.cell),
    radius: 0,
    categoryCode: r.category,
    subject: r.cell,
    observed: r.returns,
    expected: r.expected,
    surprise: r.surprise,
    threshold: r.threshold,
    windowStart: start,
    windowEnd: w.end,
    caseIds: (evidence.get(`${r.cell}/${r.category}`) ?? []).map((e) => e.id),
  }));
}

/** The newest MAX_EVIDENCE reports of each place and category, keyed `cell/category`. */
function latestCasesAt(
  db: Executor,
  places: readonly { cell: string; category: string }[],
  reported: SQL | undefined,
): Promise<Map<string, { id: string; cell: string; category: string }[]>> {
  return evidenceBySubject(
    places,
    (batch) => {
      const ranked = db
        .select({
          id: cases.id,
          cell: cases.h3Cell,
          category: sql<string>`${cases.categoryCode}`.as('category'),
          rank: sql<number>`row_number() over (partition by ${cases.h3Cell}, ${cases.categoryCode} order by ${cases.createdAt} desc)`.as(
            'rank',
          ),
        })
        .from(cases)
        .where(
          and(
            sql`(${cases.h3Cell}, ${cases.categoryCode}) in (${sql.join(
              batch.map((p) => sql`(${p.cell}, ${p.category})`),
              sql`, `,
            )})`,
            reported,
          ),
        )
        .as('ranked');
      return db
        .select({ id: ranked.id, cell: ranked.cell, category: ranked.category })
        .from(ranked)
        .where(lte(ranked.rank, MAX_EVIDENCE))
        .orderBy(ranked.cell, ranked.category, ranked.rank);
    },
    (row) => `${row.cell}/${row.category}`,
  );
}
