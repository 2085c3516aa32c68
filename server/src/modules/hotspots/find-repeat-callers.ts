import { and, eq, gte, isNotNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { cases } from '../cases/cases.tables.js';
import { hotlineTickets } from '../hotline/hotline.tables.js';
import { type CallerCalls, MIN_CALLS, scoreCallers } from './caller-score.js';
import { evidenceBySubject } from './evidence-batches.js';
import { areaOf } from './hotspot-area.js';
import { MAX_EVIDENCE, type ProposalDraft } from './proposal-draft.js';

const DAY_MS = 86_400_000;
/** The window a caller's calls are counted in. */
export const CALLER_DAYS = 30;

interface PairRow {
  callerKey: string | null;
  category: string;
  calls: number | null;
  callers: number | null;
  extra: number | null;
}

/**
 * Callers calling 12345 again and again about the same thing in the last CALLER_DAYS (caller-score.ts).
 * A caller is known by the ticket's caller key, a hash of the number: the number itself is never read,
 * and the key stays in the proposal's subject, which no answer shows. The place is that of their latest
 * call. One statement counts every caller's calls per category and answers each category's totals and
 * only the callers with MIN_CALLS calls or more (a month holds some 80 thousand callers at 1 M cases a
 * quarter, three hundred of them calling three times); the flagged callers' calls are read in batches.
 */
export async function findRepeatCallers(db: Executor, w: { end: Date }): Promise<ProposalDraft[]> {
  const start = new Date(w.end.getTime() - CALLER_DAYS * DAY_MS);
  const inWindow = and(
    isNotNull(hotlineTickets.callerKey),
    gte(cases.createdAt, start),
    lt(cases.createdAt, w.end),
  );
  const ofTheirCase = and(
    eq(cases.districtCode, hotlineTickets.districtCode),
    eq(cases.id, hotlineTickets.caseId),
  );
  const counted = (await db.execute(sql`
    with pairs as (
      select ${hotlineTickets.callerKey} as caller_key, ${cases.categoryCode} as category, count(*)::int as calls
      from ${hotlineTickets} join ${cases} on ${ofTheirCase}
      where ${inWindow}
      group by 1, 2
    )
    select caller_key as "callerKey", category, calls, null::int as callers, null::int as extra
      from pairs where calls >= ${MIN_CALLS}
    union all
    select null, category, null, count(*)::int, sum(calls - 1)::int from pairs group by category`)) as unknown as {
    rows: PairRow[];
  };
  const candidates: CallerCalls[] = [];
  const totals = new Map<string, { callers: number; extra: number }>();
  for (const r of counted.rows) {
    if (r.callerKey !== null && r.calls !== null)
      candidates.push({ callerKey: r.callerKey, category: r.category, calls: Number(r.calls) });
    else totals.set(r.category, { callers: Number(r.callers), extra: Number(r.extra) });
  }
  const { callers } = scoreCallers(candidates, totals);
  // The flagged callers' calls, newest first, MAX_EVIDENCE each.
  const byCaller = await evidenceBySubject(
    callers,
    async (batch) => {
      const keys = batch.map((c) => sql`(${c.callerKey}, ${c.category})`);
      const read = (await db.execute(sql`
        select id, cell, caller_key as "callerKey", category from (
          select ${cases.id} as id, ${cases.h3Cell} as cell, ${hotlineTickets.callerKey} as caller_key,
            ${cases.categoryCode} as category,
            row_number() over (partition by ${hotlineTickets.callerKey}, ${cases.categoryCode}
              order by ${cases.createdAt} desc) as rank
          from ${hotlineTickets} join ${cases} on ${ofTheirCase}
          where ${inWindow} and (${hotlineTickets.callerKey}, ${cases.categoryCode}) in (${sql.join(keys, sql`, `)})
        ) ranked where rank <= ${MAX_EVIDENCE} order by caller_key, category, rank`)) as unknown as {
        rows: { id: string; cell: string; callerKey: string; category: string }[];
      };
      return read.rows;
    },
    (row) => `${row.callerKey}/${row.category}`,
  );
  const drafts: ProposalDraft[] = [];
  for (const c of callers) {
    const theirs = byCaller.get(`${c.callerKey}/${c.category}`) ?? [];
    const latest = theirs[0];
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
      caseIds: theirs.map((x) => x.id),
    });
  }
  return drafts;
}
