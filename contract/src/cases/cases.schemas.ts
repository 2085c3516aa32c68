import { type Static, Type } from 'typebox';
import { CASE_ACTIONS, CASE_STATUSES, CHANNELS } from '../enums/enums.js';
import { LiteralUnion, Nullable, OneOf, PageOf, Uuid } from '../http/common.schemas.js';

export const CaseSchema = Type.Object({
  id: Type.String(),
  code: Type.String({ examples: ['220104004-20261123-0007'] }),
  channel: Type.String(),
  categoryCode: Type.String(),
  status: Type.String(),
  description: Type.String(),
  address: Type.String(),
  lat: Type.Number(),
  lng: Type.Number(),
  gridCode: Type.String(),
  communityCode: Type.String(),
  streetCode: Type.String(),
  districtCode: Type.String(),
  routing: Type.String(),
  unitDepartmentId: Nullable(Type.String()),
  unitRegionCode: Nullable(Type.String()),
  reporterName: Nullable(Type.String()),
  reporterPhone: Nullable(Type.String()),
  stepStartedAt: Type.String(),
  stepDueAt: Nullable(Type.String()),
  overdue: Type.Boolean(),
  light: Type.Union([Type.Literal('green'), Type.Literal('yellow'), Type.Literal('red'), Type.Null()]),
  dueAt: Type.String(),
  extensionRequested: Type.Boolean(),
  reworkCount: Type.Integer(),
  reopenCount: Type.Integer(),
  masterCaseId: Nullable(Type.String()),
  rating: Type.Union([Type.Integer(), Type.Null()]),
  closedAt: Nullable(Type.String()),
  createdAt: Type.String(),
});

export const NearbySchema = Type.Object({
  id: Type.String(),
  code: Type.String(),
  categoryCode: Type.String(),
  status: Type.String(),
  description: Type.String(),
  distanceM: Type.Number(),
  createdAt: Type.String(),
});

export const IntakeBody = Type.Object(
  {
    categoryCode: Type.String({ pattern: '^[CE][0-9]{4}$' }),
    description: Type.String({ minLength: 1, maxLength: 4000 }),
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    lng: Type.Number({ minimum: -180, maximum: 180 }),
    address: Type.Optional(Type.String({ maxLength: 200 })),
    photoIds: Type.Optional(Type.Array(Uuid, { maxItems: 9, uniqueItems: true })),
    reporterName: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
    reporterPhone: Type.Optional(Type.String({ pattern: '^\\+?[0-9 -]{5,20}$' })),
    selfHandled: Type.Optional(Type.Boolean()),
  },
  {
    additionalProperties: false,
    examples: [
      {
        categoryCode: 'E0550',
        description: '惠民路12号门前井盖丢失，行人容易踩空',
        lat: 43.8791,
        lng: 125.3112,
        address: '惠民路12号',
        photoIds: [],
      },
    ],
  },
);

export const IdempotencyHeaders = Type.Object({
  'idempotency-key': Type.String({
    pattern: '^[A-Za-z0-9_.:-]{8,200}$',
    description:
      'A key the client makes once per submission (a UUID); a retry with the same key returns the first case',
  }),
});

export const ActionParams = Type.Object({
  id: Uuid,
  action: LiteralUnion(CASE_ACTIONS),
});

export const ActionBody = Type.Object(
  {
    note: Type.Optional(Type.String({ maxLength: 2000 })),
    photoIds: Type.Optional(Type.Array(Uuid, { maxItems: 9, uniqueItems: true })),
    unit: Type.Optional(
      Type.Union(
        [
          Type.Object({ departmentId: Uuid }, { additionalProperties: false }),
          Type.Object(
            { regionCode: Type.String({ pattern: '^[0-9]{12}$' }) },
            { additionalProperties: false },
          ),
        ],
        { description: 'dispatch: another unit than the routed one; reroute (改派): the unit it moves to' },
      ),
    ),
    place: Type.Optional(
      Type.Object(
        {
          lat: Type.Number({ minimum: -90, maximum: 90 }),
          lng: Type.Number({ minimum: -180, maximum: 180 }),
          address: Type.Optional(Type.String({ maxLength: 200 })),
        },
        {
          additionalProperties: false,
          description: 'relocate (重新定位): where the case really is; it is routed again from there',
        },
      ),
    ),
    extension: Type.Optional(
      Type.Object(
        {
          amount: Type.Integer({ minimum: 1, maximum: 2000 }),
          unit: Type.Union([Type.Literal('working_hours'), Type.Literal('working_days')]),
        },
        { additionalProperties: false },
      ),
    ),
    rating: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })),
  },
  {
    additionalProperties: false,
    examples: [
      { note: '已派城管执法中队现场处置' },
      { note: '已修复', photoIds: [] },
      { note: '属园林绿化职责，改派园林局', unit: { departmentId: '00000000-0000-4000-8000-000000000000' } },
      {
        note: '来电人所说位置在前进街道，重新定位',
        place: { lat: 43.8791, lng: 125.3112, address: '惠民路12号' },
      },
    ],
  },
);

