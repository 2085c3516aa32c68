import { and, eq, exists, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { AuthUser } from '../auth/auth-user.js';
import { casesVisibleTo } from '../cases/case-scope.js';
import { caseSupervisions, cases } from '../cases/cases.tables.js';
import { ACTION_RULES } from '../cases/lifecycle/case-action.js';

/**
 * The actions a queue is made of. Besides role, state and holder, decide() asks only one of them for
 * more (an open supervision note), which is written below; an action asking for anything else (a
 * pending extension, a rating not yet given) would need its condition here before it made a queue.
 */
export type QueueAction =
  | 'verify'
  | 'register'
  | 'file'
  | 'dispatch'
  | 'accept'
  | 'feedback'
  | 'check_pass'
  | 'close'
  | 'supervise'
  | 'reply_supervision';

/** The cases the user's unit holds, as holdsCase() judges one case (case-scope.ts). */
function heldBy(user: AuthUser): SQL {
  const j = user.jurisdiction;
  if (j.kind === 'department') return eq(cases.unitDepartmentId, j.departmentId);
  if (j.kind === 'region') return eq(cases.unitRegionCode, j.regionCode);
  return sql`false`;
}

export const hasOpenSupervision = exists(
  sql`(select 1 from ${caseSupervisions} where ${caseSupervisions.caseId} = ${cases.id} and ${caseSupervisions.repliedAt} is null)`,
);

/**
 * The cases on which the user may take the action now, as one SQL condition: the rule's states, its
 * holder condition, the user's jurisdiction, and no linked duplicate (it follows its master). Null when
 * none of the user's roles may ever take it: the queue is not theirs at all.
 */
export function actionableBy(user: AuthUser, action: QueueAction): SQL | null {
  const rule = ACTION_RULES[action];
  if (!user.roles.some((r) => rule.roles.includes(r))) return null;
  return and(
    casesVisibleTo(user),
    inArray(cases.status, rule.from),
    isNull(cases.masterCaseId),
    rule.holderOnly ? heldBy(user) : undefined,
    action === 'reply_supervision' ? hasOpenSupervision : undefined,
  ) as SQL;
}
