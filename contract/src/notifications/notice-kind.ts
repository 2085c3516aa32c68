import type { EnumLabels } from '../labels.js';

/**
 * What a notice tells its reader. The case module picks the kind; the inbox and the city's SMS and
 * WeChat gateway (through the webhook) use it to choose wording and urgency.
 */
export const NOTICE_KINDS = [
  /** A case was assigned to you or your unit. */
  'assigned',
  /** A case you hold is nearing its deadline. */
  'due_soon',
  /** A case you hold has passed its deadline. */
  'overdue',
  /** A case you handled was sent back (退回) for rework. */
  'returned',
  /** A leader is supervising (督办) a case you hold. */
  'supervised',
  /** A case you reported moved on (accepted, handled, closed…). */
  'status_changed',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const NOTICE_KIND_LABELS: EnumLabels<NoticeKind> = {
  'zh-CN': {
    assigned: '新派遣',
    due_soon: '即将超时',
    overdue: '已超时',
    returned: '案件退回',
    supervised: '督办',
    status_changed: '状态变更',
  },
  en: {
    assigned: 'Assigned',
    due_soon: 'Due soon',
    overdue: 'Overdue',
    returned: 'Returned',
    supervised: 'Supervision',
    status_changed: 'Status changed',
  },
};
