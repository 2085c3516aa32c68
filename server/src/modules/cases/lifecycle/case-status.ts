/**
 * The states of a case along the closed loop of CJJ/T 106:
 * 信息收集 → 案卷建立 → 任务派遣 → 任务处理 → 处理反馈 → 核查结案 → 综合评价.
 */
export const CASE_STATUSES = [
  'reported', // 上报: a public report, not yet confirmed
  'verified', // 已核实: a grid worker confirmed it on site
  'registered', // 已受理: the acceptor took it in
  'filed', // 已立案: the shift lead made it a case; waiting for dispatch
  'dispatched', // 已派遣: sent to the responsible unit, waiting for it to accept
  'in_progress', // 处置中: the unit is handling it
  'returned', // 已退回: the unit sent it back to the dispatcher with a reason
  'suspended', // 挂账: cannot be solved now; kept on the books
  'handled', // 已反馈: the unit reports it done; waiting for the on-site check
  'checked', // 已核查: the check passed; waiting for the shift lead to close
  'closed', // 已结案
  'rejected', // 不予受理
  'voided', // 已作废
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** States from which nothing more happens, short of a reopen. */
export const FINAL_STATUSES: readonly CaseStatus[] = ['closed', 'rejected', 'voided'];

export const isOpen = (s: CaseStatus): boolean => !FINAL_STATUSES.includes(s);
