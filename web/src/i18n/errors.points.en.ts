import type { pointsErrorsZh } from './errors.points.zh-CN';

export const pointsErrorsEn: typeof pointsErrorsZh = {
  SHOP_STAFF_ONLY: 'Only community and street staff keep the points shop',
  SHOP_REGION_LEVEL: 'Choose a community or a street: a points shop is kept per community or street',
  SHOP_ITEM_NOT_FOUND: 'No such item in the shop where you live',
  SHOP_ITEM_INACTIVE: 'This item is no longer offered',
  SHOP_ITEM_OUT_OF_STOCK: 'This item is out of stock',
  REDEMPTION_NOT_FOUND: 'No such redemption of yours',
  REDEMPTION_NOT_PENDING: 'This redemption was already picked up, cancelled or expired',
  PICKUP_CODE_NOT_FOUND:
    'No redemption waiting for pickup in your area has this code, or its pickup time is over',
};
