import { assertCount, ratio } from './ratio.js';

/** Counters of the whistle overlay (街乡吹哨、部门报到) for one street or community in a period. */
export interface WhistleCounts {
  whistlesIssued: number;
  /** Department report-ins (报到); one whistle summons several departments, so this may exceed whistles. */
  reportIns: number;
  reportInsOnTime: number;
  /** Problems solved by joint action; one whistle can settle several (seed 002: 90+ whistles, 120+ solved). */
  problemsSolved: number;
}

export interface WhistleFigures {
  whistlesIssued: number;
  reportIns: number;
  reportInsOnTime: number;
  /** reportInsOnTime / reportIns; null when no department reported in. */
  onTimeReportInRate: number | null;
  problemsSolved: number;
}

/** The whistle figures: raw counts plus the share of report-ins that came by the deadline. */
export function whistleFigures(counts: WhistleCounts): WhistleFigures {
  const formula = '吹哨报到 (whistleFigures)';
  assertCount(formula, 'whistlesIssued', counts.whistlesIssued);
  assertCount(formula, 'problemsSolved', counts.problemsSolved);
  return {
    whistlesIssued: counts.whistlesIssued,
    reportIns: counts.reportIns,
    reportInsOnTime: counts.reportInsOnTime,
    onTimeReportInRate: ratio(
      formula,
      { field: 'reportInsOnTime', value: counts.reportInsOnTime },
      { field: 'reportIns', value: counts.reportIns },
    ),
    problemsSolved: counts.problemsSolved,
  };
}
