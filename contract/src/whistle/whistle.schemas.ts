import { type Static, Type } from 'typebox';
import { PARTNER_KINDS, WHISTLE_STATUSES } from '../enums/enums.js';
import { LiteralUnion, Nullable, PageOf, Uuid, YearMonth } from '../http/common.schemas.js';

const Task = Type.String({ minLength: 1, maxLength: 1000 });
const Mark = Type.Union([
  Type.Literal(1),
  Type.Literal(2),
  Type.Literal(3),
  Type.Literal(4),
  Type.Literal(5),
]);
const Lat = Type.Number({ minimum: -90, maximum: 90 });
const Lng = Type.Number({ minimum: -180, maximum: 180 });

export const OrderParams = Type.Object({ id: Uuid });
export const CallParams = Type.Object({ id: Uuid, callId: Uuid });

export const IssueBody = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 100 }),
    task: Type.String({ minLength: 1, maxLength: 4000 }),
    place: Type.String({ minLength: 1, maxLength: 200 }),
    lat: Type.Optional(Lat),
    lng: Type.Optional(Lng),
    meetAt: Type.Optional(Type.String({ format: 'date-time' })),
    reportDeadlineAt: Type.Optional(
      Type.String({
        format: 'date-time',
        description: 'Report-in deadline; by default whistleReportHours (setting) after issue',
      }),
    ),
    caseIds: Type.Optional(Type.Array(Uuid, { maxItems: 50, uniqueItems: true })),
    calls: Type.Array(
      Type.Union([
        Type.Object({ departmentId: Uuid, task: Task }, { additionalProperties: false }),
        Type.Object({ partnerUnitId: Uuid, task: Task }, { additionalProperties: false }),
        Type.Object({ userId: Uuid, task: Task }, { additionalProperties: false }),
      ]),
      { minItems: 1, maxItems: 50 },
    ),
  },
  {
    additionalProperties: false,
    examples: [
      {
        title: '文林街酒吧一条街综合整治',
        task: '夜间噪音、占道经营、油烟直排联合整治',
        place: '文林街酒吧一条街',
        lat: 43.8791,
        lng: 125.3112,
        meetAt: '2026-11-24T19:30:00+08:00',
        calls: [
          { departmentId: '9b0c3a52-5d1e-4c52-8a43-2f1d5c0e7a11', task: '查处占道经营、油烟直排' },
          { departmentId: '4e7f8b21-3c6d-4a9e-9f10-6b2c8d4e5f22', task: '夜间噪音执法' },
        ],
      },
      {
        title: '义和路井盖缺失',
        task: '设置围挡，疏导行人',
        place: '义和路3号',
        caseIds: ['0f6b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d'],
        calls: [{ userId: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d', task: '现场看护' }],
      },
    ],
  },
);

export const ArriveBody = Type.Object(
  { lat: Lat, lng: Lng, photoId: Uuid },
  {
    additionalProperties: false,
    examples: [{ lat: 43.8791, lng: 125.3112, photoId: '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a99' }],
  },
);

export const CompleteBody = Type.Object(
  { note: Type.String({ minLength: 1, maxLength: 2000 }) },
  { additionalProperties: false, examples: [{ note: '已清理占道摊点6处，责令整改2家' }] },
);

export const CloseBody = Type.Object(
  { note: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false, examples: [{ note: '联合整治完成' }, {}] },
);

export const CancelBody = Type.Object(
  { reason: Type.String({ minLength: 1, maxLength: 2000 }) },
  { additionalProperties: false, examples: [{ reason: '问题已由社区自行解决' }] },
);

export const EscalationBody = Type.Object(
  { caseId: Uuid, reason: Type.String({ minLength: 1, maxLength: 2000 }) },
  {
    additionalProperties: false,
    examples: [{ caseId: '0f6b1c2d-3e4f-4a5b-8c6d-7e8f9a0b1c2d', reason: '涉及多个部门职责，社区无力协调' }],
  },
);

export const CallEvaluationBody = Type.Object(
  {
    reportedInOnTime: Type.Optional(
      Type.Boolean({ description: 'Defaults to the recorded one; may not contradict it' }),
    ),
    solved: Type.Boolean(),
    cooperation: Mark,
    comment: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  {
    additionalProperties: false,
    examples: [{ solved: true, cooperation: 5, comment: '响应迅速，配合到位' }],
  },
);

export const StreetEvaluationBody = Type.Object(
  {
    streetCode: Type.String({ pattern: '^[0-9]{12}$' }),
    month: YearMonth,
    coordination: Mark,
    support: Mark,
    comment: Type.Optional(Type.String({ maxLength: 2000 })),
  },
  {
    additionalProperties: false,
    examples: [{ streetCode: '220104004000', month: '2026-11', coordination: 4, support: 5, comment: '' }],
  },
);

export const WhistleListQuery = Type.Object(
  {
    status: Type.Optional(LiteralUnion(WHISTLE_STATUSES)),
    level: Type.Optional(Type.Integer({ minimum: 2, maximum: 3 })),
    from: Type.Optional(Type.String({ format: 'date' })),
    to: Type.Optional(Type.String({ format: 'date' })),
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
  },
  { additionalProperties: false },
);

export const EvaluationsQuery = Type.Object(
  { month: Type.Optional(YearMonth) },
  { additionalProperties: false },
);

const PartnerKind = LiteralUnion(PARTNER_KINDS);
const Required = Type.Integer({ minimum: 0, maximum: 52 });

export const PartnerUnitsQuery = Type.Object(
  { year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) },
  { additionalProperties: false },
);

export const PartnerUnitBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    kind: PartnerKind,
    regionCode: Type.Optional(Type.String({ pattern: '^[0-9]{12}$' })),
    requiredYearlyResponses: Type.Optional(Required),
  },
  {
    additionalProperties: false,
    examples: [{ name: '师大培训学院', kind: 'ngo', requiredYearlyResponses: 2 }],
  },
);

