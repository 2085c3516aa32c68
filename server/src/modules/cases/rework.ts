import type { Tx } from '../../db/database.js';
import { applyStep, lockCaseRow, type StepActor, type StepContext } from './apply-step.js';
import type { CaseStatus } from './lifecycle/case-status.js';

/**
 * 返工 on a verdict other than the on-site check, such as the caller's at 回访: the case goes back to the
 * unit that handled it exactly as a failed check sends it (check_fail, counted against that unit in
 * 返工率). A closed case is first reopened to the unit's reported result, which the verdict then fails.
 * Returns false, changing nothing, when the unit has not reported the case handled.
 */
export async function sendBackForRework(
  tx: Tx,
  ctx: StepContext,
  by: StepActor,
  caseId: string,
  note: string,
  data: Record<string, unknown>,
): Promise<boolean> {
  let c = await lockCaseRow(tx, caseId);
  const status = c.status as CaseStatus;
  if (status !== 'handled' && status !== 'checked' && status !== 'closed') return false;
  if (status === 'closed') {
    await applyStep(tx, ctx, by, c, 'reopen', 'handled', { note }, { data });
    c = await lockCaseRow(tx, caseId);
  }
  await applyStep(tx, ctx, by, c, 'check_fail', 'in_progress', { note }, { data });
  return true;
}
