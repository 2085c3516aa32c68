import {
  caseLoopRates,
  compositeScore,
  DEFAULT_HOTLINE_WEIGHTS,
  type HotlineWeights,
  resolutionRate,
  responseRate,
  satisfactionRate,
  whistleFigures,
} from './formulas/index.js';
import type { CounterSums } from './kpi-sums.js';

/** The 12345 callback counts the three rates and the composite are worked out from. */
export const hotlineCountsOf = (s: CounterSums) => ({
  validCallbacks: s.hotlineValidCallbacks,
  contacted: s.hotlineContacted,
  resolved: s.hotlineResolved,
  satisfied: s.hotlineSatisfied,
  basicallySatisfied: s.hotlineBasicallySatisfied,
});

/** Every KPI of one scope and period, computed from its summed counters. */
export function kpiReport(s: CounterSums, weights: HotlineWeights = DEFAULT_HOTLINE_WEIGHTS) {
  const hotline = hotlineCountsOf(s);
  return {
    counts: s,
    hotline: {
      ...hotline,
      closedOnCall: s.hotlineClosedOnCall,
      responseRate: responseRate(hotline),
      resolutionRate: resolutionRate(hotline),
      satisfactionRate: satisfactionRate(hotline),
      composite: compositeScore(hotline, weights),
      weights,
    },
    caseLoop: caseLoopRates({
      due: s.due,
      closed: s.closed,
      closedOnTime: s.closedOnTime,
      dispatched: s.dispatched,
      reworked: s.reworked,
      returned: s.returned,
      dispatchedOnTime: s.dispatchedOnTime,
      handled: s.handled,
      handledOnTime: s.handledOnTime,
      filed: s.filed,
      filedOnTime: s.filedOnTime,
      verifiedPublicReports: s.verifiedPublicReports,
    }),
    whistle: whistleFigures({
      whistlesIssued: s.whistlesIssued,
      reportIns: s.reportIns,
      reportInsOnTime: s.reportInsOnTime,
      problemsSolved: s.problemsSolved,
    }),
    evaluation: {
      count: s.evaluations,
      meanScore: s.evaluations > 0 ? s.evaluationScoreSum / s.evaluations : null,
    },
  };
}
export type KpiReport = ReturnType<typeof kpiReport>;