export const PartnerUnitPatch = Type.Object(
  {
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 100 })),
    requiredYearlyResponses: Type.Optional(Required),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1, examples: [{ requiredYearlyResponses: 4 }] },
);

const Order = Type.Object({
  id: Type.String(),
  code: Type.String({ examples: ['SL-220104004-20261123-01'] }),
  level: Type.Integer(),
  regionCode: Type.String(),
  regionName: Nullable(Type.String()),
  title: Type.String(),
  task: Type.String(),
  place: Type.String(),
  lat: Nullable(Type.Number()),
  lng: Nullable(Type.Number()),
  meetAt: Nullable(Type.String()),
  reportDeadlineAt: Type.String(),
  status: Type.String(),
  issuedBy: Nullable(Type.String()),
  issuedAt: Type.String(),
  closedAt: Nullable(Type.String()),
});

const Call = Type.Object({
  id: Type.String(),
  targetKind: Type.String(),
  departmentId: Nullable(Type.String()),
  partnerUnitId: Nullable(Type.String()),
  userId: Nullable(Type.String()),
  name: Nullable(Type.String()),
  task: Type.String(),
  acknowledgedAt: Nullable(Type.String()),
  arrivedAt: Nullable(Type.String()),
  arrivalLat: Nullable(Type.Number()),
  arrivalLng: Nullable(Type.Number()),
  arrivalPhotoId: Nullable(Type.String()),
  completedAt: Nullable(Type.String()),
  completionNote: Nullable(Type.String()),
  late: Type.Boolean({ description: 'Reported in after the deadline' }),
  overdue: Type.Boolean({ description: 'Not reported in, and the deadline has passed' }),
  evaluation: Nullable(
    Type.Object({
      score: Type.Number(),
      reportedInOnTime: Type.Boolean(),
      solved: Type.Boolean(),
      cooperation: Type.Integer(),
      comment: Type.String(),
      createdAt: Type.String(),
    }),
  ),
});

export const WhistleDetail = Type.Object({
  order: Type.Object({
    ...Order.properties,
    issuedByName: Nullable(Type.String()),
    problemsSolved: Nullable(Type.Integer()),
  }),
  calls: Type.Array(Call),
  cases: Type.Array(Type.Object({ id: Type.String(), code: Type.String(), status: Type.String() })),
  events: Type.Array(
    Type.Object({
      id: Type.Integer(),
      at: Type.String(),
      actorId: Nullable(Type.String()),
      actorName: Nullable(Type.String()),
      action: Type.String(),
      callId: Nullable(Type.String()),
      note: Type.String(),
      data: Type.Unknown(),
    }),
  ),
});

