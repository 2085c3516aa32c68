import { ratio } from './ratio.js';

/** Counters of the digital-city-management closed loop (CJJ/T 106) for one unit in a period. */
export interface CaseLoopCounts {
  /**
   * 应结: cases whose closing deadline fell in the period and has passed, or that closed. In a running
   * period a case due next week is not due yet (kpi-sums.ts decides this on the rollup rows).
   */
  due: number;
  closed: number;
  closedOnTime: number;
  dispatched: number;
  /** Dispatched cases sent back for rework (返工) because the on-site check failed. */
  reworked: number;
  /** Dispatched cases the unit returned (退单) as not its responsibility: the dispatch was wrong. */
  returned: number;
  dispatchedOnTime: number;
  handled: number;
  handledOnTime: number;
  filed: number;
  filedOnTime: number;
  /** Public reports that the grid worker verified (核实) and that were filed. */
  verifiedPublicReports: number;
}

type Counts<K extends keyof CaseLoopCounts> = Pick<CaseLoopCounts, K>;

/** 按期结案率 = closed on time / due. */
export function onTimeClosureRate(counts: Counts<'closedOnTime' | 'due'>): number | null {
  return ratio(
    '按期结案率 (onTimeClosureRate)',
    { field: 'closedOnTime', value: counts.closedOnTime },
    { field: 'due', value: counts.due },
  );
}

/** 结案率 = closed / due. */
export function closureRate(counts: Counts<'closed' | 'due'>): number | null {
  return ratio(
    '结案率 (closureRate)',
    { field: 'closed', value: counts.closed },
    { field: 'due', value: counts.due },
  );
}

/** 返工率 = reworked / dispatched; counts against the responsible unit. */
export function reworkRate(counts: Counts<'reworked' | 'dispatched'>): number | null {
  return ratio(
    '返工率 (reworkRate)',
    { field: 'reworked', value: counts.reworked },
    { field: 'dispatched', value: counts.dispatched },
  );
}

/**
 * 准确派遣率 = (dispatched − returned as not the unit's responsibility) / dispatched. It judges the
 * dispatcher: a unit's 退单 says the dispatch went to the wrong unit. Rework is left out on purpose: a
 * failed check judges the unit's work (返工率), not where the case was sent.
 */
export function accurateDispatchRate(counts: Counts<'returned' | 'dispatched'>): number | null {
  // Checked as a share of returns so that returned > dispatched throws instead of giving a negative rate.
  const returned = ratio(
    '准确派遣率 (accurateDispatchRate)',
    { field: 'returned', value: counts.returned },
    { field: 'dispatched', value: counts.dispatched },
  );
  return returned === null ? null : (counts.dispatched - counts.returned) / counts.dispatched;
}

/** 按时立案率 = filed on time / filed. */
export function onTimeFilingRate(counts: Counts<'filedOnTime' | 'filed'>): number | null {
  return ratio(
    '按时立案率 (onTimeFilingRate)',
    { field: 'filedOnTime', value: counts.filedOnTime },
    { field: 'filed', value: counts.filed },
  );
}

/** 按时派遣率 = dispatched on time / dispatched. */
export function onTimeDispatchRate(counts: Counts<'dispatchedOnTime' | 'dispatched'>): number | null {
  return ratio(
    '按时派遣率 (onTimeDispatchRate)',
    { field: 'dispatchedOnTime', value: counts.dispatchedOnTime },
    { field: 'dispatched', value: counts.dispatched },
  );
}

/** 按时处置率 = handled on time / handled. */
export function onTimeHandlingRate(counts: Counts<'handledOnTime' | 'handled'>): number | null {
  return ratio(
    '按时处置率 (onTimeHandlingRate)',
    { field: 'handledOnTime', value: counts.handledOnTime },
    { field: 'handled', value: counts.handled },
  );
}

/** 监督举报率 = verified public reports / filed: how much of the work the public, not patrols, found. */
export function publicReportRate(counts: Counts<'verifiedPublicReports' | 'filed'>): number | null {
  return ratio(
    '监督举报率 (publicReportRate)',
    { field: 'verifiedPublicReports', value: counts.verifiedPublicReports },
    { field: 'filed', value: counts.filed },
  );
}

export interface CaseLoopRates {
  onTimeClosureRate: number | null;
  closureRate: number | null;
  reworkRate: number | null;
  accurateDispatchRate: number | null;
  onTimeFilingRate: number | null;
  onTimeDispatchRate: number | null;
  onTimeHandlingRate: number | null;
  publicReportRate: number | null;
}

/** Every closed-loop rate at once, for a dashboard row. */
export function caseLoopRates(counts: CaseLoopCounts): CaseLoopRates {
  return {
    onTimeClosureRate: onTimeClosureRate(counts),
    closureRate: closureRate(counts),
    reworkRate: reworkRate(counts),
    accurateDispatchRate: accurateDispatchRate(counts),
    onTimeFilingRate: onTimeFilingRate(counts),
    onTimeDispatchRate: onTimeDispatchRate(counts),
    onTimeHandlingRate: onTimeHandlingRate(counts),
    publicReportRate: publicReportRate(counts),
  };
}
