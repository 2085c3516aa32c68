import type { WorkbenchCaseQueue, WorkbenchListFilter } from '@needle/contract';
import { and, asc, count, desc, eq, isNull, max, notInArray, sql } from 'drizzle-orm';
import { forbidden } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { caseTextMatches } from '../cases/case-queries.js';
import { casesVisibleTo } from '../cases/case-scope.js';
import { caseView, stepLight } from '../cases/case-view.js';
import { caseEvents, cases } from '../cases/cases.tables.js';
import { FINAL_STATUSES } from '../cases/lifecycle/case-status.js';
import { queueCondition } from './queue-conditions.js';

/**
 * One page of a queue's cases, filtered and sorted: what the queue's count counts (workbench-counts.ts),
 * with the same conditions. Lists mask personal data, whoever looks.
 */
export async function queueCases(
  deps: CaseDeps,
  user: AuthUser,
  queue: WorkbenchCaseQueue,
  f: WorkbenchListFilter,
) {
  const now = deps.now?.() ?? new Date();
  const inQueue = queueCondition(user, queue, now);
  if (!inQueue) throw forbidden('QUEUE_NOT_YOURS', `None of your roles works the ${queue} queue`);
  const condition = and(
    casesVisibleTo(user),
    notInArray(cases.status, [...FINAL_STATUSES]),
    isNull(cases.masterCaseId),
    inQueue,
    f.categoryCode ? eq(cases.categoryCode, f.categoryCode) : undefined,
    f.channel ? eq(cases.channel, f.channel) : undefined,
    f.q ? caseTextMatches(f.q) : undefined,
  );
  const order =
    f.sort === 'reported'
      ? [desc(cases.createdAt), desc(cases.id)]
      : // The step due first at the top; steps without a clock last.
        [sql`${cases.stepDueAt} asc nulls last`, asc(cases.createdAt), asc(cases.id)];
  const [counted] = await deps.db.select({ n: count() }).from(cases).where(condition);
  const rows = await deps.db
    .select()
    .from(cases)
    .where(condition)
    .orderBy(...order)
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  const calendar = deps.calendar.current();
  return {
    total: Number(counted?.n ?? 0),
    page: f.page,
    pageSize: f.pageSize,
    items: rows.map((c) => caseView(c, stepLight(calendar, c, now), false)),
  };
}

/**
 * 已办: the cases the user took a step on, the one they acted on last at the top, with that step.
 * Only those they may still see: a case moved out of their jurisdiction is no longer theirs to open.
 */
export async function doneCases(deps: CaseDeps, user: AuthUser, page: number, pageSize: number) {
  const now = deps.now?.() ?? new Date();
  const mine = deps.db
    .select({ caseId: caseEvents.caseId, lastId: max(caseEvents.id).as('last_id') })
    .from(caseEvents)
    .where(eq(caseEvents.actorId, user.id))
    .groupBy(caseEvents.caseId)
    .as('mine');
  const condition = casesVisibleTo(user);
  const [counted] = await deps.db
    .select({ n: count() })
    .from(mine)
    .innerJoin(cases, eq(cases.id, mine.caseId))
    .where(condition);
  const rows = await deps.db
    .select({ c: cases, action: caseEvents.action, at: caseEvents.at })
    .from(mine)
    .innerJoin(cases, eq(cases.id, mine.caseId))
    .innerJoin(caseEvents, eq(caseEvents.id, mine.lastId))
    .where(condition)
    .orderBy(desc(mine.lastId))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const calendar = deps.calendar.current();
  return {
    total: Number(counted?.n ?? 0),
    page,
    pageSize,
    items: rows.map(({ c, action, at }) => ({
      case: caseView(c, stepLight(calendar, c, now), false),
      myLastAction: action,
      myLastStepAt: at.toISOString(),
    })),
  };
}