const Count = Type.Integer({ minimum: 0 });
export const WhistleList = PageOf(
  Type.Object({
    ...Order.properties,
    caseCount: Count,
    calls: Type.Object({
      total: Count,
      acknowledged: Count,
      arrived: Count,
      late: Count,
      overdue: Count,
      completed: Count,
    }),
  }),
);

export const EscalationResult = Type.Object({
  caseId: Type.String(),
  caseCode: Type.String(),
  streetCode: Type.String(),
  notified: Type.Integer(),
});

export const PartnerUnit = Type.Object({
  id: Type.String(),
  name: Type.String(),
  kind: Type.String(),
  regionCode: Type.String(),
  requiredYearlyResponses: Type.Integer(),
  active: Type.Boolean(),
  year: Type.Integer(),
  responses: Type.Integer({ description: 'Whistles it reported in on during the year' }),
  belowMinimum: Type.Boolean(),
  createdAt: Type.String(),
});

export const StreetEvaluation = Type.Object({
  id: Type.String(),
  departmentId: Type.String(),
  streetCode: Type.String(),
  streetName: Nullable(Type.String()),
  month: Type.String(),
  coordination: Type.Integer(),
  support: Type.Integer(),
  score: Type.Number(),
  comment: Type.String(),
  createdAt: Type.String(),
});

export const Evaluations = Type.Object({
  month: Type.String(),
  ofDepartments: Type.Array(
    Type.Object({
      id: Type.String(),
      orderId: Type.String(),
      orderCode: Type.String(),
      callId: Type.String(),
      streetCode: Type.String(),
      streetName: Nullable(Type.String()),
      departmentId: Type.String(),
      departmentName: Type.String(),
      reportedInOnTime: Type.Boolean(),
      solved: Type.Boolean(),
      cooperation: Type.Integer(),
      score: Type.Number(),
      comment: Type.String(),
      createdAt: Type.String(),
    }),
  ),
  ofStreets: Type.Array(Type.Object({ ...StreetEvaluation.properties, departmentName: Type.String() })),
});

export const CallEvaluationResult = Type.Object({ score: Type.Number(), whistle: WhistleDetail });

export const ArrivalResult = Type.Object({ late: Type.Boolean(), whistle: WhistleDetail });

export const PartnerUnitList = Type.Object({ year: Type.Integer(), items: Type.Array(PartnerUnit) });

export type IssueInput = Static<typeof IssueBody>;
export type CallRequest = IssueInput['calls'][number];
export type ArrivalInput = Static<typeof ArriveBody>;
export type CallEvaluationInput = Static<typeof CallEvaluationBody>;
export type StreetEvaluationInput = Static<typeof StreetEvaluationBody>;
export type EscalationInput = Static<typeof EscalationBody>;
export type WhistleFilter = Static<typeof WhistleListQuery>;
export type WhistleDetail = Static<typeof WhistleDetail>;
export type WhistleOrderDetail = WhistleDetail['order'];
export type WhistleCall = WhistleDetail['calls'][number];
export type CallEvaluation = NonNullable<WhistleCall['evaluation']>;
export type WhistleEvent = WhistleDetail['events'][number];
export type WhistleList = Static<typeof WhistleList>;
export type WhistleSummary = WhistleList['items'][number];
/** 2: a community whistles its grid members; 3: a street whistles departments and partner units. */
export type WhistleLevel = 2 | 3;
export type CallTarget = { departmentId: string } | { partnerUnitId: string } | { userId: string };
export type EscalationResult = Static<typeof EscalationResult>;
export type PartnerUnit = Static<typeof PartnerUnit>;
export type PartnerUnitInput = Static<typeof PartnerUnitBody>;
export type PartnerUnitChange = Static<typeof PartnerUnitPatch>;
export type PartnerUnitList = Static<typeof PartnerUnitList>;
export type StreetEvaluation = Static<typeof StreetEvaluation>;
export type Evaluations = Static<typeof Evaluations>;
export type DepartmentEvaluation = Evaluations['ofDepartments'][number];
export type CallEvaluationResult = Static<typeof CallEvaluationResult>;
export type ArrivalResult = Static<typeof ArrivalResult>;
export type WhistleOrder = Static<typeof Order>;
export type CallCounts = WhistleSummary['calls'];

/** The SSE event of GET /api/whistles/:id/stream: the order as GET /api/whistles/:id answers it. */
export const WHISTLE_ORDER_EVENT = 'order';
