import { type Static, Type } from 'typebox';
import { CASE_STATUSES, CHANNELS, WHISTLE_STATUSES } from '../enums/enums.js';
import { LiteralUnion, Nullable, OneOf, PageOf, Uuid } from '../http/common.schemas.js';

// 每月一题: each month, for each district, the problem its complaints name most and most newly, with
// its cases, what was done about it and how its complaints went before and after.

const Month = Type.String({ pattern: '^20[0-9]{2}-(0[1-9]|1[0-2])$', examples: ['2026-11'] });
const Day = Type.String({ format: 'date' });
const Instant = Type.String({ format: 'date-time' });
const DistrictCode = Type.String({ pattern: '^[0-9]{6}000000$', examples: ['220104000000'] });

export const MonthlyProblemsQuery = Type.Object({ month: Month }, { additionalProperties: false });

export const MonthlyProblemParams = Type.Object({ districtCode: DistrictCode });

export const MonthlyProblemDetailQuery = Type.Object(
  {
    month: Month,
    /** The page of the top problem's cases (20 a page unless pageSize says). */
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 100 })),
  },
  { additionalProperties: false },
);

/** A category's figures in the month, as the choosing rule scores them (server module README). */
export const ProblemFigures = Type.Object({
  categoryCode: Type.String(),
  categoryName: Type.String(),
  /** Complaints (every channel but proactive cases) in the month; a running month so far. */
  complaints: Type.Integer(),
  /** The mean of the three months before, taken over as much of a month as has passed. */
  baseline: Type.Number(),
  /** complaints − baseline. */
  growth: Type.Number(),
  /** growth ÷ baseline; null when there was no baseline. */
  growthRate: Nullable(Type.Number()),
  /** complaints + the growth when positive: what ranks the categories. */
  score: Type.Number(),
  /** Its share of the area's complaints in the month. */
  share: Type.Number(),
});

const MonthHead = {
  month: Type.String(),
  period: Type.Object({ from: Day, to: Day }),
  /** The month has not ended: its figures are so far, against a baseline taken over as many days. */
  running: Type.Boolean(),
  asOf: Instant,
};

/** One district's answer: its area is the district, or the part of it the viewer answers for. */
export const MonthlyProblemRow = Type.Object({
  districtCode: Type.String(),
  districtName: Type.String(),
  /** The area the figures are of: the district, or the viewer's street, community or grid within it. */
  regionCode: Type.String(),
  regionName: Type.String(),
  totalComplaints: Type.Integer(),
  /** Null when the area had no complaints in the month. */
  top: Nullable(ProblemFigures),
  /** The next two, for context. */
  runnersUp: Type.Array(ProblemFigures),
});

export const MonthlyProblemsResponse = Type.Object({ ...MonthHead, items: Type.Array(MonthlyProblemRow) });

/** A complaint of the top problem: no reporter, no description or address (they may name people). */
export const ProblemCase = Type.Object({
  id: Uuid,
  code: Type.String(),
  status: LiteralUnion(CASE_STATUSES),
  channel: OneOf(CHANNELS),
  createdAt: Instant,
  closedAt: Nullable(Instant),
  streetName: Type.String(),
  communityName: Type.String(),
});

export const ProblemActions = Type.Object({
  /** Proactive cases (未诉先办) of the category in the area, opened in the month or since. */
  proactiveCases: Type.Array(
    Type.Object({
      id: Uuid,
      code: Type.String(),
      status: LiteralUnion(CASE_STATUSES),
      createdAt: Instant,
      closedAt: Nullable(Instant),
      streetName: Type.String(),
    }),
  ),
  /** Whistle orders (吹哨报到) that took up complaints of the category in the area from the month on. */
  whistleOrders: Type.Array(
    Type.Object({
      id: Uuid,
      code: Type.String(),
      title: Type.String(),
      status: LiteralUnion(WHISTLE_STATUSES),
      createdAt: Instant,
      cases: Type.Integer({ description: 'how many of its cases are complaints of the category' }),
    }),
  ),
  /** Hotspot proposals of the category in the area that staff accepted, decided in the month or since. */
  acceptedHotspots: Type.Array(
    Type.Object({
      id: Uuid,
      kind: Type.String(),
      streetName: Type.String(),
      observed: Type.Integer(),
      expected: Type.Number(),
      action: Nullable(Type.String()),
      decidedAt: Nullable(Instant),
    }),
  ),
});

/** A week of the before/after trend, counted back and forward from the month's last day. */
export const TrendWeek = Type.Object({
  from: Day,
  to: Day,
  side: Type.Union([Type.Literal('before'), Type.Literal('after')]),
  complaints: Type.Integer(),
  /** The week reaches past today: its count is so far. */
  partial: Type.Boolean(),
});

export const MonthlyProblemDetailResponse = Type.Object({
  ...MonthHead,
  ...MonthlyProblemRow.properties,
  cases: PageOf(ProblemCase),
  actions: ProblemActions,
  trend: Type.Array(TrendWeek),
});

export type MonthlyProblemsResult = Static<typeof MonthlyProblemsResponse>;
export type MonthlyProblemRowView = Static<typeof MonthlyProblemRow>;
export type MonthlyProblemDetail = Static<typeof MonthlyProblemDetailResponse>;
export type ProblemFiguresView = Static<typeof ProblemFigures>;
export type TrendWeekView = Static<typeof TrendWeek>;
