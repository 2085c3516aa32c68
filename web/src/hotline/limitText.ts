import type { TFunction } from 'i18next';
import type { TimeLimit } from '../api/settings';

/** "2 小时", "7 工作日": a configured time limit in words. */
export const limitText = (t: TFunction, limit: TimeLimit): string =>
  t('hotline.limit', { amount: limit.amount, unit: t(`timeUnit.${limit.unit}`) });
