import type { EnumLabels } from '../labels.js';

export const WHISTLE_STATUSES = ['open', 'closed', 'cancelled'] as const;
export type WhistleStatus = (typeof WHISTLE_STATUSES)[number];

export const WHISTLE_STATUS_LABELS: EnumLabels<WhistleStatus> = {
  'zh-CN': { open: '进行中', closed: '已关闭', cancelled: '已取消' },
  en: { open: 'Open', closed: 'Closed', cancelled: 'Called off' },
};

/** Who a whistle calls: a department or a partner unit (a street's whistle), a grid member (a community's). */
export const CALL_TARGET_KINDS = ['department', 'partner', 'member'] as const;
export type CallTargetKind = (typeof CALL_TARGET_KINDS)[number];

export const CALL_TARGET_KIND_LABELS: EnumLabels<CallTargetKind> = {
  'zh-CN': { department: '职能部门', partner: '联盟单位', member: '网格成员' },
  en: { department: 'Department', partner: 'Partner unit', member: 'Grid member' },
};

export const WHISTLE_EVENT_ACTIONS = [
  'issue',
  'acknowledge',
  'arrive',
  'complete',
  'evaluate',
  'close',
  'cancel',
] as const;
export type WhistleEventAction = (typeof WHISTLE_EVENT_ACTIONS)[number];

export const WHISTLE_EVENT_ACTION_LABELS: EnumLabels<WhistleEventAction> = {
  'zh-CN': {
    issue: '吹哨',
    acknowledge: '收到',
    arrive: '报到',
    complete: '完成任务',
    evaluate: '评价',
    close: '关闭',
    cancel: '取消',
  },
  en: {
    issue: 'Whistle blown',
    acknowledge: 'Acknowledged',
    arrive: 'Reported in',
    complete: 'Completed',
    evaluate: 'Evaluated',
    close: 'Closed',
    cancel: 'Called off',
  },
};

/** The kinds of unit that join a street's partner alliance (联盟单位). */
export const PARTNER_KINDS = ['agency', 'company', 'ngo', 'shop', 'volunteer'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export const PARTNER_KIND_LABELS: EnumLabels<PartnerKind> = {
  'zh-CN': { agency: '机关单位', company: '企业', ngo: '社会组织', shop: '商户', volunteer: '志愿队伍' },
  en: { agency: 'Public agency', company: 'Company', ngo: 'NGO', shop: 'Shop', volunteer: 'Volunteer team' },
};
