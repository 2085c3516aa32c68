import { type Static, Type } from 'typebox';
import { WISH_STATES } from '../enums/enums.js';
import { LiteralUnion, Nullable, PageOf, Uuid } from '../http/common.schemas.js';

// Micro-wishes (微心愿, seed 001: 243 fulfilled): a resident in need posts a small wish, or a grid worker
// posts it for them; community staff approve it; a volunteer or a partner unit claims it and fulfils
// it with a photo; the wisher confirms.

const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
const CommunityCode = Type.String({ pattern: '^[0-9]{12}$', examples: ['220104004001'] });
const RegionCode = Type.String({ pattern: '^[0-9]{6,15}$', examples: ['220104004'] });
/** A mainland mobile number as people write it, or in E.164. */
const Phone = Type.String({ pattern: '^(\\+86)?1[3-9][0-9]{9}$', examples: ['13800138000'] });
const Paging = {
  page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 1 })),
  pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
};

export const WishParams = Type.Object({ id: Uuid });
export const PublicWishParams = Type.Object({ code: CommunityCode });

export const WishBody = Type.Object(
  {
    /** The wisher's community; a grid worker may leave it out (their grid's). */
    regionCode: Type.Optional(CommunityCode),
    title: Text(100),
    description: Type.Optional(Type.String({ maxLength: 1000 })),
    /**
     * Who the wish is for, when a grid worker or community staff post it on their behalf; a resident
     * posting their own wish leaves it out.
     */
    wisher: Type.Optional(
      Type.Object({ name: Text(50), phone: Type.Optional(Phone) }, { additionalProperties: false }),
    ),
  },
  {
    additionalProperties: false,
    examples: [{ regionCode: '220104004001', title: '想要一台收音机', description: '独居老人，眼睛不好' }],
  },
);

export const WishHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      pattern: '^[A-Za-z0-9_.:-]{8,200}$',
      description:
        'A key the phone makes once per wish (a UUID); a retry with the same key returns the first',
    }),
  ),
});

export const WishesQuery = Type.Object(
  {
    regionCode: Type.Optional(RegionCode),
    state: Type.Optional(LiteralUnion(WISH_STATES)),
    ...Paging,
  },
  { additionalProperties: false },
);

export const OpenWishesQuery = Type.Object(
  { regionCode: Type.Optional(RegionCode), ...Paging },
  { additionalProperties: false },
);

export const WishCountsQuery = Type.Object(
  { regionCode: Type.Optional(RegionCode) },
  { additionalProperties: false },
);

export const ApproveWishBody = Type.Object(
  { note: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);

export const RejectWishBody = Type.Object(
  { reason: Text(500) },
  { additionalProperties: false, examples: [{ reason: '超出微心愿范围，已转民政救助' }] },
);

/**
 * A claim: a volunteer (a resident) sends nothing and claims it themselves; staff record a partner
 * unit's claim on the unit's behalf.
 */
export const ClaimWishBody = Type.Object(
  {
    partnerUnitId: Type.Optional(Uuid),
    note: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);

export const FulfilWishBody = Type.Object(
  {
    note: Type.Optional(Type.String({ maxLength: 1000 })),
    photoIds: Type.Array(Uuid, { minItems: 1, maxItems: 9, uniqueItems: true }),
  },
  {
    additionalProperties: false,
    examples: [{ note: '已送到老人家中', photoIds: ['3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a99'] }],
  },
);

export const ConfirmWishBody = Type.Object(
  { note: Type.Optional(Type.String({ maxLength: 500 })) },
  { additionalProperties: false },
);

/** The wisher as a list shows them: name and number always masked (张**, 138****5678). */
export const Wisher = Type.Object({
  name: Nullable(Type.String()),
  phone: Nullable(Type.String()),
  /** Posted by a grid worker or staff on the wisher's behalf. */
  postedForThem: Type.Boolean(),
});

export const WishEvent = Type.Object({
  at: Type.String({ format: 'date-time' }),
  actorId: Nullable(Uuid),
  action: Type.String(),
  note: Type.String(),
});

const wishFields = {
  id: Uuid,
  regionCode: Type.String(),
  title: Type.String(),
  description: Type.String(),
  state: LiteralUnion(WISH_STATES),
  /** Null where the viewer may not know who wished it (volunteers browsing open wishes). */
  wisher: Nullable(Wisher),
  reviewNote: Nullable(Type.String()),
  claim: Nullable(
    Type.Object({
      kind: Type.Union([Type.Literal('volunteer'), Type.Literal('partner_unit')]),
      /** The partner unit's name; a volunteer is not named. */
      partnerUnitName: Nullable(Type.String()),
      /** Whether the viewer is the volunteer who claimed it. */
      mine: Type.Boolean(),
      claimedAt: Type.String({ format: 'date-time' }),
    }),
  ),
  fulfilment: Nullable(
    Type.Object({
      note: Type.String(),
      photoIds: Type.Array(Uuid),
      at: Type.String({ format: 'date-time' }),
    }),
  ),
  confirmedAt: Nullable(Type.String({ format: 'date-time' })),
  createdAt: Type.String({ format: 'date-time' }),
};
export const Wish = Type.Object(wishFields);
export type Wish = Static<typeof Wish>;
export const WishDetail = Type.Object({ ...wishFields, events: Type.Array(WishEvent) });
export type WishDetail = Static<typeof WishDetail>;
export const WishPage = PageOf(Wish);
export const WishList = Type.Object({ items: Type.Array(Wish) });
export const WishPosted = Type.Object({ wish: Wish, replayed: Type.Boolean() });

const Count = Type.Integer({ minimum: 0 });
/** How many wishes of each community reached each step (a fulfilled wish was also approved and claimed). */
export const WishCounts = Type.Object({
  items: Type.Array(
    Type.Object({
      regionCode: Type.String(),
      name: Type.String(),
      posted: Count,
      approved: Count,
      claimed: Count,
      fulfilled: Count,
      confirmed: Count,
    }),
  ),
});
export type WishCounts = Static<typeof WishCounts>;

/** What anyone may read of a community's wishes: the counts only. */
export const PublicWishCounts = Type.Object({
  community: Type.Object({ code: Type.String(), name: Type.String() }),
  posted: Count,
  approved: Count,
  claimed: Count,
  fulfilled: Count,
  confirmed: Count,
});

export type WishInput = Static<typeof WishBody>;
export type ClaimWishInput = Static<typeof ClaimWishBody>;
export type FulfilWishInput = Static<typeof FulfilWishBody>;
export type PublicWishCounts = Static<typeof PublicWishCounts>;
