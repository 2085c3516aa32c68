import {
  ACTOR_ROLE_LABELS,
  CALL_TARGET_KIND_LABELS,
  CASE_EVENT_ACTION_LABELS,
  CASE_LOOP_RATE_LABELS,
  CASE_STATUS_LABELS,
  CHANNEL_LABELS,
  GRID_TYPE_LABELS,
  type Language,
  NOTICE_KIND_LABELS,
  PARTNER_KIND_LABELS,
  POST_KIND_LABELS,
  RANKING_KIND_LABELS,
  REGION_LEVEL_LABELS,
  REQUEST_TYPE_LABELS,
  SATISFACTION_LABELS,
  SCORE_PART_LABELS,
  TASK_QUEUE_LABELS,
  TIME_LIMIT_UNIT_LABELS,
  TRAFFIC_LIGHT_LABELS,
  URGENCY_LABELS,
  WHISTLE_EVENT_ACTION_LABELS,
  WHISTLE_STATUS_LABELS,
} from '@needle/contract';

// The enums' names are the contract's, shared with the server; each language's messages spread in its own.

export const enumText = (language: Language) => ({
  level: REGION_LEVEL_LABELS[language],
  gridType: GRID_TYPE_LABELS[language],
  caseStatus: CASE_STATUS_LABELS[language],
  taskQueue: TASK_QUEUE_LABELS[language],
  // Actions people take, and events only the system writes; the timeline shows both.
  caseAction: CASE_EVENT_ACTION_LABELS[language],
  role: ACTOR_ROLE_LABELS[language],
  channel: CHANNEL_LABELS[language],
  timeUnit: TIME_LIMIT_UNIT_LABELS[language],
  noticeKind: NOTICE_KIND_LABELS[language],
});

export const lightText = (language: Language, none: string) => ({ ...TRAFFIC_LIGHT_LABELS[language], none });

export const whistleEnumText = (language: Language) => ({
  statuses: WHISTLE_STATUS_LABELS[language],
  targetKinds: CALL_TARGET_KIND_LABELS[language],
  eventActions: WHISTLE_EVENT_ACTION_LABELS[language],
  postKinds: POST_KIND_LABELS[language],
});

export const partnerKindText = (language: Language) => PARTNER_KIND_LABELS[language];

export const hotlineEnumText = (language: Language) => ({
  requestTypes: REQUEST_TYPE_LABELS[language],
  urgencies: URGENCY_LABELS[language],
  satisfactions: SATISFACTION_LABELS[language],
});

export const statsEnumText = (language: Language) => ({
  caseLoopRates: CASE_LOOP_RATE_LABELS[language],
  kinds: RANKING_KIND_LABELS[language],
  parts: SCORE_PART_LABELS[language],
});
