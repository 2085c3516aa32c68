import type { CaseAction, CaseDetail, Me } from '@needle/contract';

/** Whether the user's unit holds the case: a department, or a street/community office it was sent to. */
export function holdsCase(
  me: Me,
  c: Pick<CaseDetail['case'], 'unitDepartmentId' | 'unitRegionCode'>,
): boolean {
  const j = me.jurisdiction;
  if (j.kind === 'department') return c.unitDepartmentId === j.departmentId;
  if (j.kind === 'region') return c.unitRegionCode !== null && c.unitRegionCode === j.code;
  return false;
}

/**
 * The actions to offer, in the console's order: those the server says this viewer may take now, judged
 * by the same state machine that will judge the click. On a 12345 case the ticket's 签收 is the accept
 * (the ticket card offers it), so the same step is not offered twice.
 */
export function suggestedActions(detail: CaseDetail, actions: readonly CaseAction[]): CaseAction[] {
  const signedThroughTicket = detail.case.channel === 'hotline';
  return actions.filter(
    (action) => detail.allowedActions.includes(action) && !(signedThroughTicket && action === 'accept'),
  );
}
