import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { badRequest, forbidden, notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { departments } from '../departments/departments.tables.js';

/**
 * The department a task is sent in the name of: a department's staff send for their own; the
 * administrator names one. Everybody else sends nothing to communities.
 */
export async function sendingDepartment(
  db: Executor,
  actor: AuthUser,
  named: string | undefined,
): Promise<{ id: string; name: string }> {
  const j = actor.jurisdiction;
  let id: string;
  if (j.kind === 'department' && actor.roles.includes('department_staff')) {
    if (named && named !== j.departmentId) {
      throw notFound('DEPARTMENT_NOT_FOUND', `Department ${named} is not yours`);
    }
    id = j.departmentId;
  } else if (actor.roles.includes('admin')) {
    if (!named) throw badRequest('DEPARTMENT_REQUIRED', 'Name the department that sends the task');
    id = named;
  } else {
    throw forbidden('TASKS_DEPARTMENT_ONLY', 'Only a department sends tasks to communities');
  }
  const [department] = await db
    .select({ id: departments.id, name: departments.name })
    .from(departments)
    .where(eq(departments.id, id));
  if (!department) throw notFound('DEPARTMENT_NOT_FOUND', `Department ${id} does not exist`);
  return department;
}
