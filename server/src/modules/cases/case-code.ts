import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { chinaDayOf } from '../../lib/calendar/index.js';
import { caseCodeSequences } from './cases.schema.js';

/**
 * The next human-readable case code: the street's 9-digit prefix, the China date and a sequence that
 * restarts each day, e.g. 220104004-20261123-0007. The row lock on the counter serialises concurrent intakes.
 */
export async function nextCaseCode(tx: Executor, streetCode: string, now: Date): Promise<string> {
  const prefix = streetCode.slice(0, 9);
  const day = chinaDayOf(now).replaceAll('-', '');
  const [row] = await tx
    .insert(caseCodeSequences)
    .values({ prefix, day, last: 1 })
    .onConflictDoUpdate({
      target: [caseCodeSequences.prefix, caseCodeSequences.day],
      set: { last: sql`${caseCodeSequences.last} + 1` },
    })
    .returning({ last: caseCodeSequences.last });
  if (!row) throw new Error('the case code counter returned no row');
  return `${prefix}-${day}-${String(row.last).padStart(4, '0')}`;
}
