import type { CaseAction, WorkbenchCaseQueue } from '@needle/contract';
import { and, gte, lt, or, type SQL, sql } from 'drizzle-orm';
import type { AuthUser } from '../auth/auth-user.js';
import { cases } from '../cases/cases.tables.js';
import { ACTION_RULES } from '../cases/lifecycle/case-action.js';
import { actionableBy, hasOpenSupervision, type QueueAction } from '../tasks/actionable-cases.js';

/** The queues made of the steps of the loop, each by the actions that empty it. */
export type StepQueue = Exclude<WorkbenchCaseQueue, 'overdue' | 'warning' | 'supervised'>;

/**
 * Each step queue by the actions the state machine lets the user take on its cases: 待受理 is verified
 * (核实, by the grid) or registered (受理, by the desk), 待处置 is accepted and then fed back on by the
 * unit that holds it. Who may, from which state, and whether only the holder: ACTION_RULES, through
 * actionableBy (tasks/actionable-cases.ts), the same rules the phone's queues are made of.
 */
export const STEP_QUEUES: Record<StepQueue, QueueAction[]> = {
  to_accept: ['verify', 'register'],
  to_file: ['file'],
  to_dispatch: ['dispatch'],
  to_handle: ['accept', 'feedback'],
  to_check: ['check_pass'],
  to_close: ['close'],
};

/** Steps that ask for nothing per case (no reason, photo or place): they can be taken on several at once. */
const BATCHABLE: readonly CaseAction[] = ['verify', 'register', 'file', 'dispatch', 'accept', 'close'];

/** Cases meeting any of the conditions; null when there is none (the queue is not the user's). */
function anyOfConditions(conditions: (SQL | null)[]): SQL | null {
  const some = conditions.filter((c): c is SQL => c !== null);
  if (some.length === 0) return null;
  return some.length === 1 ? (some[0] as SQL) : (or(...some) as SQL);
}

/** The cases on which the user may take any of the actions now. */
const anyOf = (user: AuthUser, actions: QueueAction[]) =>
  anyOfConditions(actions.map((a) => actionableBy(user, a)));

/**
 * The cases whose clock the user watches: those waiting for a step of theirs, and for a supervisor
 * (督办: leader, shift lead, street office) every open case of the jurisdiction, as supervise is.
 */
function watched(user: AuthUser): SQL | null {
  return anyOf(user, [...Object.values(STEP_QUEUES).flat(), 'supervise']);
}

/**
 * The light of a case's current step in SQL, against the deadlines the step was given when it started
 * (step-deadline.ts): yellow from stepWarnAt (80 % of the limit in working time), red once stepDueAt
 * has passed, as the sweeper marks it overdue. A step without a clock (suspended) stays green.
 */
export function lightOf(now: Date): SQL<'green' | 'yellow' | 'red'> {
  return sql<
    'green' | 'yellow' | 'red'
  >`case when ${cases.stepDueAt} < ${now} then 'red' when ${cases.stepWarnAt} <= ${now} then 'yellow' else 'green' end`;
}

/** The condition of one of the user's queues, or null when the queue is not theirs at all. */
export function queueCondition(user: AuthUser, queue: WorkbenchCaseQueue, now: Date): SQL | null {
  switch (queue) {
    case 'overdue': {
      const mine = watched(user);
      return mine && (and(mine, lt(cases.stepDueAt, now)) as SQL);
    }
    case 'warning': {
      const mine = watched(user);
      return mine && (and(mine, gte(cases.stepDueAt, now), sql`${cases.stepWarnAt} <= ${now}`) as SQL);
    }
    case 'supervised': {
      // The holder answers the note; a supervisor follows the notes still open in the jurisdiction.
      const supervising = actionableBy(user, 'supervise');
      return anyOfConditions([
        actionableBy(user, 'reply_supervision'),
        supervising && (and(supervising, hasOpenSupervision) as SQL),
      ]);
    }
    default:
      return anyOf(user, STEP_QUEUES[queue]);
  }
}

/** The steps the user may take on several of the queue's cases at once. */
export function batchActionsOf(user: AuthUser, queue: WorkbenchCaseQueue): CaseAction[] {
  if (!(queue in STEP_QUEUES)) return [];
  return STEP_QUEUES[queue as StepQueue].filter(
    (a) => BATCHABLE.includes(a) && user.roles.some((r) => ACTION_RULES[a].roles.includes(r)),
  );
}
