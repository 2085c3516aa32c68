import type { CaseStatus } from '@needle/contract';

// The states of a case along the closed loop of CJJ/T 106 (信息收集 → 案卷建立 → 任务派遣 → 任务处理 →
// 处理反馈 → 核查结案 → 综合评价) are the contract's, shared with the web.
export { CASE_STATUSES, type CaseStatus } from '@needle/contract';

/** States from which nothing more happens, short of a reopen. */
export const FINAL_STATUSES: readonly CaseStatus[] = ['closed', 'rejected', 'voided'];

export const isOpen = (s: CaseStatus): boolean => !FINAL_STATUSES.includes(s);
