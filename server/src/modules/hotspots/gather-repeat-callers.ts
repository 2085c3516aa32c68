import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { cases } from '../cases/cases.tables.js';
import { hotlineTickets } from '../hotline/hotline.tables.js';
import { areaOf } from './hotspot-area.js';
import { MAX_EVIDENCE, type ProposalDraft } from './proposal-draft.js';
import { DAY_MS } from './recurrences.js';
import { type CallerCount, type CategoryCalls, MIN_CALLS, scoreRepeatCallers } from './repeat-callers.js';

/** The window a caller's calls are counted in. */
export const CALLER_DAYS = 30;

export interface GatheredCalls {
  categories: Map<string, CategoryCalls>;
  /** Every caller and category counted: the tests the alpha is shared over. */
  tests: number;
  /** The callers with at least MIN_CALLS calls about a category. */
  callers: CallerCount[];
}

/**
 * The window's calls per caller and category, in the database. Why the query is shaped so:
 *
 * - A ticket has no time of its own: its case's does. The window's cases are found by
 *   `cases_created_idx` and only the 12345 ones (channel 'hotline', the only ones with a ticket) are
 *   joined to their ticket by its key (district, case), so the cost follows the window's calls and not
 *   the tickets of every year.
 * - The pairs are counted once; the category totals and the few callers reaching MIN_CALLS are taken
 *   from that count in the same statement, so no pair but those leaves the database.
 */
interface CallsRow {
  category: string;
  caller_key: string | null;
  callers: number | string;
  calls: number | string;
}

export async function gatherCalls(
  db: Executor,
  period: { start: number; end: number },
): Promise<GatheredCalls> {
  // Both engines' drivers answer a raw statement with its rows; the typed database does not say so.
  const rows = (await db.execute(sql`
    with pairs as (
      select ${hotlineTickets.callerKey} as caller_key, ${cases.categoryCode} as category, count(*) as calls
      from ${cases}
      join ${hotlineTickets} on ${hotlineTickets.districtCode} = ${cases.districtCode} and ${hotlineTickets.caseId} = ${cases.id}
      where ${cases.channel} = 'hotline'
        and ${cases.createdAt} >= ${new Date(period.start).toISOString()}::timestamptz
        and ${cases.createdAt} < ${new Date(period.end).toISOString()}::timestamptz
        and ${hotlineTickets.callerKey} is not null
      group by 1, 2
    )
    select category, null as caller_key, count(*) as callers, sum(calls) as calls from pairs group by category
    union all
    select category, caller_key, 1, calls from pairs where calls >= ${MIN_CALLS}`)) as unknown as {
    rows: CallsRow[];
  };
  const categories = new Map<string, CategoryCalls>();
  const callers: CallerCount[] = [];
  let tests = 0;
  for (const r of rows.rows) {
    if (r.caller_key === null) {
      categories.set(r.category, { callers: Number(r.callers), calls: Number(r.calls) });
      tests += Number(r.callers);
    } else callers.push({ callerKey: r.caller_key, category: r.category, calls: Number(r.calls) });
  }
  return { categories, tests, callers };
}

/**
 * Callers calling 12345 again and again about one thing in the last CALLER_DAYS, as proposals. The caller
 * is known by the key alone (the number is never read); the key is the proposal's subject, which is stored
 * and never shown. The place is that of their latest call about it; the evidence, the calls' cases.
 */
export async function findRepeatCallers(db: Executor, w: { end: Date }): Promise<ProposalDraft[]> {
  const period = { start: w.end.getTime() - CALLER_DAYS * DAY_MS, end: w.end.getTime() };
  const gathered = await gatherCalls(db, period);
  const drafts: ProposalDraft[] = [];
  for (const c of scoreRepeatCallers(gathered.callers, gathered.categories, gathered.tests)) {
    // The caller's tickets by `hotline_tickets_caller_idx`, a handful of rows.
    const calls = await db
      .select({ id: cases.id, cell: cases.h3Cell })
      .from(hotlineTickets)
      .innerJoin(
        cases,
        and(eq(cases.districtCode, hotlineTickets.districtCode), eq(cases.id, hotlineTickets.caseId)),
      )
      .where(
        and(
          eq(hotlineTickets.callerKey, c.callerKey),
          eq(cases.categoryCode, c.category),
          gte(cases.createdAt, new Date(period.start)),
          lt(cases.createdAt, w.end),
        ),
      )
      .orderBy(desc(cases.createdAt), desc(cases.id))
      .limit(MAX_EVIDENCE);
    const latest = calls[0];
    if (!latest) continue;
    drafts.push({
      kind: 'repeat_caller',
      area: areaOf(latest.cell),
      radius: 0,
      categoryCode: c.category,
      subject: c.callerKey,
      observed: c.calls,
      expected: c.expected,
      surprise: c.surprise,
      threshold: c.threshold,
      windowStart: new Date(period.start),
      windowEnd: w.end,
      caseIds: calls.map((x) => x.id),
    });
  }
  return drafts;
}
