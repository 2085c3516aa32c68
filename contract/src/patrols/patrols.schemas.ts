import { type Static, Type } from 'typebox';
import { Nullable, PageOf, Uuid, YearMonth } from '../http/common.schemas.js';

// Patrols (一日两巡, seed 000): a grid worker's walks with their tracks, check-ins at required points,
// cases raised on the way, and the rule of how many patrols a day a grid is owed.

const GridCode = Type.String({ pattern: '^[0-9]{15}$', examples: ['220104004001001'] });
const RegionCode = Type.String({ pattern: '^[0-9]{6,15}$', examples: ['220104004001'] });
const Instant = Type.String({ format: 'date-time' });
const Lat = Type.Number({ minimum: -90, maximum: 90 });
const Lng = Type.Number({ minimum: -180, maximum: 180 });

export const PatrolParams = Type.Object({ id: Uuid });

export const PatrolStartBody = Type.Object(
  {
    /** Made by the phone, so a patrol started offline is the same patrol when its start arrives. */
    id: Uuid,
    startedAt: Instant,
  },
  { additionalProperties: false },
);

export const TrackPointBody = Type.Object(
  { lat: Lat, lng: Lng, at: Instant, accuracy: Type.Optional(Type.Number({ minimum: 0, maximum: 10_000 })) },
  { additionalProperties: false },
);
export const TrackBatchBody = Type.Object(
  {
    /** The phone numbers its batches 0, 1, 2, …: a batch sent again is merged once. */
    batch: Type.Integer({ minimum: 0, maximum: 100_000 }),
    points: Type.Array(TrackPointBody, { minItems: 1, maxItems: 500 }),
  },
  { additionalProperties: false },
);

export const CheckinBody = Type.Object(
  {
    /** A check-in by GPS names the point; one by QR code sends what the code carries. */
    pointId: Type.Optional(Uuid),
    qrToken: Type.Optional(Type.String({ pattern: '^[A-Za-z0-9_-]{16,64}$' })),
    lat: Type.Optional(Lat),
    lng: Type.Optional(Lng),
    at: Instant,
  },
  { additionalProperties: false },
);

export const FinishBody = Type.Object({ endedAt: Instant }, { additionalProperties: false });

export const PatrolCheckin = Type.Object({
  pointId: Uuid,
  name: Type.String(),
  at: Instant,
  method: Type.Union([Type.Literal('gps'), Type.Literal('qr')]),
  distanceM: Nullable(Type.Integer()),
});

export const Patrol = Type.Object({
  id: Uuid,
  regionCode: Type.String(),
  workerId: Uuid,
  worker: Type.String(),
  startedAt: Instant,
  endedAt: Nullable(Instant),
  minutes: Type.Integer({ description: 'Working time: start to end, or to the last point while under way' }),
  distanceM: Type.Integer(),
  trackPoints: Type.Integer(),
  coverage: Type.Object({ passed: Type.Integer(), total: Type.Integer() }),
  checkins: Type.Array(PatrolCheckin),
  cases: Type.Array(Type.Object({ id: Uuid, code: Type.String() })),
});
export type Patrol = Static<typeof Patrol>;
export const PatrolPage = PageOf(Patrol);

export const PatrolsQuery = Type.Object(
  {
    regionCode: Type.Optional(RegionCode),
    workerId: Type.Optional(Uuid),
    /** China days, inclusive: 2026-12-01. */
    from: Type.Optional(Type.String({ format: 'date' })),
    to: Type.Optional(Type.String({ format: 'date' })),
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000, default: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  },
  { additionalProperties: false },
);

export const PatrolTrack = Type.Object({
  id: Uuid,
  startedAt: Instant,
  endedAt: Nullable(Instant),
  points: Type.Array(Type.Object({ lat: Type.Number(), lng: Type.Number(), at: Instant })),
  checkins: Type.Array(PatrolCheckin),
  requiredPoints: Type.Array(
    Type.Object({
      id: Uuid,
      name: Type.String(),
      lat: Type.Number(),
      lng: Type.Number(),
      radiusM: Type.Integer(),
    }),
  ),
});

