import type { IntakeInput } from '@needle/contract';
import { eq } from 'drizzle-orm';
import type { AuthUser } from '../auth/auth-user.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { intakeCase } from '../cases/intake.js';
import { gridOfWorker, patrolNotFound } from './patrol-office.js';
import { patrolCases, patrols } from './patrols.tables.js';

/**
 * Raises a case found on a patrol: the grid worker's usual report (channel 巡查), tied to the patrol in
 * the same transaction. The Idempotency-Key makes a retried submission the same case.
 */
export async function raisePatrolCase(
  deps: CaseDeps,
  actor: AuthUser,
  patrolId: string,
  input: IntakeInput,
  key: string,
) {
  // Someone else's patrol is "not found"; one not here yet is the worker's own, still in their phone's queue.
  const [patrol] = await deps.db
    .select({ workerId: patrols.workerId })
    .from(patrols)
    .where(eq(patrols.id, patrolId));
  if (patrol && patrol.workerId !== actor.id) throw patrolNotFound();
  gridOfWorker(actor);
  return intakeCase(deps, actor, input, key, {
    within: async (tx, created) => {
      await tx
        .insert(patrolCases)
        .values({ districtCode: created.districtCode, caseId: created.id, patrolId, workerId: actor.id })
        .onConflictDoNothing();
    },
  });
}
