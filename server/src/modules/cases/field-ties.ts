import { eq } from 'drizzle-orm';
import type { AuthUser } from '../auth/auth-user.js';
import { inspectionTargets, shopCases } from '../inspections/inspections.tables.js';
import { patrolCases, patrols } from '../patrols/patrols.tables.js';
import type { CaseDeps } from './case-deps.js';
import { caseFor } from './case-queries.js';

/**
 * What a case came out of in the field: the patrol it was raised on, the shop whose code it was
 * reported through. Anyone who may read the case may read these; the patrol's track stays with staff.
 */
export async function fieldTiesOf(deps: CaseDeps, viewer: AuthUser, caseId: string) {
  await caseFor(deps, viewer, caseId, deps.now?.() ?? new Date());
  const [patrol] = await deps.db
    .select({ id: patrols.id, startedAt: patrols.startedAt })
    .from(patrolCases)
    .innerJoin(patrols, eq(patrols.id, patrolCases.patrolId))
    .where(eq(patrolCases.caseId, caseId));
  const [shop] = await deps.db
    .select({ id: inspectionTargets.id, name: inspectionTargets.name, address: inspectionTargets.address })
    .from(shopCases)
    .innerJoin(inspectionTargets, eq(inspectionTargets.id, shopCases.targetId))
    .where(eq(shopCases.caseId, caseId));
  return {
    patrol: patrol ? { id: patrol.id, startedAt: patrol.startedAt.toISOString() } : null,
    shop: shop ?? null,
  };
}
