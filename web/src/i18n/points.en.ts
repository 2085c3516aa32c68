import { POINT_REASON_LABELS } from '@needle/contract';
import type { pointsZh } from './points.zh-CN';

export const pointsEn: typeof pointsZh = {
  title: 'My points',
  balance: 'Points balance',
  badge: 'Points {{balance}}',
  rules:
    'Your report earns points once it is filed, and a bonus when it takes a whistle order to solve. Duplicates and voided cases earn nothing, and points already credited for them are taken back.',
  shopLink: 'Points shop: redeem your points',
  history: 'History',
  empty: 'No points yet',
  reasons: POINT_REASON_LABELS.en,
};
