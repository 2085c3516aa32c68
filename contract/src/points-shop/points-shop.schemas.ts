import { type Static, Type } from 'typebox';
import { REDEMPTION_STATES } from '../enums/enums.js';
import { LiteralUnion, Nullable, Uuid } from '../http/common.schemas.js';

// The points shop (积分超市, seed 002): partner merchants offer items for points, residents redeem them,
// and the merchant completes a redemption by its pickup code. Prices are whole points.

const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
const RegionCode = Type.String({ pattern: '^[0-9]{12}$', examples: ['220104004001'] });
const Price = Type.Integer({ minimum: 1, maximum: 100_000 });
const Stock = Type.Integer({ minimum: 0, maximum: 100_000 });
const At = Type.String({ format: 'date-time' });

export const ShopItemParams = Type.Object({ id: Uuid });
export const RedemptionParams = Type.Object({ id: Uuid });

// --- items, kept by street and community staff for the partner merchants ---

export const ShopItemBody = Type.Object(
  {
    /** The community or street the item is offered in; staff may leave it out (their own). */
    regionCode: Type.Optional(RegionCode),
    /** The partner merchant (a partner unit of the alliance) that hands the item out. */
    partnerUnitId: Uuid,
    name: Text(100),
    description: Type.Optional(Type.String({ maxLength: 1000 })),
    points: Price,
    stock: Stock,
  },
  {
    additionalProperties: false,
    examples: [
      { partnerUnitId: '00000000-0000-4000-8000-000000000000', name: '洗衣液', points: 50, stock: 20 },
    ],
  },
);
export type ShopItemInput = Static<typeof ShopItemBody>;

export const ShopItemPatch = Type.Object(
  {
    name: Type.Optional(Text(100)),
    description: Type.Optional(Type.String({ maxLength: 1000 })),
    points: Type.Optional(Price),
    stock: Type.Optional(Stock),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1, examples: [{ stock: 30 }, { active: false }] },
);
export type ShopItemPatch = Static<typeof ShopItemPatch>;

export const ShopItemsQuery = Type.Object(
  {
    regionCode: Type.Optional(RegionCode),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type ShopItemsQuery = Static<typeof ShopItemsQuery>;

export const ShopItem = Type.Object({
  id: Uuid,
  regionCode: Type.String(),
  regionName: Type.String(),
  partnerUnitId: Uuid,
  partnerUnitName: Type.String(),
  name: Type.String(),
  description: Type.String(),
  points: Type.Integer(),
  stock: Type.Integer(),
  active: Type.Boolean(),
});
export type ShopItem = Static<typeof ShopItem>;
export const ShopItemList = Type.Object({ items: Type.Array(ShopItem) });
export type ShopItemList = Static<typeof ShopItemList>;

// --- redemptions ---

/** A phone may retry a redemption it could not see go through: the same key returns the first (200). */
export const RedeemHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      pattern: '^[A-Za-z0-9_.:-]{8,200}$',
      description:
        'A key the client makes once per redemption (a UUID); a retry with the same key returns the first',
    }),
  ),
});

/** A redemption as its resident sees it: with the pickup code to show the merchant while it is pending. */
export const Redemption = Type.Object({
  id: Uuid,
  itemId: Uuid,
  itemName: Type.String(),
  partnerUnitName: Type.String(),
  regionCode: Type.String(),
  points: Type.Integer(),
  state: LiteralUnion(REDEMPTION_STATES),
  /** Shown only while pending: the merchant scans or types it to hand the item over. */
  pickupCode: Nullable(Type.String()),
  pickupDeadline: At,
  createdAt: At,
  endedAt: Nullable(At),
});
export type Redemption = Static<typeof Redemption>;
export const RedemptionList = Type.Object({ items: Type.Array(Redemption) });
export type RedemptionList = Static<typeof RedemptionList>;

export const Redeemed = Type.Object({ redemption: Redemption, replayed: Type.Boolean() });
export type Redeemed = Static<typeof Redeemed>;

export const RedemptionsQuery = Type.Object(
  { state: Type.Optional(LiteralUnion(REDEMPTION_STATES)) },
  { additionalProperties: false },
);
export type RedemptionsQuery = Static<typeof RedemptionsQuery>;

/** The merchant scans or types the code the resident shows. */
export const PickupBody = Type.Object(
  { code: Type.String({ pattern: '^[A-Za-z0-9]{4,16}$' }) },
  { additionalProperties: false, examples: [{ code: 'K7PX3M9Q' }] },
);
export type PickupBody = Static<typeof PickupBody>;

/** A redemption as staff see it: the resident masked, never the pickup code. */
export const StaffRedemption = Type.Object({
  id: Uuid,
  itemId: Uuid,
  itemName: Type.String(),
  partnerUnitName: Type.String(),
  regionCode: Type.String(),
  points: Type.Integer(),
  state: LiteralUnion(REDEMPTION_STATES),
  residentName: Nullable(Type.String()),
  residentPhone: Nullable(Type.String()),
  pickupDeadline: At,
  createdAt: At,
  endedAt: Nullable(At),
});
export type StaffRedemption = Static<typeof StaffRedemption>;
export const StaffRedemptionList = Type.Object({ items: Type.Array(StaffRedemption) });

export const StaffRedemptionsQuery = Type.Object(
  {
    regionCode: Type.Optional(RegionCode),
    state: Type.Optional(LiteralUnion(REDEMPTION_STATES)),
  },
  { additionalProperties: false },
);
export type StaffRedemptionsQuery = Static<typeof StaffRedemptionsQuery>;
export type StaffRedemptionList = Static<typeof StaffRedemptionList>;
