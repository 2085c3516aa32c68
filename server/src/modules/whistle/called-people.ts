import type { Executor } from '../../db/database.js';
import { unitStaff } from '../cases/recipients.js';

/** Who is told about a call: the called department's staff, or the called member; a partner unit has no accounts. */
export async function recipientsOf(
  tx: Executor,
  call: { departmentId: string | null; userId: string | null },
): Promise<string[]> {
  if (call.departmentId) return unitStaff(tx, { unitDepartmentId: call.departmentId, unitRegionCode: null });
  return call.userId ? [call.userId] : [];
}
