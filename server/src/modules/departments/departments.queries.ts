import type { Executor } from '../../db/database.js';
import { departments } from './departments.tables.js';

/** Every department with what routing needs to know of it. */
export function routingDepartments(db: Executor) {
  return db
    .select({ id: departments.id, type: departments.type, regionCode: departments.regionCode })
    .from(departments);
}
