import { enumLabels, enumValues } from '../enums/enum-text.js';

/**
 * What a notice tells its reader: a case was assigned to you or your unit, one you hold is due soon or
 * overdue, one you handled was sent back (退回), a leader supervises (督办) one you hold, or one you
 * reported moved on. The case module picks the kind; the inbox and the city's SMS and WeChat gateway
 * (through the webhook) use it to choose wording and urgency.
 */
export const NOTICE_KINDS = enumValues('noticeKind');
export type NoticeKind = (typeof NOTICE_KINDS)[number];
export const NOTICE_KIND_LABELS = enumLabels('noticeKind');
