// Refusals of the points shop (积分超市) and its redemptions; spread into zh-CN.ts `errors`.
export const pointsErrorsZh = {
  SHOP_STAFF_ONLY: '只有社区和街道工作人员可以管理积分超市',
  SHOP_REGION_LEVEL: '请选择社区或街道：积分超市按社区或街道设立',
  SHOP_ITEM_NOT_FOUND: '商品不存在或不在您所在的社区、街道',
  SHOP_ITEM_INACTIVE: '该商品已下架',
  SHOP_ITEM_OUT_OF_STOCK: '该商品已兑完',
  REDEMPTION_NOT_FOUND: '没有这条兑换记录',
  REDEMPTION_NOT_PENDING: '该兑换已领取、已取消或已过期',
  PICKUP_CODE_NOT_FOUND: '您辖区内没有待领取的兑换使用此领取码，或已过领取期限',
};
