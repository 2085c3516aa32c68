import { conflict } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { scoreDepartmentResponse } from '../stats/formulas/department-evaluation.js';
import {
  callOfOrder,
  lockOrderForOffice,
  type WhistleCallRow,
  type WhistleOrderRow,
} from './order-access.js';
import { whistleEvaluations } from './whistle.tables.js';
import { nowOf, type WhistleDeps } from './whistle-deps.js';
import { recordWhistleEvents } from './whistle-events.js';

export interface CallEvaluationInput {
  /** May be left out: the record decides; if given it must agree with the record. */
  reportedInOnTime?: boolean;
  solved: boolean;
  cooperation: 1 | 2 | 3 | 4 | 5;
  comment?: string;
}

/** Reported in by the deadline, as measured when the department arrived. */
export const reportedInOnTime = (order: WhistleOrderRow, call: WhistleCallRow): boolean =>
  call.arrivedAt !== null && call.arrivedAt <= order.reportDeadlineAt;

/**
 * A department's answer can be judged once it is over: its part is completed, the order is closed or
 * cancelled, or the deadline passed without it reporting in.
 */
function answerIsOver(order: WhistleOrderRow, call: WhistleCallRow, now: Date): boolean {
  return (
    call.completedAt !== null ||
    order.status !== 'open' ||
    (call.arrivedAt === null && now > order.reportDeadlineAt)
  );
}

/**
 * The street scores a department's answer to its whistle (双向考核, the street's side): on time,
 * solved, cooperation, scored by the KPI module's formula. Once per call. Whether it reported in on
 * time is a fact of the record, which the street may confirm but not overrule.
 */
export async function evaluateCall(
  deps: WhistleDeps,
  actor: AuthUser,
  orderId: string,
  callId: string,
  input: CallEvaluationInput,
): Promise<{ score: number }> {
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const order = await lockOrderForOffice(tx, actor, orderId);
    const call = await callOfOrder(tx, order, callId);
    if (call.targetKind !== 'department' || !call.departmentId) {
      throw conflict('NOT_A_DEPARTMENT_CALL', 'The street evaluates the departments it whistled');
    }
    if (!answerIsOver(order, call, now)) {
      throw conflict(
        'CALL_NOT_FINISHED',
        'Evaluate once the department has completed, the deadline has passed or the order is closed',
      );
    }
    const measured = reportedInOnTime(order, call);
    if (input.reportedInOnTime !== undefined && input.reportedInOnTime !== measured) {
      throw conflict(
        'CONTRADICTS_RECORD',
        `The record shows the department reported in ${measured ? 'on time' : 'late or not at all'}`,
      );
    }
    const { total: score } = scoreDepartmentResponse({
      reportedInOnTime: measured,
      solved: input.solved,
      cooperation: input.cooperation,
    });
    const [written] = await tx
      .insert(whistleEvaluations)
      .values({
        districtCode: call.districtCode,
        callId: call.id,
        byUserId: actor.id,
        reportedInOnTime: measured,
        solved: input.solved,
        cooperation: input.cooperation,
        score,
        comment: input.comment?.trim() ?? '',
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: whistleEvaluations.id });
    if (!written) throw conflict('ALREADY_EVALUATED', 'This department’s answer has already been evaluated');
    await recordWhistleEvents(
      tx,
      { orderId: order.id, regionCode: order.regionCode, actorId: actor.id, at: now },
      {
        action: 'evaluate',
        callId: call.id,
        data: {
          departmentId: call.departmentId,
          score,
          reportedInOnTime: measured,
          solved: input.solved,
          cooperation: input.cooperation,
        },
      },
    );
    return { score };
  });
}
