import type { CaseStatus } from './case-status.js';

/** The statuses as people say them, for notices sent as SMS or WeChat messages (zh-CN first). */
export const STATUS_NAMES_ZH: Record<CaseStatus, string> = {
  reported: '已上报',
  verified: '已核实',
  registered: '已受理',
  filed: '已立案',
  dispatched: '已派遣',
  in_progress: '处置中',
  returned: '已退回',
  suspended: '已挂账',
  handled: '已反馈',
  checked: '已核查',
  closed: '已结案',
  rejected: '不予受理',
  voided: '已作废',
};
