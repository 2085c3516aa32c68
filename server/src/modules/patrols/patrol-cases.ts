import type { IntakeInput } from '@needle/contract';
import type { AuthUser } from '../auth/auth-user.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { intakeCase } from '../cases/intake.js';
import { ownPatrol } from './patrol-office.js';
import { patrolCases } from './patrols.tables.js';

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
  await ownPatrol(deps.db, actor, patrolId);
  return intakeCase(deps, actor, input, key, {
    within: async (tx, created) => {
      await tx.insert(patrolCases).values({ caseId: created.id, patrolId }).onConflictDoNothing();
    },
  });
}
