import { type Static, Type } from 'typebox';
import { RANKING_KINDS } from '../enums/enums.js';
import { LiteralUnion, Uuid } from '../http/common.schemas.js';

const Rate = Type.Union([Type.Number(), Type.Null()], {
  description: 'a fraction in [0, 1]; null when there is no data',
});
const Period = Type.Object({ from: Type.String(), to: Type.String() });
/** The rollups lag the events by a moment: how fresh the figures of a response are. */
const AsOf = Type.String({
  format: 'date-time',
  description:
    'the figures include every event acknowledged before this time: now when none is waiting, else when the oldest waiting one was written',
});

/** The counters kept per rollup row; every KPI is a ratio of sums of these (the server's table has one column each). */
export const KpiCounts = Type.Object({
  reported: Type.Number(),
  due: Type.Number(),
  closed: Type.Number(),
  closedOnTime: Type.Number(),
  filed: Type.Number(),
  filedOnTime: Type.Number(),
  dispatched: Type.Number(),
  dispatchedOnTime: Type.Number(),
  reworked: Type.Number(),
  returned: Type.Number(),
  handled: Type.Number(),
  handledOnTime: Type.Number(),
  verifiedPublicReports: Type.Number(),
  hotlineValidCallbacks: Type.Number(),
  hotlineContacted: Type.Number(),
  hotlineResolved: Type.Number(),
  hotlineSatisfied: Type.Number(),
  hotlineBasicallySatisfied: Type.Number(),
  hotlineClosedOnCall: Type.Number(),
  whistlesIssued: Type.Number(),
  reportIns: Type.Number(),
  reportInsOnTime: Type.Number(),
  problemsSolved: Type.Number(),
  evaluations: Type.Number(),
  evaluationScoreSum: Type.Number(),
});

export const KpiReportSchema = Type.Object({
  counts: KpiCounts,
  hotline: Type.Object({
    validCallbacks: Type.Number(),
    contacted: Type.Number(),
    resolved: Type.Number(),
    satisfied: Type.Number(),
    basicallySatisfied: Type.Number(),
    closedOnCall: Type.Number(),
    responseRate: Rate,
    resolutionRate: Rate,
    satisfactionRate: Rate,
    composite: Rate,
    weights: Type.Object({ response: Type.Number(), resolution: Type.Number(), satisfaction: Type.Number() }),
  }),
  caseLoop: Type.Object({
    onTimeClosureRate: Rate,
    closureRate: Rate,
    reworkRate: Rate,
    accurateDispatchRate: Rate,
    onTimeFilingRate: Rate,
    onTimeDispatchRate: Rate,
    onTimeHandlingRate: Rate,
    publicReportRate: Rate,
  }),
  whistle: Type.Object({
    whistlesIssued: Type.Number(),
    reportIns: Type.Number(),
    reportInsOnTime: Type.Number(),
    onTimeReportInRate: Rate,
    problemsSolved: Type.Number(),
  }),
  evaluation: Type.Object({ count: Type.Number(), meanScore: Type.Union([Type.Number(), Type.Null()]) }),
});

export const KpiResponse = Type.Object({ period: Period, asOf: AsOf, ...KpiReportSchema.properties });

export const RankingsResponse = Type.Object({
  kind: Type.String(),
  period: Period,
  asOf: AsOf,
  /** How many units rank in all (the items are one page of them when a page was asked for). */
  total: Type.Integer(),
  page: Type.Integer(),
  pageSize: Type.Integer(),
  items: Type.Array(
    Type.Object({
      unit: Type.String(),
      name: Type.String(),
      rank: Type.Union([Type.Integer(), Type.Null()]),
      score: Type.Union([Type.Number(), Type.Null()]),
      parts: Type.Array(
        Type.Object({
          name: Type.String(),
          value: Rate,
          weight: Type.Number(),
          points: Type.Union([Type.Number(), Type.Null()]),
        }),
      ),
      report: KpiReportSchema,
    }),
  ),
});

const Month = Type.String({ pattern: '^20[0-9]{2}-(0[1-9]|1[0-2])$', examples: ['2026-11'] });
const Day = Type.String({ format: 'date' });
const PeriodQuery = {
  month: Type.Optional(Month),
  from: Type.Optional(Day),
  to: Type.Optional(Day),
};

