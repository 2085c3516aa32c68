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

export const RankingsQuery = Type.Object(
  {
    ...PeriodQuery,
    kind: LiteralUnion(RANKING_KINDS),
  },
  { additionalProperties: false },
);

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
/** One weighted part of a score: value × weight × 100 = points; weight 0 when the part has no data. */
export type ScorePartValue = RankedUnit['parts'][number];
