import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { chinaDayOf } from '../../lib/calendar/index.js';
import { caseCodeSequences } from './cases.tables.js';

/**
 * The next number of a counter that restarts each China day, for codes people read out (case codes,
 * whistle order codes). The row lock on the counter serialises concurrent callers.
 */
export async function nextDailyNumber(
  tx: Executor,
  prefix: string,
  now: Date,
): Promise<{ day: string; n: number }> {
  const day = chinaDayOf(now).replaceAll('-', '');
  const [row] = await tx
    .insert(caseCodeSequences)
    .values({ prefix, day, last: 1 })
    .onConflictDoUpdate({
      target: [caseCodeSequences.prefix, caseCodeSequences.day],
      set: { last: sql`${caseCodeSequences.last} + 1` },
    })
    .returning({ last: caseCodeSequences.last });
  if (!row) throw new Error(`the ${prefix} counter returned no row`);
  return { day, n: row.last };
}

/** The next case code: the street's 9-digit prefix, the China date and the day's sequence, e.g. 220104004-20261123-0007. */
export async function nextCaseCode(tx: Executor, streetCode: string, now: Date): Promise<string> {
  const prefix = streetCode.slice(0, 9);
  const { day, n } = await nextDailyNumber(tx, prefix, now);
  return `${prefix}-${day}-${String(n).padStart(4, '0')}`;
}
