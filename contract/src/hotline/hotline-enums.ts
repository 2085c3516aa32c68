import type { EnumLabels } from '../labels.js';

/** 咨询 / 求助 / 投诉 / 举报 / 建议. */
export const REQUEST_TYPES = ['consult', 'help', 'complaint', 'report', 'suggest'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const REQUEST_TYPE_LABELS: EnumLabels<RequestType> = {
  'zh-CN': { consult: '咨询', help: '求助', complaint: '投诉', report: '举报', suggest: '建议' },
  en: {
    consult: 'Consultation',
    help: 'Help',
    complaint: 'Complaint',
    report: 'Report',
    suggest: 'Suggestion',
  },
};

/** Each tier sets the case's overall due date: life and property in hours, complex matters in weeks. */
export const URGENCIES = ['life_property', 'utilities', 'general', 'complex'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const URGENCY_LABELS: EnumLabels<Urgency> = {
  'zh-CN': { life_property: '生命财产安全', utilities: '水电气热', general: '一般诉求', complex: '复杂诉求' },
  en: {
    life_property: 'Life and property',
    utilities: 'Water, power, gas, heat',
    general: 'General',
    complex: 'Complex',
  },
};

export const SATISFACTIONS = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];

export const SATISFACTION_LABELS: EnumLabels<Satisfaction> = {
  'zh-CN': { satisfied: '满意', basically_satisfied: '基本满意', dissatisfied: '不满意' },
  en: { satisfied: 'Satisfied', basically_satisfied: 'Basically satisfied', dissatisfied: 'Dissatisfied' },
};

/** The 12345 ticket's steps around the loop: 签收, 联系来电人 (响应), 回访. */
export const TICKET_STEPS = ['sign', 'contact', 'callback'] as const;
export type TicketStep = (typeof TICKET_STEPS)[number];

export const TICKET_STEP_LABELS: EnumLabels<TicketStep> = {
  'zh-CN': { sign: '签收', contact: '联系来电人', callback: '回访' },
  en: { sign: 'Sign for', contact: 'Contact the caller', callback: 'Call back' },
};

/**
 * What came of a callback when it does not settle the ticket. CALL_AGAIN: not valid; SENT_BACK: not
 * solved, the case went back to its unit as rework; NOT_RESOLVED: not solved, and the case follows a master.
 */
export const FOLLOW_UPS = ['CALL_AGAIN', 'SENT_BACK', 'NOT_RESOLVED'] as const;
export type FollowUpCode = (typeof FOLLOW_UPS)[number];

export const FOLLOW_UP_LABELS: EnumLabels<FollowUpCode> = {
  'zh-CN': {
    CALL_AGAIN: '回访无效（未接通或未答完两个问题），请再次回访。',
    SENT_BACK: '来电人表示问题未解决：案件已退回承办单位返工，办结后请再次回访。',
    NOT_RESOLVED: '来电人表示问题未解决：该案件为重复案件，请将主案件退回返工。',
  },
  en: {
    CALL_AGAIN: 'Not a valid callback (not reached, or not both questions answered): call again.',
    SENT_BACK:
      'The caller says the problem is not solved: the case is back with its unit as rework; call back again once it is handled.',
    NOT_RESOLVED:
      'The caller says the problem is not solved: the case is a duplicate; send its master case back for rework.',
  },
};
