import { type Static, Type } from 'typebox';
import { LiteralUnion, Nullable, Uuid } from '../http/common.schemas.js';

// 帮办代办 (errands run for residents) and 矛盾调解 (mediation), seed 001.

const RegionCode = Type.String({ pattern: '^[0-9]{6,15}$', examples: ['220104004001001'] });
const Day = Type.String({ format: 'date' });
const ErrandKind = LiteralUnion([
  'senior_card',
  'medical_insurance',
  'relief',
  'certificate',
  'other',
] as const);
const ErrandState = LiteralUnion(['received', 'submitted', 'completed', 'cancelled'] as const);
const DisputeKind = LiteralUnion(['neighbour', 'family', 'property', 'other'] as const);

export const FieldworkIdParams = Type.Object({ id: Uuid });

export const ErrandBody = Type.Object(
  {
    regionCode: RegionCode,
    kind: ErrandKind,
    forName: Type.String({ minLength: 1, maxLength: 50 }),
    /** The resident's account, when they asked through the app: they follow the errand there. */
    requesterId: Type.Optional(Uuid),
    /** Or the phone number the resident signed up with, as staff at the counter know them. */
    requesterPhone: Type.Optional(Type.String({ minLength: 1, maxLength: 32, examples: ['13800138000'] })),
    office: Type.Optional(Type.String({ maxLength: 100 })),
    deadline: Day,
    documents: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 20 })),
  },
  {
    additionalProperties: false,
    examples: [
      {
        regionCode: '220104004001001',
        kind: 'senior_card',
        forName: '王秀兰',
        office: '区政务服务中心',
        deadline: '2026-12-20',
        documents: ['身份证', '户口本'],
      },
    ],
  },
);

export const ErrandStepBody = Type.Object(
  {
    state: ErrandState,
    note: Type.Optional(Type.String({ maxLength: 500 })),
    office: Type.Optional(Type.String({ maxLength: 100 })),
    /** Documents returned to the resident with this step, by name. */
    returned: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 60 }), { maxItems: 20 })),
  },
  { additionalProperties: false },
);

export const Errand = Type.Object({
  id: Uuid,
  regionCode: Type.String(),
  kind: Type.String(),
  forName: Type.String({ description: 'Masked' }),
  office: Type.String(),
  state: Type.String(),
  deadline: Type.String(),
  overdue: Type.Boolean(),
  documents: Type.Array(
    Type.Object({
      name: Type.String(),
      handedOverAt: Nullable(Type.String()),
      returnedAt: Nullable(Type.String()),
    }),
  ),
  timeline: Type.Array(Type.Object({ at: Type.String(), state: Type.String(), note: Type.String() })),
});
export const ErrandList = Type.Array(Errand);
export const ErrandsQuery = Type.Object(
  { regionCode: Type.Optional(RegionCode), state: Type.Optional(ErrandState) },
  { additionalProperties: false },
);

export const DisputeBody = Type.Object(
  {
    regionCode: RegionCode,
    kind: DisputeKind,
    summary: Type.String({ minLength: 1, maxLength: 1000 }),
    parties: Type.Array(
      Type.Object(
        { name: Type.String({ minLength: 1, maxLength: 50 }), side: Type.String({ maxLength: 30 }) },
        { additionalProperties: false },
      ),
      { minItems: 2, maxItems: 10 },
    ),
  },
  { additionalProperties: false },
);
export const SessionBody = Type.Object(
  { note: Type.String({ minLength: 1, maxLength: 2000 }) },
  { additionalProperties: false },
);
export const SettleBody = Type.Object(
  {
    outcome: Type.Union([Type.Literal('agreed'), Type.Literal('failed')]),
    agreement: Type.Optional(Type.String({ maxLength: 2000 })),
    followUpOn: Type.Optional(Day),
  },
  { additionalProperties: false },
);
export const FollowedUpBody = Type.Object(
  { note: Type.String({ minLength: 1, maxLength: 1000 }) },
  { additionalProperties: false },
);

export const Dispute = Type.Object({
  id: Uuid,
  regionCode: Type.String(),
  kind: Type.String(),
  summary: Type.String(),
  parties: Type.Array(Type.Object({ name: Type.String({ description: 'Masked' }), side: Type.String() })),
  state: Type.String(),
  agreement: Type.String(),
  followUpOn: Nullable(Type.String()),
  followedUpAt: Nullable(Type.String()),
  sessions: Type.Array(Type.Object({ at: Type.String(), note: Type.String() })),
});
export const DisputeList = Type.Array(Dispute);
export const DisputesQuery = Type.Object(
  { regionCode: Type.Optional(RegionCode) },
  { additionalProperties: false },
);
export const DisputeCounts = Type.Array(
  Type.Object({
    regionCode: Type.String(),
    name: Type.String(),
    open: Type.Integer(),
    agreed: Type.Integer(),
    failed: Type.Integer(),
  }),
);

export type ErrandInput = Static<typeof ErrandBody>;
export type ErrandStep = Static<typeof ErrandStepBody>;
export type Errand = Static<typeof Errand>;
export type DisputeInput = Static<typeof DisputeBody>;
export type Settlement = Static<typeof SettleBody>;
export type Dispute = Static<typeof Dispute>;
export type DisputeCounts = Static<typeof DisputeCounts>;
