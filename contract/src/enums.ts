import { ACTOR_ROLE_LABELS, ACTOR_ROLES, PERMISSION_LABELS, PERMISSIONS } from './auth/roles.js';
import { CASE_EVENT_ACTION_LABELS, CASE_EVENT_ACTIONS } from './cases/case-action.js';
import { CASE_STATUS_LABELS, CASE_STATUSES } from './cases/case-status.js';
import { CHANNEL_LABELS, CHANNELS } from './cases/channel.js';
import {
  TIME_LIMIT_UNIT_LABELS,
  TIME_LIMIT_UNITS,
  TRAFFIC_LIGHT_LABELS,
  TRAFFIC_LIGHTS,
} from './cases/clock.js';
import {
  FOLLOW_UP_LABELS,
  FOLLOW_UPS,
  REQUEST_TYPE_LABELS,
  REQUEST_TYPES,
  SATISFACTION_LABELS,
  SATISFACTIONS,
  TICKET_STEP_LABELS,
  TICKET_STEPS,
  URGENCIES,
  URGENCY_LABELS,
} from './hotline/hotline-enums.js';
import { LANGUAGE_LABELS, LANGUAGES, type LabelledEnum } from './labels.js';
import { NOTICE_KIND_LABELS, NOTICE_KINDS } from './notifications/notice-kind.js';
import { GRID_TYPE_LABELS, GRID_TYPES, REGION_LEVEL_LABELS, REGION_LEVELS } from './regions/region-level.js';
import { SCORE_PART_LABELS, SCORE_PARTS } from './stats/score-part.js';
import { POST_KIND_LABELS, POST_KINDS } from './whistle/post-kind.js';
import {
  CALL_TARGET_KIND_LABELS,
  CALL_TARGET_KINDS,
  PARTNER_KIND_LABELS,
  PARTNER_KINDS,
  WHISTLE_EVENT_ACTION_LABELS,
  WHISTLE_EVENT_ACTIONS,
  WHISTLE_STATUS_LABELS,
  WHISTLE_STATUSES,
} from './whistle/whistle-enums.js';

const labelled = <V extends string>(
  values: readonly V[],
  labels: LabelledEnum<V>['labels'],
): LabelledEnum<V> => ({
  values,
  labels,
});

/**
 * Every enum the server and the web share, with its labels: the web's i18n reads its enum texts from
 * here, and a test checks that each value of each enum the contract exports is named in every language.
 * An enum whose values are a subset of a wider one (the case actions within the timeline's actions) is
 * labelled through the wider one.
 */
export const LABELLED_ENUMS = {
  caseStatus: labelled(CASE_STATUSES, CASE_STATUS_LABELS),
  caseEventAction: labelled(CASE_EVENT_ACTIONS, CASE_EVENT_ACTION_LABELS),
  channel: labelled(CHANNELS, CHANNEL_LABELS),
  trafficLight: labelled(TRAFFIC_LIGHTS, TRAFFIC_LIGHT_LABELS),
  timeLimitUnit: labelled(TIME_LIMIT_UNITS, TIME_LIMIT_UNIT_LABELS),
  actorRole: labelled(ACTOR_ROLES, ACTOR_ROLE_LABELS),
  permission: labelled(PERMISSIONS, PERMISSION_LABELS),
  regionLevel: labelled(REGION_LEVELS, REGION_LEVEL_LABELS),
  gridType: labelled(GRID_TYPES, GRID_TYPE_LABELS),
  noticeKind: labelled(NOTICE_KINDS, NOTICE_KIND_LABELS),
  postKind: labelled(POST_KINDS, POST_KIND_LABELS),
  whistleStatus: labelled(WHISTLE_STATUSES, WHISTLE_STATUS_LABELS),
  callTargetKind: labelled(CALL_TARGET_KINDS, CALL_TARGET_KIND_LABELS),
  whistleEventAction: labelled(WHISTLE_EVENT_ACTIONS, WHISTLE_EVENT_ACTION_LABELS),
  partnerKind: labelled(PARTNER_KINDS, PARTNER_KIND_LABELS),
  requestType: labelled(REQUEST_TYPES, REQUEST_TYPE_LABELS),
  urgency: labelled(URGENCIES, URGENCY_LABELS),
  satisfaction: labelled(SATISFACTIONS, SATISFACTION_LABELS),
  ticketStep: labelled(TICKET_STEPS, TICKET_STEP_LABELS),
  followUp: labelled(FOLLOW_UPS, FOLLOW_UP_LABELS),
  scorePart: labelled(SCORE_PARTS, SCORE_PART_LABELS),
  language: labelled(LANGUAGES, LANGUAGE_LABELS),
};
