import type { CaseAction, CaseDetail } from '../api/caseTypes';
import type { Me } from '../api/types';

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
 * by the same state machine that will judge the click.
 */
export function suggestedActions(detail: CaseDetail, actions: readonly CaseAction[]): CaseAction[] {
  return actions.filter((action) => detail.allowedActions.includes(action));
}
