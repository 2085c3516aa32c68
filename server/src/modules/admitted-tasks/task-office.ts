import { forbidden } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { jurisdictionPrefix, jurisdictionRoot } from '../auth/jurisdiction.js';
import type { Role } from '../auth/roles.js';

/** Who reads the admitted list, the tasks sent and the report: the offices on either end of a task. */
const TASK_READERS: readonly Role[] = [
  'admin',
  'leader',
  'street_staff',
  'community_staff',
  'department_staff',
];

/**
 * What of the tasks a user sees: those of their area (a region prefix) and, for a department's staff,
 * only their own department's.
 */
export interface TaskScope {
  prefix: string;
  /** The node at the top of the user's area; null for the installation's administrator. */
  root: string | null;
  departmentId: string | null;
}

export function taskScope(user: AuthUser): TaskScope {
  if (!user.roles.some((r) => TASK_READERS.includes(r))) {
    throw forbidden('TASKS_STAFF_ONLY', 'Only staff of departments, streets and communities see these tasks');
  }
  const j = user.jurisdiction;
  return {
    prefix: jurisdictionPrefix(j),
    root: jurisdictionRoot(j),
    departmentId: j.kind === 'department' ? j.departmentId : null,
  };
}

/** The admitted list is the city's rule book, kept by the administrator alone. */
export function assertListKeeper(user: AuthUser): void {
  if (!user.roles.includes('admin')) {
    throw forbidden('ADMITTED_LIST_ADMIN_ONLY', 'Only the administrator keeps the admitted list');
  }
}

/** Only the community's own office, or its street's, marks a task sent to it done. */
export function assertCommunityOffice(user: AuthUser): void {
  const office = user.roles.some((r) => r === 'community_staff' || r === 'street_staff' || r === 'admin');
  if (!office || user.jurisdiction.kind === 'department') {
    throw forbidden('COMMUNITY_OFFICE_ONLY', 'Only the community (or its street) marks its tasks done');
  }
}
