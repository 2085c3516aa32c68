import { type Static, Type } from 'typebox';
import { CaseSchema, IntakeBody } from '../cases/cases.schemas.js';
import { REQUEST_TYPES, SATISFACTIONS, TIME_LIMIT_UNITS, URGENCIES } from '../enums/enums.js';
import { Nullable, PageOf } from '../http/common.schemas.js';

const RequestType = Type.Enum(REQUEST_TYPES);
const Urgency = Type.Enum(URGENCIES);
const Satisfaction = Type.Enum(SATISFACTIONS);
const Note = Type.String({ minLength: 1, maxLength: 2000 });

export const CaseIdParams = Type.Object({ caseId: Type.String({ format: 'uuid' }) });

const intake = IntakeBody.properties;
export const TakeCallBody = Type.Object(
  {
    categoryCode: intake.categoryCode,
    description: intake.description,
    lat: intake.lat,
    lng: intake.lng,
    address: intake.address,
    callerName: Type.String({ minLength: 1, maxLength: 50 }),
    callerPhone: Type.String({ pattern: '^\\+?[0-9 -]{5,20}$' }),
    requestType: RequestType,
    urgency: Urgency,
    answeredOnCall: Type.Optional(
      Type.Boolean({ description: 'Only for a consultation the operator answered during the call' }),
    ),
    toDispatchDesk: Type.Optional(
      Type.Boolean({
        description:
          'Send the ticket to the dispatch desk (转派遣台), filed, for the dispatcher to choose the unit, instead of straight to the routed unit',
      }),
    ),
  },
  {
    additionalProperties: false,
    examples: [
      {
        categoryCode: 'E0550',
        description: '来电人反映惠民路12号门前井盖丢失，行人容易踩空',
        lat: 43.8791,
        lng: 125.3112,
        address: '惠民路12号',
        callerName: '王先生',
        callerPhone: '138 1234 5678',
        requestType: 'complaint',
        urgency: 'life_property',
      },
      {
        categoryCode: 'E1301',
        description: '咨询居住证办理需要哪些材料',
        lat: 43.8791,
        lng: 125.3112,
        callerName: '李女士',
        callerPhone: '+86 13912345678',
        requestType: 'consult',
        urgency: 'general',
        answeredOnCall: true,
      },
    ],
  },
);

export const SignBody = Type.Object(
  { note: Type.Optional(Type.String({ maxLength: 2000 })) },
  { additionalProperties: false, examples: [{ note: '已签收，安排执法中队处置' }, {}] },
);

export const ContactBody = Type.Object(
  { note: Note },
  { additionalProperties: false, examples: [{ note: '已电话联系来电人，约定今日下午到现场' }] },
);

export const CallbackBody = Type.Object(
  {
    reached: Type.Boolean({ description: 'Whether the caller answered' }),
    resolved: Type.Optional(Type.Boolean()),
    satisfaction: Type.Optional(Satisfaction),
    note: Note,
  },
  {
    additionalProperties: false,
    examples: [
      { reached: true, resolved: true, satisfaction: 'satisfied', note: '来电人表示井盖已补装，满意' },
      { reached: false, note: '无人接听' },
      {
        reached: true,
        resolved: false,
        satisfaction: 'dissatisfied',
        note: '来电人称井盖仍未补装，退回重办',
      },
    ],
  },
);

export const TicketListQuery = Type.Object(
  {
    requestType: Type.Optional(RequestType),
    urgency: Type.Optional(Urgency),
    signed: Type.Optional(Type.Boolean()),
    contacted: Type.Optional(Type.Boolean()),
    calledBack: Type.Optional(Type.Boolean({ description: 'validly called back (有效回访)' })),
    page: Type.Integer({ minimum: 1, maximum: 10_000, default: 1 }),
    pageSize: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
  },
  { additionalProperties: false },
);

