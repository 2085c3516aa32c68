// The KPI and ranking shapes of GET /api/stats/*, mirrored from the server's OpenAPI document.

/** Fractions in [0, 1]; null when there is nothing to divide by, which is "no data", not zero. */
export type Rate = number | null;

export interface KpiCounts {
  reported: number;
  due: number;
  closed: number;
  closedOnTime: number;
  filed: number;
  filedOnTime: number;
  dispatched: number;
  dispatchedOnTime: number;
  reworked: number;
  returned: number;
  handled: number;
  handledOnTime: number;
  verifiedPublicReports: number;
  hotlineValidCallbacks: number;
  hotlineContacted: number;
  hotlineResolved: number;
  hotlineSatisfied: number;
  hotlineBasicallySatisfied: number;
  hotlineClosedOnCall: number;
  whistlesIssued: number;
  reportIns: number;
  reportInsOnTime: number;
  problemsSolved: number;
  evaluations: number;
  evaluationScoreSum: number;
}

export interface HotlineRates {
  validCallbacks: number;
  contacted: number;
  resolved: number;
  satisfied: number;
  basicallySatisfied: number;
  closedOnCall: number;
  responseRate: Rate;
  resolutionRate: Rate;
  satisfactionRate: Rate;
  composite: Rate;
  weights: { response: number; resolution: number; satisfaction: number };
}

export const caseLoopRates = [
  'onTimeClosureRate',
  'closureRate',
  'reworkRate',
  'accurateDispatchRate',
  'onTimeFilingRate',
  'onTimeDispatchRate',
  'onTimeHandlingRate',
  'publicReportRate',
] as const;
export type CaseLoopRate = (typeof caseLoopRates)[number];

export interface WhistleFigures {
  whistlesIssued: number;
  reportIns: number;
  reportInsOnTime: number;
  onTimeReportInRate: Rate;
  problemsSolved: number;
}

export interface KpiReport {
  counts: KpiCounts;
  hotline: HotlineRates;
  caseLoop: Record<CaseLoopRate, Rate>;
  whistle: WhistleFigures;
  evaluation: { count: number; meanScore: number | null };
}

export interface Period {
  from: string;
  to: string;
}

export interface Kpis extends KpiReport {
  period: Period;
}

export const rankingKinds = ['street', 'community', 'grid', 'department'] as const;
export type RankingKind = (typeof rankingKinds)[number];

/** One weighted part of a score: value × weight × 100 = points; weight 0 when the part has no data. */
export interface ScorePart {
  name: string;
  value: Rate;
  weight: number;
  points: number | null;
}

export interface RankedUnit {
  /** A region code, or a department id. */
  unit: string;
  name: string;
  rank: number | null;
  score: number | null;
  parts: ScorePart[];
  report: KpiReport;
}

export interface Rankings {
  kind: RankingKind;
  period: Period;
  items: RankedUnit[];
}
