import type { CaseAction } from '../cases/lifecycle/case-action.js';
import { type CaseStatus, FINAL_STATUSES } from '../cases/lifecycle/case-status.js';

/** GeoReport v2's two statuses of a request. */
export type RequestStatus = 'open' | 'closed';

/** The statuses of the servicerequestupdates extension (as FixMyStreet and its councils use them). */
export const UPDATE_STATUSES = [
  'OPEN',
  'CLOSED',
  'FIXED',
  'IN_PROGRESS',
  'ACTION_SCHEDULED',
  'INVESTIGATING',
  'DUPLICATE',
  'NOT_COUNCILS_RESPONSIBILITY',
  'NO_FURTHER_ACTION',
  'INTERNAL_REFERRAL',
  'REOPEN',
] as const;
export type UpdateStatus = (typeof UPDATE_STATUSES)[number];

export const isUpdateStatus = (s: string): s is UpdateStatus =>
  (UPDATE_STATUSES as readonly string[]).includes(s);

/** closed, rejected and voided are final; every other state is still being worked on. */
export const requestStatusOf = (status: CaseStatus): RequestStatus =>
  FINAL_STATUSES.includes(status) ? 'closed' : 'open';

/**
 * Needle → Open311: how each state of the loop reads as an update status. `handled` and `checked` read
 * FIXED (the unit says it is fixed; then the check confirms it) while the request stays `open` until the
 * formal close; a failed check moves it back to IN_PROGRESS. INTERNAL_REFERRAL counts as closed in
 * FixMyStreet, so a case sent back for another dispatch reads INVESTIGATING instead.
 */
export const UPDATE_STATUS_OF: Record<CaseStatus, UpdateStatus> = {
  reported: 'OPEN',
  verified: 'INVESTIGATING',
  registered: 'INVESTIGATING',
  filed: 'ACTION_SCHEDULED',
  dispatched: 'ACTION_SCHEDULED',
  in_progress: 'IN_PROGRESS',
  // Sent back by the unit, waiting to be dispatched again: still being looked into, not referred away.
  returned: 'INVESTIGATING',
  // 挂账: kept on the books to be done when it can be — scheduled, not abandoned.
  suspended: 'ACTION_SCHEDULED',
  handled: 'FIXED',
  checked: 'FIXED',
  closed: 'CLOSED',
  rejected: 'NOT_COUNCILS_RESPONSIBILITY',
  voided: 'NO_FURTHER_ACTION',
};

/**
 * Open311 → Needle: the lifecycle step each pushed status stands for, tried in order; the first the case
 * is in a state to take is taken, if the client's account may take it (by the same state machine as
 * every other actor). Otherwise the update is recorded on the timeline and the case stays as it is.
 * A DUPLICATE names no master case, so staff link it themselves.
 */
export const LIFECYCLE_STEPS_OF: Record<UpdateStatus, readonly CaseAction[]> = {
  OPEN: ['reopen'],
  REOPEN: ['reopen'],
  INVESTIGATING: ['verify', 'register'],
  ACTION_SCHEDULED: ['file', 'dispatch'],
  IN_PROGRESS: ['accept', 'resume'],
  FIXED: ['feedback', 'close'],
  CLOSED: ['close'],
  DUPLICATE: [],
  NOT_COUNCILS_RESPONSIBILITY: ['reject'],
  NO_FURTHER_ACTION: ['void'],
  INTERNAL_REFERRAL: ['return'],
};

/**
 * What the public may read of each step of a case: a short note in place of the staff's own note, which
 * may name people or internal matters. A step not listed here (supervision, extensions asked or refused,
 * ratings, hotline calls) is internal and is not shown as an update at all.
 */
export const PUBLIC_NOTES: Partial<Record<string, string>> = {
  verify: '网格员已现场核实',
  register: '已受理',
  reject: '不予受理',
  file: '已立案，等待派遣',
  void: '已作废',
  dispatch: '已派遣至责任单位',
  reroute: '已改派至其他责任单位',
  relocate: '已重新定位并派遣',
  accept: '责任单位已接单处置',
  return: '责任单位退回，正在重新派遣',
  approve_extension: '办理期限已延长',
  suspend: '暂时无法处置，已挂账',
  resume: '恢复处置',
  feedback: '责任单位已处置完毕，等待现场核查',
  check_pass: '现场核查通过',
  check_fail: '现场核查未通过，返工处置',
  close: '已结案',
  reopen: '已重新开启处理',
  self_handle: '网格员已现场处置并结案',
  answer_on_call: '已在来电中答复并结案',
  link_duplicate: '与其他案件重复，随主案件一并处理',
  unlink_duplicate: '已取消重复关联，单独处理',
  follow_master: '随主案件状态更新',
};

/** The update status of one timeline step: the step's own meaning where it has one, else its new state. */
export function updateStatusOfEvent(e: { action: string; toStatus: string; data: unknown }): UpdateStatus {
  if (e.action === 'external_update') {
    const pushed = (e.data as { open311Status?: unknown } | null)?.open311Status;
    if (typeof pushed === 'string' && isUpdateStatus(pushed)) return pushed;
  }
  if (e.action === 'reopen') return 'REOPEN';
  if (e.action === 'link_duplicate') return 'DUPLICATE';
  return UPDATE_STATUS_OF[e.toStatus as CaseStatus] ?? 'OPEN';
}
