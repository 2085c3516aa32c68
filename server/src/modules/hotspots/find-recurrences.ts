import { and, desc, eq, gte, lt, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { cases } from '../cases/cases.tables.js';
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

/**
 * Problems back after closure (a fix that did not hold), over the last RECURRENCE_DAYS: each place's
 * (resolution-10 cell's) closures of a category and how many were followed by a report there within
 * WATCH_DAYS, scored against the category's rate across the city (recurrence-score.ts). One pass over
 * the period's reports, each place's gathered as a list; the evidence is read for the places flagged.
 */
export async function findRecurrences(db: Executor, w: { end: Date }): Promise<ProposalDraft[]> {
  const start = new Date(w.end.getTime() - RECURRENCE_DAYS * DAY_MS);
  // Reports from WATCH_DAYS before the period too: a case closed in the period may have been made then.
  const reported = and(
    gte(cases.createdAt, new Date(start.getTime() - WATCH_DAYS * DAY_MS)),
    lt(cases.createdAt, w.end),
    ne(cases.channel, 'proactive'),
  );
  const from = Math.floor(start.getTime() / 1000);
  const to = Math.floor(w.end.getTime() / 1000);
  const lists = await db
    .select({
      cell: cases.h3Cell,
      category: cases.categoryCode,
      reports: sql<string[]>`array_agg(extract(epoch from ${cases.createdAt})::bigint || ':' ||
        coalesce(extract(epoch from ${cases.closedAt})::bigint, 0))`,
    })
    .from(cases)
    .where(reported)
    .groupBy(cases.h3Cell, cases.categoryCode)
    // A place needs a closure and a report after it to have a return at all.
    .having(sql`count(*) >= 2 and count(${cases.closedAt}) >= 1`);
  const places: PlaceClosures[] = lists.map((l) => closuresAt(l.cell, l.category, l.reports, from, to));
  const totals = new Map<string, { closures: number; returns: number }>();
  const closed = await db
    .select({ category: cases.categoryCode, closures: sql<number>`count(*)::int` })
    .from(cases)
    .where(and(reported, gte(cases.closedAt, start), lt(cases.closedAt, w.end)))
    .groupBy(cases.categoryCode);
  for (const c of closed) totals.set(c.category, { closures: c.closures, returns: 0 });
  for (const p of places) {
    const t = totals.get(p.category);
    if (t) t.returns += p.returns;
  }
  const { recurrences } = findRecurrentPlaces(places, totals);
  const drafts: ProposalDraft[] = [];
  for (const r of recurrences) {
    const evidence = await db
      .select({ id: cases.id })
      .from(cases)
      .where(and(eq(cases.h3Cell, r.cell), eq(cases.categoryCode, r.category), reported))
      .orderBy(desc(cases.createdAt))
      .limit(MAX_EVIDENCE);
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
      windowStart: start,
      windowEnd: w.end,
      caseIds: evidence.map((e) => e.id),
    });
  }
  return drafts;
}
