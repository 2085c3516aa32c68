import type { Executor } from '../../db/database.js';
import { referenceCache } from '../../lib/cache/reference-cache.js';
import { departments } from './departments.tables.js';

/** Every department with what routing needs to know of it. */
export function routingDepartments(db: Executor) {
  return db
    .select({ id: departments.id, type: departments.type, regionCode: departments.regionCode })
    .from(departments);
}

/** The departments routing reads at every intake, in memory; whoever adds or changes one announces it here. */
export const departmentsCache = referenceCache('needle_departments_changed', routingDepartments);