export const CaseListQuery = Type.Object(
  {
    status: Type.Optional(Type.Array(LiteralUnion(CASE_STATUSES), { maxItems: 13 })),
    categoryCode: Type.Optional(Type.String({ pattern: '^[CE][0-9]{4}$' })),
    regionCode: Type.Optional(
      Type.String({ pattern: '^[0-9]{12}([0-9]{3})?$', format: 'region-or-grid-code' }),
    ),
    departmentId: Type.Optional(Uuid),
    unitRegionCode: Type.Optional(Type.String({ pattern: '^[0-9]{12}$' })),
    channel: Type.Optional(LiteralUnion(CHANNELS)),
    overdue: Type.Optional(Type.Boolean()),
    from: Type.Optional(Type.String({ format: 'date' })),
    to: Type.Optional(Type.String({ format: 'date' })),
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
  },
  { additionalProperties: false },
);

export const TimelineEvent = Type.Object({
  id: Type.Integer(),
  at: Type.String(),
  actorId: Nullable(Type.String()),
  actorName: Nullable(Type.String()),
  actorRole: Type.String(),
  action: Type.String(),
  fromStatus: Nullable(Type.String()),
  toStatus: Type.String(),
  note: Type.String(),
  photoIds: Type.Array(Type.String()),
  data: Type.Unknown(),
});

export const CaseParams = Type.Object({ id: Uuid });

/** A 204's empty body. */
export const NoContent = Type.Null();

export const SupervisionSchema = Type.Object({
  id: Type.String(),
  note: Type.String(),
  at: Type.String(),
  reply: Nullable(Type.String()),
  repliedAt: Nullable(Type.String()),
});

export const CaseDetail = Type.Object({
  case: CaseSchema,
  timeline: Type.Array(TimelineEvent),
  supervisions: Type.Array(SupervisionSchema),
  duplicates: Type.Array(Type.Object({ id: Type.String(), code: Type.String() })),
  /** What the viewer may do now, by the same rules that will judge it. */
  allowedActions: Type.Array(OneOf(CASE_ACTIONS)),
});

export const IntakeResult = Type.Object({
  case: CaseSchema,
  replayed: Type.Boolean(),
  possibleDuplicates: Type.Array(NearbySchema),
});

export const NearbyQuery = Type.Object(
  {
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    lng: Type.Number({ minimum: -180, maximum: 180 }),
    categoryCode: Type.String({ pattern: '^[CE][0-9]{4}$' }),
  },
  { additionalProperties: false },
);

export const NearbyList = Type.Object({ items: Type.Array(NearbySchema) });

export const CasePage = PageOf(CaseSchema);

export const LinkBody = Type.Object({ masterCaseId: Uuid }, { additionalProperties: false });

export type Case = Static<typeof CaseSchema>;
export type NearbyCase = Static<typeof NearbySchema>;
export type IntakeInput = Static<typeof IntakeBody>;
export type ActionInput = Static<typeof ActionBody>;
export type CaseFilter = Static<typeof CaseListQuery>;
export type TimelineEvent = Static<typeof TimelineEvent>;
export type Supervision = Static<typeof SupervisionSchema>;
export type CaseDetail = Static<typeof CaseDetail>;

/** GET /api/cases/:id/field-ties: the patrol a case was raised on, the shop whose code it came through. */
export const CaseFieldTies = Type.Object({
  patrol: Nullable(Type.Object({ id: Uuid, startedAt: Type.String({ format: 'date-time' }) })),
  shop: Nullable(Type.Object({ id: Uuid, name: Type.String(), address: Type.String() })),
});
export type CaseFieldTies = Static<typeof CaseFieldTies>;
export type IntakeResult = Static<typeof IntakeResult>;
export type CasePage = Static<typeof CasePage>;
/** A report as the web sends it (the body of POST /api/cases). */
export type CaseReport = IntakeInput;
/** Where a dispatch or a reroute sends a case: a department, or a street or community office. */
export type DispatchUnit = NonNullable<ActionInput['unit']>;
/** The units an extension is asked in. */
export type ExtensionUnit = NonNullable<ActionInput['extension']>['unit'];
