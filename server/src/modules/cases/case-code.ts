import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { chinaDayOf } from '../../lib/calendar/index.js';
import { districtCodeOf } from '../../lib/codes/region-code.js';
import { caseCodeSequences, idempotencyKeys } from './cases.tables.js';
import { expiredKey, type SubmissionKey, standingKey } from './idempotency.js';

/**
 * The next number of a counter that restarts each China day, for codes people read out (case codes,
 * whistle order codes). The row lock on the counter serialises concurrent callers.
 */
export async function nextDailyNumber(
  tx: Executor,
  districtCode: string,
  prefix: string,
  now: Date,
): Promise<{ day: string; n: number }> {
  const day = chinaDayOf(now).replaceAll('-', '');
  const [row] = await tx
    .insert(caseCodeSequences)
    .values({ districtCode, prefix, day, last: 1 })
    .onConflictDoUpdate({
      target: [caseCodeSequences.districtCode, caseCodeSequences.prefix, caseCodeSequences.day],
      set: { last: sql`${caseCodeSequences.last} + 1` },
    })
    .returning({ last: caseCodeSequences.last });
  if (!row) throw new Error(`the ${prefix} counter returned no row`);
  return { day, n: row.last };
}

/** A case code: the street's 9-digit prefix, the China date and the day's sequence, e.g. 220104004-20261123-0007. */
const caseCode = (prefix: string, day: string, n: number) => `${prefix}-${day}-${String(n).padStart(4, '0')}`;

/**
 * Takes a new case's code in a statement of its own, before the intake's statement: the counter's row
 * lock lasts one statement, not the whole intake, so reports into one street no longer wait for each
 * other. The price is gaps: a number taken by an intake that then fails is not reused, and neither is
 * one taken by a retry racing its own first submission. Codes stay unique and rise through the day.
 * A retry whose first submission has committed takes no number: the statement takes one only while the
 * submission's key does not stand, and returns null when it does. A key past its time to live is
 * removed here, so that the intake can claim it afresh.
 */
export async function takeCaseCode(
  db: Executor,
  streetCode: string,
  now: Date,
  sent: SubmissionKey,
): Promise<string | null> {
  const prefix = streetCode.slice(0, 9);
  const districtCode = districtCodeOf(streetCode);
  const day = chinaDayOf(now).replaceAll('-', '');
  const expired = db.delete(idempotencyKeys).where(expiredKey(sent));
  const take = db
    .insert(caseCodeSequences)
    .select(
      sql`select ${districtCode}, ${prefix}, ${day}, 1 where not exists (${db
        .select({ one: sql`1` })
        .from(idempotencyKeys)
        .where(standingKey(sent))})`,
    )
    .onConflictDoUpdate({
      target: [caseCodeSequences.districtCode, caseCodeSequences.prefix, caseCodeSequences.day],
      set: { last: sql`${caseCodeSequences.last} + 1` },
    })
    .returning({ last: caseCodeSequences.last });
  // Both engines' drivers answer a raw statement with its rows under `rows`.
  const result = (await db.execute(sql`with expired as ${expired} ${take.getSQL()}`)) as unknown as {
    rows: { last: number }[];
  };
  const taken = result.rows[0];
  return taken ? caseCode(prefix, day, Number(taken.last)) : null;
}
