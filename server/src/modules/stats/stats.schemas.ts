import { Type } from '@fastify/type-provider-typebox';
import { COUNTER_COLUMNS } from './stats.tables.js';

const Rate = Type.Union([Type.Number(), Type.Null()], {
  description: 'a fraction in [0, 1]; null when there is no data',
});
const Period = Type.Object({ from: Type.String(), to: Type.String() });

export const KpiReportSchema = Type.Object({
  counts: Type.Object(Object.fromEntries(COUNTER_COLUMNS.map((c) => [c, Type.Number()]))),
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

export const KpiResponse = Type.Object({ period: Period, ...KpiReportSchema.properties });

export const RankingsResponse = Type.Object({
  kind: Type.String(),
  period: Period,
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
