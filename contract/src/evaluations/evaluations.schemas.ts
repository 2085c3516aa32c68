import { type Static, Type } from 'typebox';
import { EVALUATION_MODES, EVALUATION_STATES } from '../enums/enums.js';
import { LiteralUnion, Nullable, Uuid } from '../http/common.schemas.js';

// 民事民评 / 比价评议 (seed 004, Wuhan): a community puts offers side by side (a canteen operator, a
// property firm) and its verified households score them on set criteria, or vote for one: one household,
// one submission. Prices are in fen (分): a meal's price has cents, and fen keep them exact.

const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength });
const CommunityCode = Type.String({ pattern: '^[0-9]{12}$', examples: ['220104004001'] });
const Instant = Type.String({ format: 'date-time' });

export const EvaluationParams = Type.Object({ id: Uuid });

export const EvaluationOfferInput = Type.Object(
  {
    /** Who offers: the bidder's name (a company, a co-operative). */
    name: Text(200),
    // Up to 2 billion fen (20 million yuan), what a 32-bit integer holds.
    priceFen: Type.Integer({ minimum: 0, maximum: 2_000_000_000 }),
    /** What the price is for: 元/餐, 元/月, 元/年. */
    priceUnit: Type.Optional(Type.String({ maxLength: 20 })),
    description: Type.Optional(Type.String({ maxLength: 2000 })),
    /** Photos the creator uploaded (a menu, the premises). */
    photoIds: Type.Optional(Type.Array(Uuid, { maxItems: 9, uniqueItems: true })),
  },
  { additionalProperties: false },
);

export const EvaluationCriterionInput = Type.Object(
  {
    name: Text(100),
    /** Relative weight: a criterion of weight 2 counts twice one of weight 1. */
    weight: Type.Integer({ minimum: 1, maximum: 100 }),
  },
  { additionalProperties: false },
);

export const EvaluationBody = Type.Object(
  {
    /** The community; community staff may leave it out (their own). */
    regionCode: Type.Optional(CommunityCode),
    subject: Text(200),
    description: Type.Optional(Type.String({ maxLength: 4000 })),
    mode: LiteralUnion(EVALUATION_MODES),
    offers: Type.Array(EvaluationOfferInput, { minItems: 2, maxItems: 20 }),
    /** What households score each offer on; required to score, not used to vote. */
    criteria: Type.Optional(Type.Array(EvaluationCriterionInput, { maxItems: 10 })),
    opensAt: Instant,
    closesAt: Instant,
  },
  {
    additionalProperties: false,
    examples: [
      {
        subject: '社区老年食堂运营方比价评议',
        mode: 'score',
        offers: [
          { name: '幸福餐饮公司', priceFen: 1200, priceUnit: '元/餐', description: '两荤两素一汤' },
          { name: '邻里食堂合作社', priceFen: 1000, priceUnit: '元/餐', description: '一荤两素一汤' },
        ],
        criteria: [
          { name: '价格', weight: 40 },
          { name: '质量', weight: 40 },
          { name: '服务', weight: 20 },
        ],
        opensAt: '2026-12-01T08:00:00+08:00',
        closesAt: '2026-12-15T18:00:00+08:00',
      },
    ],
  },
);
export type EvaluationInput = Static<typeof EvaluationBody>;

export const EvaluationListQuery = Type.Object(
  {
    regionCode: Type.Optional(CommunityCode),
    state: Type.Optional(LiteralUnion(EVALUATION_STATES)),
  },
  { additionalProperties: false },
);

export const EvaluationOffer = Type.Object({
  id: Uuid,
  name: Type.String(),
  priceFen: Type.Integer(),
  priceUnit: Type.String(),
  description: Type.String(),
  photoIds: Type.Array(Uuid),
});

export const EvaluationCriterion = Type.Object({ id: Uuid, name: Type.String(), weight: Type.Integer() });

/** The published result of one offer: only aggregates, never a household's submission. */
export const EvaluationOfferResult = Type.Object({
  offerId: Uuid,
  name: Type.String(),
  /** Weighted average of the criteria's averages, 1–5 (score mode); null with no submissions or to vote. */
  score: Nullable(Type.Number()),
  criteria: Type.Array(Type.Object({ criterionId: Uuid, average: Nullable(Type.Number()) })),
  /** Households that voted for it (vote mode); null to score. */
  votes: Nullable(Type.Integer()),
  rank: Type.Integer(),
});

export const EvaluationResults = Type.Object({
  households: Type.Integer(),
  offers: Type.Array(EvaluationOfferResult),
});
export type EvaluationResults = Static<typeof EvaluationResults>;

const evaluationFields = {
  id: Uuid,
  regionCode: Type.String(),
  subject: Type.String(),
  description: Type.String(),
  mode: LiteralUnion(EVALUATION_MODES),
  state: LiteralUnion(EVALUATION_STATES),
  opensAt: Instant,
  closesAt: Instant,
  /** When it was closed: by hand before its time, or its close time once passed. */
  closedAt: Nullable(Instant),
  offers: Type.Array(EvaluationOffer),
  criteria: Type.Array(EvaluationCriterion),
  /** How many households have taken part so far. */
  households: Type.Integer(),
  /** Published once closed; null before. */
  results: Nullable(EvaluationResults),
};

export const Evaluation = Type.Object({ ...evaluationFields, createdAt: Instant });
export type Evaluation = Static<typeof Evaluation>;
export const EvaluationList = Type.Object({ items: Type.Array(Evaluation) });

/** An evaluation as a resident of its community sees it, with whether their household took part. */
export const ResidentEvaluation = Type.Object({ ...evaluationFields, householdTookPart: Type.Boolean() });
export const ResidentEvaluationList = Type.Object({ items: Type.Array(ResidentEvaluation) });

export const EvaluationSubmissionBody = Type.Object(
  {
    /** To score: every offer on every criterion, 1 (poor) to 5 (excellent). */
    scores: Type.Optional(
      Type.Array(
        Type.Object(
          { offerId: Uuid, criterionId: Uuid, score: Type.Integer({ minimum: 1, maximum: 5 }) },
          { additionalProperties: false },
        ),
        { minItems: 1, maxItems: 200 },
      ),
    ),
    /** To vote: the one offer chosen. */
    offerId: Type.Optional(Uuid),
  },
  {
    additionalProperties: false,
    examples: [{ offerId: '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d' }],
  },
);
export type EvaluationSubmissionInput = Static<typeof EvaluationSubmissionBody>;

/** A phone may retry a submission it could not see recorded: the same key returns the first (200). */
export const EvaluationSubmissionHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      pattern: '^[A-Za-z0-9_.:-]{8,200}$',
      description:
        'A key the phone makes once per submission (a UUID); a retry with the same key returns the first',
    }),
  ),
});

export const EvaluationSubmissionRecorded = Type.Object({
  evaluationId: Uuid,
  submittedAt: Instant,
  replayed: Type.Boolean(),
});
