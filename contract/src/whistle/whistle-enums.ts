import { enumLabels, enumValues } from '../enums/enum-text.js';

export const WHISTLE_STATUSES = enumValues('whistleStatus');
export type WhistleStatus = (typeof WHISTLE_STATUSES)[number];
export const WHISTLE_STATUS_LABELS = enumLabels('whistleStatus');

/** Who a whistle calls: a department or a partner unit (a street's whistle), a grid member (a community's). */
export const CALL_TARGET_KINDS = enumValues('callTargetKind');
export type CallTargetKind = (typeof CALL_TARGET_KINDS)[number];
export const CALL_TARGET_KIND_LABELS = enumLabels('callTargetKind');

/** What a whistle order's log records. */
export const WHISTLE_EVENT_ACTIONS = enumValues('whistleEventAction');
export type WhistleEventAction = (typeof WHISTLE_EVENT_ACTIONS)[number];
export const WHISTLE_EVENT_ACTION_LABELS = enumLabels('whistleEventAction');

/** The kinds of unit that join a street's partner alliance (联盟单位). */
export const PARTNER_KINDS = enumValues('partnerKind');
export type PartnerKind = (typeof PARTNER_KINDS)[number];
export const PARTNER_KIND_LABELS = enumLabels('partnerKind');
