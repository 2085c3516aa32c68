import type { TFunction } from 'i18next';
import { zhCN } from '../i18n/zh-CN';

// A reason the server added before the web app knew it shows as sent rather than as a key path.
export const pointReasonLabel = (t: TFunction, reason: string): string =>
  Object.hasOwn(zhCN.points.reasons, reason)
    ? t(`points.reasons.${reason as keyof typeof zhCN.points.reasons}`)
    : reason;
