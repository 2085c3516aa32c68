import { and, desc, eq, gte, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { cases } from '../cases/cases.tables.js';
import { hotlineTickets } from '../hotline/hotline.tables.js';
import { findRepeatCallersIn } from './caller-score.js';
import { areaOf } from './hotspot-area.js';
import { MAX_EVIDENCE, type ProposalDraft } from './proposal-draft.js';

const DAY_MS = 86_400_000;
/** The window a caller's calls are counted in. */
export const CALLER_DAYS = 30;

/**
 * Callers calling 12345 again and again about the same thing in the last CALLER_DAYS (caller-score.ts).
 * A caller is known by the ticket's caller key, a hash of the number: the number itself is never read,
 * and the key stays in the proposal's subject, which no answer shows. The place is that of their latest
 * call.
 */
export async function findRepeatCallers(db: Executor, w: { end: Date }): Promise<ProposalDraft[]> {
  const start = new Date(w.end.getTime() - CALLER_DAYS * DAY_MS);
  const inWindow = and(
    isNotNull(hotlineTickets.callerKey),
    gte(cases.createdAt, start),
    lt(cases.createdAt, w.end),
  );
  const pairs = await db
    .select({
      callerKey: sql<string>`${hotlineTickets.callerKey}`,
      category: cases.categoryCode,
      calls: sql<number>`count(*)::int`,
    })
    .from(hotlineTickets)
    .innerJoin(
      cases,
      and(eq(cases.districtCode, hotlineTickets.districtCode), eq(cases.id, hotlineTickets.caseId)),
    )
    .where(inWindow)
    .groupBy(hotlineTickets.callerKey, cases.categoryCode);
  const { callers } = findRepeatCallersIn(pairs);
  const drafts: ProposalDraft[] = [];
  for (const c of callers) {
    const calls = await db
      .select({ id: cases.id, cell: cases.h3Cell })
      .from(hotlineTickets)
      .innerJoin(
        cases,
        and(eq(cases.districtCode, hotlineTickets.districtCode), eq(cases.id, hotlineTickets.caseId)),
      )
      .where(
        and(inWindow, eq(hotlineTickets.callerKey, c.callerKey), inArray(cases.categoryCode, [c.category])),
      )
      .orderBy(desc(cases.createdAt))
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
      windowStart: start,
      windowEnd: w.end,
      caseIds: calls.map((x) => x.id),
    });
  }
  return drafts;
}
