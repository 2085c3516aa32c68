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
