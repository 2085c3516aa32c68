import { enumLabels, enumValues } from '../enums/enum-text.js';

/** 咨询 / 求助 / 投诉 / 举报 / 建议. */
export const REQUEST_TYPES = enumValues('requestType');
export type RequestType = (typeof REQUEST_TYPES)[number];
export const REQUEST_TYPE_LABELS = enumLabels('requestType');

/** Each tier sets the case's overall due date: life and property in hours, complex matters in weeks. */
export const URGENCIES = enumValues('urgency');
export type Urgency = (typeof URGENCIES)[number];
export const URGENCY_LABELS = enumLabels('urgency');

export const SATISFACTIONS = enumValues('satisfaction');
export type Satisfaction = (typeof SATISFACTIONS)[number];
export const SATISFACTION_LABELS = enumLabels('satisfaction');

/** The 12345 ticket's steps around the loop: 签收, 联系来电人 (响应), 回访. */
export const TICKET_STEPS = enumValues('ticketStep');
export type TicketStep = (typeof TICKET_STEPS)[number];
export const TICKET_STEP_LABELS = enumLabels('ticketStep');

/**
 * What came of a callback when it does not settle the ticket. CALL_AGAIN: not valid; SENT_BACK: not
 * solved, the case went back to its unit as rework; NOT_RESOLVED: not solved, and the case follows a master.
 */
export const FOLLOW_UPS = enumValues('followUp');
export type FollowUpCode = (typeof FOLLOW_UPS)[number];
export const FOLLOW_UP_LABELS = enumLabels('followUp');