export const KpiQuery = Type.Object(
  {
    ...PeriodQuery,
    regionCode: Type.Optional(Type.String({ pattern: '^[0-9]{12}([0-9]{3})?$' })),
    departmentId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);

const RegionCode = Type.String({ pattern: '^[0-9]{12}([0-9]{3})?$' });

export const RankingsQuery = Type.Object(
  {
    ...PeriodQuery,
    kind: LiteralUnion(RANKING_KINDS),
    /** Only the units within this region (a drill-down: a district's streets, a street's communities…). */
    regionCode: Type.Optional(RegionCode),
    /** Units whose name contains this text. */
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
    /** Without a page, every unit in one answer; ranks are always over all units, whatever the page. */
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })),
    /** 20 when a page is asked for without it. */
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 200 })),
  },
  { additionalProperties: false },
);

/** A trend: the figures of each day or month of a period, for one region or department. */
export const TrendQuery = Type.Object(
  {
    ...PeriodQuery,
    granularity: Type.Union([Type.Literal('day'), Type.Literal('month')], { default: 'day' }),
    regionCode: Type.Optional(RegionCode),
    departmentId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);

export const TrendResponse = Type.Object({
  granularity: Type.String(),
  period: Period,
  asOf: AsOf,
  /** One point per day ('YYYY-MM-DD') or month ('YYYY-MM') of the period, empty ones included. */
  points: Type.Array(Type.Object({ bucket: Type.String(), report: KpiReportSchema })),
});

/** The categories that rise fastest: reports in the period against the period just before, as long. */
export const RisingCategoriesQuery = Type.Object(
  {
    ...PeriodQuery,
    regionCode: Type.Optional(RegionCode),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 10 }),
  },
  { additionalProperties: false },
);

export const RisingCategoriesResponse = Type.Object({
  period: Period,
  previous: Period,
  asOf: AsOf,
  items: Type.Array(
    Type.Object({
      categoryCode: Type.String(),
      name: Type.String(),
      current: Type.Integer(),
      previous: Type.Integer(),
      /** current − previous */
      change: Type.Integer(),
      /** change / previous; null when there were none before */
      growth: Type.Union([Type.Number(), Type.Null()]),
    }),
  ),
});

/** The big screen's live feed: case events in the jurisdiction after a cursor, without personal data. */
export const FeedQuery = Type.Object(
  {
    after: Type.Optional(Type.Integer({ minimum: 0, description: 'the last event id already seen' })),
    limit: Type.Integer({ minimum: 1, maximum: 100, default: 20 }),
  },
  { additionalProperties: false },
);

export const FeedResponse = Type.Object({
  /** Pass it back as `after` to get only what happened since. */
  cursor: Type.Integer(),
  items: Type.Array(
    Type.Object({
      id: Type.Integer(),
      at: Type.String(),
      action: Type.String(),
      toStatus: Type.String(),
      caseId: Type.String(),
      caseCode: Type.String(),
      categoryCode: Type.String(),
      channel: Type.String(),
      regionCode: Type.String(),
      /** The community and street the case lies in, by name. */
      place: Type.String(),
    }),
  ),
});

export const RebuildResult = Type.Object({
  events: Type.Integer(),
  rows: Type.Integer(),
  cases: Type.Integer(),
});

export type Rate = Static<typeof Rate>;
export type Period = Static<typeof Period>;
export type KpiCounts = Static<typeof KpiCounts>;
export type KpiReport = Static<typeof KpiReportSchema>;
export type HotlineRates = KpiReport['hotline'];
export type WhistleFigures = KpiReport['whistle'];
export type Kpis = Static<typeof KpiResponse>;
export type Rankings = Static<typeof RankingsResponse>;
export type RankedUnit = Rankings['items'][number];
export type KpiFilter = Static<typeof KpiQuery>;
export type RankingsFilter = Static<typeof RankingsQuery>;
export type Trend = Static<typeof TrendResponse>;
export type TrendPoint = Trend['points'][number];
export type RisingCategories = Static<typeof RisingCategoriesResponse>;
export type RisingCategory = RisingCategories['items'][number];
export type Feed = Static<typeof FeedResponse>;
export type FeedItem = Feed['items'][number];
/** One weighted part of a score: value × weight × 100 = points; weight 0 when the part has no data. */
export type ScorePartValue = RankedUnit['parts'][number];
