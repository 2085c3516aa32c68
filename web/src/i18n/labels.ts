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
