import type { Me, WhistleCall, WhistleOrder } from '@needle/contract';
import { answersFor, isIssuingOffice } from './whistleRoles';

export type CallStep = 'acknowledge' | 'arrive' | 'complete' | 'evaluate';

/**
 * A department's answer can be judged once it is over: completed, the order no longer open, or the
 * deadline passed without a report-in (server/src/modules/whistle/evaluate-call.ts).
 */
function answerIsOver(order: WhistleOrder, call: WhistleCall, now: number): boolean {
  return (
    call.completedAt !== null ||
    order.status !== 'open' ||
    (call.arrivedAt === null && now > new Date(order.reportDeadlineAt).getTime())
  );
}

/** The steps this user may take on a call now: report-in steps for the called, evaluation for the issuer. */
export function callSteps(me: Me, order: WhistleOrder, call: WhistleCall, now = Date.now()): CallStep[] {
  const steps: CallStep[] = [];
  if (order.status === 'open' && answersFor(me, order, call)) {
    if (!call.acknowledgedAt) steps.push('acknowledge');
    else if (!call.arrivedAt) steps.push('arrive');
    else if (!call.completedAt) steps.push('complete');
  }
  if (
    call.targetKind === 'department' &&
    call.evaluation === null &&
    me.permissions.includes('evaluations:write') &&
    isIssuingOffice(me, order) &&
    answerIsOver(order, call, now)
  ) {
    steps.push('evaluate');
  }
  return steps;
}
