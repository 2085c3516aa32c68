import { POINT_REASON_LABELS } from '@needle/contract';

// The reporter's points (积分) page and badge; attached in zh-CN.ts under `points`.
export const pointsZh = {
  title: '我的积分',
  balance: '积分余额',
  badge: '积分 {{balance}}',
  rules:
    '您上报的问题立案后即可获得积分，问题吹哨处置还有加分。重复上报或被作废的案件不计积分，已得积分将收回。',
  shopLink: '积分超市：用积分兑换商品',
  history: '积分明细',
  empty: '还没有积分记录',
  reasons: POINT_REASON_LABELS['zh-CN'],
};
