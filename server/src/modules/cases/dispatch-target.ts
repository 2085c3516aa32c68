import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { AppError, notFound } from '../../lib/errors/app-error.js';
import { departments } from '../departments/departments.tables.js';
import { regions } from '../regions/regions.tables.js';

/** The unit a dispatcher names: a department, or a street or community office. */
export type DispatchTarget = { departmentId: string } | { regionCode: string };

export async function resolveDispatchTarget(
  db: Executor,
  target: DispatchTarget,
): Promise<{ unitDepartmentId: string | null; unitRegionCode: string | null }> {
  if ('departmentId' in target) {
    const [d] = await db
      .select({ id: departments.id })
      .from(departments)
      .where(eq(departments.id, target.departmentId));
    if (!d) throw notFound('DEPARTMENT_NOT_FOUND', `Department ${target.departmentId} does not exist`);
    return { unitDepartmentId: d.id, unitRegionCode: null };
  }
  const [r] = await db
    .select({ code: regions.code, level: regions.level })
    .from(regions)
    .where(eq(regions.code, target.regionCode));
  if (!r) throw notFound('REGION_NOT_FOUND', `Region ${target.regionCode} does not exist`);
  if (r.level !== 'street' && r.level !== 'community') {
    throw new AppError(
      422,
      'NOT_AN_OFFICE',
      'Cases go to a street or community office, not to a grid or district',
    );
  }
  return { unitDepartmentId: null, unitRegionCode: r.code };
}