export const PatrolPointBody = Type.Object(
  {
    regionCode: GridCode,
    name: Type.String({ minLength: 1, maxLength: 60 }),
    lat: Lat,
    lng: Lng,
    radiusM: Type.Optional(Type.Integer({ minimum: 5, maximum: 1000 })),
  },
  {
    additionalProperties: false,
    examples: [{ regionCode: '220104004001001', name: '义和路垃圾站', lat: 43.87, lng: 125.32 }],
  },
);
export const PatrolPoint = Type.Object({
  id: Uuid,
  regionCode: Type.String(),
  name: Type.String(),
  lat: Type.Number(),
  lng: Type.Number(),
  radiusM: Type.Integer(),
  /** What the point's printed QR code carries. */
  qrToken: Type.String(),
});
export const PatrolPointList = Type.Array(PatrolPoint);
export const PatrolPointsQuery = Type.Object(
  { regionCode: Type.Optional(RegionCode) },
  { additionalProperties: false },
);

export const PatrolRule = Type.Object({
  regionCode: Type.String({ description: "'' for the city's default" }),
  patrolsPerDay: Type.Integer(),
  minMinutes: Type.Integer(),
});
export const PatrolRuleList = Type.Array(PatrolRule);
export const PatrolRuleBody = Type.Object(
  {
    regionCode: Type.Optional(RegionCode),
    patrolsPerDay: Type.Integer({ minimum: 0, maximum: 10 }),
    minMinutes: Type.Integer({ minimum: 0, maximum: 600 }),
  },
  { additionalProperties: false },
);

export const PatrolMonthQuery = Type.Object(
  { month: YearMonth, regionCode: Type.Optional(RegionCode), workerId: Type.Optional(Uuid) },
  { additionalProperties: false },
);

export const PatrolDay = Type.Object({
  date: Type.String({ format: 'date' }),
  working: Type.Boolean(),
  required: Type.Integer(),
  counted: Type.Integer({ description: 'Finished patrols at least the rule’s minutes long' }),
  missed: Type.Integer(),
  state: Type.Union([
    Type.Literal('met'),
    Type.Literal('missed'),
    Type.Literal('open'),
    Type.Literal('rest'),
  ]),
  patrols: Type.Array(
    Type.Object({ id: Uuid, startedAt: Instant, endedAt: Nullable(Instant), minutes: Type.Integer() }),
  ),
});
export const PatrolCalendar = Type.Object({
  month: Type.String(),
  workers: Type.Array(
    Type.Object({
      workerId: Uuid,
      name: Type.String(),
      regionCode: Type.String(),
      rule: Type.Object({ patrolsPerDay: Type.Integer(), minMinutes: Type.Integer() }),
      days: Type.Array(PatrolDay),
    }),
  ),
});

export const PatrolAssessment = Type.Object({
  month: Type.String(),
  items: Type.Array(
    Type.Object({
      workerId: Uuid,
      name: Type.String(),
      regionCode: Type.String(),
      patrolsRequired: Type.Integer(),
      patrolsCounted: Type.Integer(),
      missed: Type.Integer(),
      /** counted ÷ required, 1 when nothing was required. */
      completionRate: Type.Number(),
      minutes: Type.Integer(),
      distanceKm: Type.Number(),
      checkins: Type.Integer(),
      cases: Type.Integer(),
      /** Average share of the grid's points passed per patrol, 0–1. */
      coverage: Type.Number(),
    }),
  ),
});

export type PatrolTrack = Static<typeof PatrolTrack>;
export type PatrolPoint = Static<typeof PatrolPoint>;
export type PatrolCalendar = Static<typeof PatrolCalendar>;
export type PatrolAssessment = Static<typeof PatrolAssessment>;
export type PatrolDay = Static<typeof PatrolDay>;
export type PatrolPage = Static<typeof PatrolPage>;
