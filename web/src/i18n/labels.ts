import type { TFunction } from 'i18next';
import { zhCN } from './zh-CN';

// The server sends statuses, actions and roles as plain strings and may add new ones before the web app
// knows them: a known one gets its translation, an unknown one shows as sent rather than as a key path.
const isKey = <T extends object>(table: T, key: string): key is Extract<keyof T, string> =>
  Object.hasOwn(table, key);

export const statusLabel = (t: TFunction, status: string): string =>
  isKey(zhCN.caseStatus, status) ? t(`caseStatus.${status}`) : status;

export const actionLabel = (t: TFunction, action: string): string =>
  isKey(zhCN.caseAction, action) ? t(`caseAction.${action}`) : action;

export const roleLabel = (t: TFunction, role: string): string =>
  isKey(zhCN.role, role) ? t(`role.${role}`) : role;

export const channelLabel = (t: TFunction, channel: string): string =>
  isKey(zhCN.channel, channel) ? t(`channel.${channel}`) : channel;

export const noticeKindLabel = (t: TFunction, kind: string): string =>
  isKey(zhCN.noticeKind, kind) ? t(`noticeKind.${kind}`) : kind;

export const whistleStatusLabel = (t: TFunction, status: string): string =>
  isKey(zhCN.whistle.statuses, status) ? t(`whistle.statuses.${status}`) : status;

// Level 2 is a community's whistle, level 3 a street's (the ladder of seed 002).
export const whistleLevelLabel = (t: TFunction, level: number): string =>
  level === 2 ? t('whistle.levels.community') : level === 3 ? t('whistle.levels.street') : String(level);

export const callTargetLabel = (t: TFunction, kind: string): string =>
  isKey(zhCN.whistle.targetKinds, kind) ? t(`whistle.targetKinds.${kind}`) : kind;

export const whistleEventLabel = (t: TFunction, action: string): string =>
  isKey(zhCN.whistle.eventActions, action) ? t(`whistle.eventActions.${action}`) : action;

export const postKindLabel = (t: TFunction, kind: string): string =>
  isKey(zhCN.whistle.postKinds, kind) ? t(`whistle.postKinds.${kind}`) : kind;

export const partnerKindLabel = (t: TFunction, kind: string): string =>
  isKey(zhCN.partners.kinds, kind) ? t(`partners.kinds.${kind}`) : kind;

export const scorePartLabel = (t: TFunction, part: string): string =>
  isKey(zhCN.stats.parts, part) ? t(`stats.parts.${part}`) : part;
