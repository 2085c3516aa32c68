import type { TaskAdmission, TaskFunding } from '@needle/contract';
import { isWithin } from '../../lib/codes/region-code.js';

/** Why a task is off the list for this department and community: kept with each refusal. */
export const REFUSAL_REASONS = ['not_on_list', 'inactive', 'other_department', 'outside_list_area'] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** What the admission rule needs of an entry of the admitted list. */
export interface ListEntry {
  regionCode: string;
  departmentIds: readonly string[];
  active: boolean;
}

export type Admission =
  | { admitted: true; admission: TaskAdmission; offListBecause: RefusalReason | null }
  | { admitted: false; reason: RefusalReason };

export const isRefusal = (a: Admission): a is Extract<Admission, { admitted: false }> => !a.admitted;

/** Why the entry does not admit the task, or null when it does. */
export function offListReason(
  entry: ListEntry | null,
  departmentId: string,
  communityCode: string,
): RefusalReason | null {
  if (!entry) return 'not_on_list';
  if (!entry.active) return 'inactive';
  if (!entry.departmentIds.includes(departmentId)) return 'other_department';
  if (!isWithin(communityCode, entry.regionCode)) return 'outside_list_area';
  return null;
}

/**
 * 社区事项准入: a department sends a community a task on its admitted list freely; a task off the list
 * only with its funding (费随事转), else it is refused and the reason kept. Funding given with an
 * admitted task is kept too, but does not make it "funded".
 */
export function admit(
  entry: ListEntry | null,
  departmentId: string,
  communityCode: string,
  funding: TaskFunding | undefined,
): Admission {
  const reason = offListReason(entry, departmentId, communityCode);
  if (reason === null) return { admitted: true, admission: 'admitted', offListBecause: null };
  if (funding && funding.amountYuan > 0 && funding.source.trim() !== '') {
    return { admitted: true, admission: 'funded', offListBecause: reason };
  }
  return { admitted: false, reason };
}
