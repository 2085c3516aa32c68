import type { Tx } from '../../db/database.js';
import { applyStep, lockCaseRow, type StepActor, type StepContext } from './apply-step.js';

/**
 * 直派: a registered case goes straight to the unit the responsibility list routed it to, as it is taken
 * in. It is filed and dispatched in the taker's transaction, each step on the timeline as a desk's would
 * be, so the unit is told, its clock starts, and the rollups count the filing and the dispatch (and
 * later any rework against the unit) as for every other case. Misrouted, it is rerouted or relocated.
 */
export async function dispatchAsRouted(
  tx: Tx,
  ctx: StepContext,
  by: StepActor,
  caseId: string,
): Promise<void> {
  const note = 'sent straight to the unit the responsibility list names';
  const registered = await lockCaseRow(tx, caseId);
  if (registered.status !== 'registered')
    throw new Error(`case ${caseId} is ${registered.status}, not registered`);
  await applyStep(tx, ctx, by, registered, 'file', 'filed', { note }, { data: { direct: true } });
  const filed = await lockCaseRow(tx, caseId);
  await applyStep(
    tx,
    ctx,
    by,
    filed,
    'dispatch',
    'dispatched',
    { note },
    {
      change: { unitDepartmentId: filed.unitDepartmentId, unitRegionCode: filed.unitRegionCode },
      data: { direct: true },
    },
  );
}

/**
 * 转派遣台: a registered case the taker cannot route with confidence (a 疑难复杂 call, a unit the
 * responsibility list does not name well) is filed in the taker's transaction and left to the district's
 * dispatch desk, where it waits in 待派遣 for the dispatcher to choose the unit. The routed unit stays on
 * the case as the desk's suggestion.
 */
export async function fileForTheDesk(tx: Tx, ctx: StepContext, by: StepActor, caseId: string): Promise<void> {
  const registered = await lockCaseRow(tx, caseId);
  if (registered.status !== 'registered')
    throw new Error(`case ${caseId} is ${registered.status}, not registered`);
  await applyStep(
    tx,
    ctx,
    by,
    registered,
    'file',
    'filed',
    { note: 'filed for the dispatch desk to choose the unit' },
    { data: { desk: true } },
  );
}
