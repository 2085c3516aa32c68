import type { EnumLabels } from '../labels.js';

/** The states of a case along the closed loop of CJJ/T 106, in the order a case usually moves. */
export const CASE_STATUSES = [
  'reported',
  'verified',
  'registered',
  'filed',
  'dispatched',
  'in_progress',
  'returned',
  'suspended',
  'handled',
  'checked',
  'closed',
  'rejected',
  'voided',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const isCaseStatus = (value: string): value is CaseStatus => CASE_STATUSES.some((s) => s === value);

// The server's SMS and WeChat notices use the zh-CN names too.
export const CASE_STATUS_LABELS: EnumLabels<CaseStatus> = {
  'zh-CN': {
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
  },
  en: {
    reported: 'Reported',
    verified: 'Verified',
    registered: 'Registered',
    filed: 'Filed',
    dispatched: 'Dispatched',
    in_progress: 'In progress',
    returned: 'Returned',
    suspended: 'Suspended',
    handled: 'Handled',
    checked: 'Checked',
    closed: 'Closed',
    rejected: 'Rejected',
    voided: 'Voided',
  },
};
