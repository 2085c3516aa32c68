import type { AdmittedTask } from '../api/admittedTasks';

/** Why the server refused a task (it keeps the reason, and answers 422 TASK_NOT_ADMITTED). */
export type RefusalReason = 'not_on_list' | 'inactive' | 'other_department' | 'outside_list_area';

/**
 * The reason, as the server's admission rule decides it, from what the sender picked: the server's
 * answer carries it only in an English sentence, and the sender reads Chinese. Only asked after a
 * refusal, when the task had no funding.
 */
export function refusalReason(
  entry: AdmittedTask | undefined,
  departmentId: string | undefined,
): RefusalReason {
  if (!entry) return 'not_on_list';
  if (!entry.active) return 'inactive';
  if (departmentId && !entry.departments.some((d) => d.id === departmentId)) return 'other_department';
  return 'outside_list_area';
}
