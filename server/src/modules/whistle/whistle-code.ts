import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { chinaDayOf } from '../../lib/calendar/index.js';
import { regionPrefix } from '../../lib/codes/region-code.js';
import { caseCodeSequences } from '../cases/cases.schema.js';

/**
 * The next whistle order code (哨令编号): SL, the issuing street's 9-digit or community's 12-digit code,
 * the China date and a per-office daily counter, e.g. SL-220104004-20261123-01. It shares the case
 * code counter table under a prefix of its own, whose row lock serialises concurrent issues.
 */
export async function nextWhistleCode(tx: Executor, regionCode: string, now: Date): Promise<string> {
  const prefix = `SL-${regionPrefix(regionCode)}`;
  const day = chinaDayOf(now).replaceAll('-', '');
  const [row] = await tx
    .insert(caseCodeSequences)
    .values({ prefix, day, last: 1 })
    .onConflictDoUpdate({
      target: [caseCodeSequences.prefix, caseCodeSequences.day],
      set: { last: sql`${caseCodeSequences.last} + 1` },
    })
    .returning({ last: caseCodeSequences.last });
  if (!row) throw new Error('the whistle code counter returned no row');
  return `${prefix}-${day}-${String(row.last).padStart(2, '0')}`;
}
