import type { CaseTask } from '@needle/contract';
import { asc, type SQL, sql } from 'drizzle-orm';
import type { CaseDeps } from '../cases/case-deps.js';
import { stepLight } from '../cases/case-view.js';
import { cases } from '../cases/cases.tables.js';

/** How many items a queue brings along: a screen or two of cards, the rest through the case list. */
export const QUEUE_ITEMS = 20;

/**
 * The cases meeting the condition, the ones whose step falls due first at the top, with how many there
 * are in all (counted in the same statement, before the limit).
 */
export async function caseQueue(
  deps: CaseDeps,
  condition: SQL,
  now: Date,
): Promise<{ count: number; items: CaseTask[] }> {
  const rows = await deps.db
    .select({ c: cases, total: sql<number>`(count(*) over ())::int` })
    .from(cases)
    .where(condition)
    .orderBy(asc(cases.stepDueAt), asc(cases.createdAt), asc(cases.id))
    .limit(QUEUE_ITEMS);
  const calendar = deps.calendar.current();
  return {
    count: Number(rows[0]?.total ?? 0),
    items: rows.map(({ c }) => ({
      kind: 'case' as const,
      id: c.id,
      code: c.code,
      categoryCode: c.categoryCode,
      status: c.status,
      description: c.description,
      address: c.address,
      stepDueAt: c.stepDueAt?.toISOString() ?? null,
      overdue: c.stepOverdueAt !== null,
      light: stepLight(calendar, c, now),
      createdAt: c.createdAt.toISOString(),
    })),
  };
}
