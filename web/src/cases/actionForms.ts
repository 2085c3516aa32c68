import type { CaseAction } from '@needle/contract';

/**
 * What an action asks for before it is sent. `none` acts on click; the rest open a form. The server
 * checks the same requirements (REASON_REQUIRED, PHOTOS_REQUIRED…); asking first saves a round trip.
 */
export type ActionForm =
  | 'none'
  | 'reason'
  | 'feedback'
  | 'check'
  | 'failedCheck'
  | 'dispatch'
  | 'reroute'
  | 'relocate'
  | 'extension'
  | 'rate';

export const actionForms: Record<CaseAction, ActionForm> = {
  verify: 'none',
  register: 'none',
  file: 'none',
  accept: 'none',
  approve_extension: 'none',
  resume: 'none',
  close: 'none',
  // Actions that refuse, undo or judge someone's work must say why.
  reject: 'reason',
  void: 'reason',
  return: 'reason',
  reopen: 'reason',
  suspend: 'reason',
  deny_extension: 'reason',
  supervise: 'reason',
  reply_supervision: 'reason',
  // 核查 is made on site and shows it: a photo taken there; a failed check also says what is still wrong.
  check_pass: 'check',
  check_fail: 'failedCheck',
  feedback: 'feedback',
  dispatch: 'dispatch',
  // 改派 names the new unit, 重新定位 the new point; both say why.
  reroute: 'reroute',
  relocate: 'relocate',
  request_extension: 'extension',
  rate: 'rate',
};

/** Buttons that undo or refuse are drawn in red. */
export const dangerousActions: readonly CaseAction[] = ['reject', 'void', 'return', 'check_fail'];
