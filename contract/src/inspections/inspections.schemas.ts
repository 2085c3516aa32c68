import { type Static, Type } from 'typebox';
import { Nullable, Uuid } from '../http/common.schemas.js';

// Safety inspections (seed 001): targets and their checklists, findings that become rectification
// orders (整改单) with a deadline, the follow-up (回头看) that confirms or reopens them, and each shop's
// signed code (一户一码) with its public page.

const GridCode = Type.String({ pattern: '^[0-9]{15}$', examples: ['220104004001001'] });
const RegionCode = Type.String({ pattern: '^[0-9]{6,15}$', examples: ['220104004001'] });
const Instant = Type.String({ format: 'date-time' });
const Kind = Type.Union([
  Type.Literal('shop'),
  Type.Literal('site'),
  Type.Literal('firm'),
  Type.Literal('stall'),
]);
const Photos = Type.Optional(Type.Array(Uuid, { maxItems: 9, uniqueItems: true }));

export const InspectionIdParams = Type.Object({ id: Uuid });
export const ShopCodeParams = Type.Object({ code: Type.String({ minLength: 1, maxLength: 200 }) });

export const TargetBody = Type.Object(
  {
    regionCode: GridCode,
    kind: Kind,
    name: Type.String({ minLength: 1, maxLength: 60 }),
    address: Type.Optional(Type.String({ maxLength: 200 })),
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    lng: Type.Number({ minimum: -180, maximum: 180 }),
    /** 门前五包 for a shop: 包卫生, 包绿化, 包秩序, 包设施, 包市容, as the street writes them. */
    frontageDuties: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 40 }), { maxItems: 10 })),
  },
  {
    additionalProperties: false,
    examples: [{ regionCode: '220104004001001', kind: 'shop', name: '老王烧烤', lat: 43.9, lng: 125.3 }],
  },
);

export const TargetsQuery = Type.Object(
  {
    regionCode: Type.Optional(RegionCode),
    kind: Type.Optional(Kind),
    repeatOnly: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const InspectionTarget = Type.Object({
  id: Uuid,
  regionCode: Type.String(),
  kind: Type.String(),
  name: Type.String(),
  address: Type.String(),
  lat: Type.Number(),
  lng: Type.Number(),
  frontageDuties: Type.Array(Type.String()),
  openOrders: Type.Integer(),
  overdueOrders: Type.Integer(),
  /** Two orders or more in 90 days. */
  repeatOffender: Type.Boolean(),
  lastInspectedAt: Nullable(Instant),
  lastPassed: Nullable(Type.Boolean()),
});
export const InspectionTargetList = Type.Array(InspectionTarget);

export const ChecklistQuery = Type.Object({ kind: Kind }, { additionalProperties: false });
export const Checklist = Type.Array(Type.String());

export const InspectionBody = Type.Object(
  {
    targetId: Uuid,
    results: Type.Array(
      Type.Object(
        {
          item: Type.String({ minLength: 1, maxLength: 60 }),
          ok: Type.Boolean(),
          note: Type.Optional(Type.String({ maxLength: 500 })),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 30 },
    ),
    note: Type.Optional(Type.String({ maxLength: 1000 })),
    photoIds: Photos,
    /** Days to put each failed item right; 7 when left out. */
    fixWithinDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 90 })),
  },
  { additionalProperties: false },
);

export const RectificationOrder = Type.Object({
  id: Uuid,
  targetId: Uuid,
  target: Type.String(),
  regionCode: Type.String(),
  item: Type.String(),
  finding: Type.String(),
  state: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
  deadline: Instant,
  reopened: Type.Integer(),
  overdue: Type.Boolean(),
  escalation: Type.Union([Type.Literal('none'), Type.Literal('community'), Type.Literal('street')]),
  surpriseAt: Nullable(Instant),
  issuedAt: Instant,
  closedAt: Nullable(Instant),
  photoIds: Type.Array(Uuid),
});
export const RectificationOrderList = Type.Array(RectificationOrder);

export const InspectionRecorded = Type.Object({
  id: Uuid,
  targetId: Uuid,
  at: Instant,
  passed: Type.Boolean(),
  orders: Type.Array(RectificationOrder),
  replayed: Type.Boolean(),
});

export const InspectionHeaders = Type.Object({
  'idempotency-key': Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_.:-]{8,200}$' })),
});

export const OrdersQuery = Type.Object(
  {
    regionCode: Type.Optional(RegionCode),
    targetId: Type.Optional(Uuid),
    state: Type.Optional(Type.Union([Type.Literal('open'), Type.Literal('closed')])),
    overdueOnly: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const FollowUpBody = Type.Object(
  {
    fixed: Type.Boolean(),
    note: Type.String({ minLength: 1, maxLength: 500 }),
    photoIds: Photos,
    /** When not fixed: the new deadline in days; 3 when left out. */
    fixWithinDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 90 })),
  },
  { additionalProperties: false },
);

export const SurpriseBody = Type.Object(
  {
    before: Type.String({
      format: 'date',
      description: 'A China day: the surprise falls between tomorrow and then',
    }),
  },
  { additionalProperties: false },
);

export const ShopCode = Type.Object({ code: Type.String(), url: Type.String() });

/** What anyone who scans a shop's code sees: nothing about people, only the shop and its last inspection. */
export const PublicShop = Type.Object({
  /** The shop's id, for a grid worker who scanned it to open its inspection. */
  id: Uuid,
  name: Type.String(),
  /** Where the shop is: a report from its code is placed here. */
  lat: Type.Number(),
  lng: Type.Number(),
  kind: Type.String(),
  address: Type.String(),
  frontageDuties: Type.Array(Type.String()),
  lastInspection: Nullable(Type.Object({ at: Instant, passed: Type.Boolean(), openOrders: Type.Integer() })),
});

export const ShopReportBody = Type.Object(
  {
    categoryCode: Type.String({ minLength: 1, maxLength: 20 }),
    description: Type.String({ minLength: 1, maxLength: 2000 }),
    photoIds: Photos,
  },
  { additionalProperties: false },
);

export type InspectionTarget = Static<typeof InspectionTarget>;
export type RectificationOrder = Static<typeof RectificationOrder>;
export type PublicShop = Static<typeof PublicShop>;