export const TicketSchema = Type.Object({
  caseId: Type.String(),
  caseCode: Type.String({ examples: ['220104004-20261123-0007'] }),
  requestType: RequestType,
  urgency: Urgency,
  callerName: Nullable(Type.String()),
  callerPhone: Nullable(Type.String({ description: 'masked unless you are a hotline operator' })),
  signDueAt: Type.String(),
  signedAt: Nullable(Type.String()),
  contactDueAt: Type.String(),
  contactedAt: Nullable(Type.String()),
  closedOnCall: Type.Boolean(),
  callbackAt: Nullable(Type.String()),
  callbackValid: Nullable(Type.Boolean()),
  resolved: Nullable(Type.Boolean()),
  satisfaction: Type.Union([Satisfaction, Type.Null()]),
  regionCode: Type.String(),
});

export const RelatedTicket = Type.Object({
  caseId: Type.String(),
  code: Type.String(),
  categoryCode: Type.String(),
  status: Type.String(),
  description: Type.String(),
  createdAt: Type.String(),
  requestType: RequestType,
  urgency: Urgency,
  sameCategory: Type.Boolean({ description: 'about the same kind of problem: a repeated complaint' }),
});

const CaseSummary = Type.Object({
  id: Type.String(),
  code: Type.String(),
  status: Type.String(),
  categoryCode: Type.String(),
  description: Type.String(),
  address: Type.String(),
  unitDepartmentId: Nullable(Type.String()),
  unitRegionCode: Nullable(Type.String()),
  dueAt: Type.String(),
  closedAt: Nullable(Type.String()),
  createdAt: Type.String(),
});

export const TicketDetail = Type.Object({
  ticket: TicketSchema,
  case: CaseSchema,
  related: Type.Array(RelatedTicket),
});

export const TakeCallResult = Type.Object({
  ticket: TicketSchema,
  case: CaseSchema,
  relatedTickets: Type.Array(RelatedTicket),
  replayed: Type.Boolean(),
});

export const CallbackResult = Type.Object({
  ...TicketDetail.properties,
  followUp: Type.Union([
    Type.Object({
      code: Type.Union(
        [Type.Literal('CALL_AGAIN'), Type.Literal('SENT_BACK'), Type.Literal('NOT_RESOLVED')],
        {
          description:
            'CALL_AGAIN: not a valid callback; SENT_BACK: not solved, the case is back with its unit as rework; NOT_RESOLVED: not solved, and the case follows a master case',
        },
      ),
      message: Type.String(),
      caseAction: Type.Union([Type.Literal('check_fail'), Type.Null()], {
        description: 'the step of the loop the callback took on the case',
      }),
    }),
    Type.Null(),
  ]),
});

export const TicketPage = PageOf(Type.Object({ ticket: TicketSchema, case: CaseSummary }));

const Limit = Type.Object({ amount: Type.Number(), unit: Type.Enum(TIME_LIMIT_UNITS) });

/** How GET /api/settings shows the 12345 keys; the settings response spreads these properties in. */
export const HotlineSettingsSchema = Type.Object({
  hotlineUrgencyLimits: Type.Object(
    Object.fromEntries(URGENCIES.map((u) => [u, Limit])) as Record<(typeof URGENCIES)[number], typeof Limit>,
  ),
  hotlineSignLimit: Limit,
  hotlineContactLimit: Limit,
  hotlineRateWeights: Type.Object({
    response: Type.Number(),
    resolution: Type.Number(),
    satisfaction: Type.Number(),
  }),
});

export type CallInput = Static<typeof TakeCallBody>;
export type CallbackInput = Static<typeof CallbackBody>;
export type TicketFilter = Static<typeof TicketListQuery>;
export type Ticket = Static<typeof TicketSchema>;
export type RelatedTicket = Static<typeof RelatedTicket>;
export type TicketDetail = Static<typeof TicketDetail>;
export type CallResult = Static<typeof TakeCallResult>;
export type CallbackResult = Static<typeof CallbackResult>;
export type FollowUp = NonNullable<CallbackResult['followUp']>;
export type TicketPage = Static<typeof TicketPage>;
export type TicketRow = TicketPage['items'][number];
export type HotlineSettings = Static<typeof HotlineSettingsSchema>;
/** The case as the ticket list carries it: enough for a row, not the whole case. */
export type TicketCase = TicketRow['case'];
