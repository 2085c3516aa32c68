import type { CaseLoopRate, KpiCounts } from '@needle/contract';

/**
 * The counts each case-loop rate divides (server/src/modules/stats/formulas/case-rates.ts), so the
 * page can show "3 / 4" under "75.0%": a rate alone hides how much it rests on.
 */
const ratios: Record<CaseLoopRate, (c: KpiCounts) => [number, number]> = {
  onTimeClosureRate: (c) => [c.closedOnTime, c.due],
  closureRate: (c) => [c.closed, c.due],
  reworkRate: (c) => [c.reworked, c.dispatched],
  // Returns (退单) judge the dispatch; rework judges the unit and shows under 返工率.
  accurateDispatchRate: (c) => [c.dispatched - c.returned, c.dispatched],
  onTimeFilingRate: (c) => [c.filedOnTime, c.filed],
  onTimeDispatchRate: (c) => [c.dispatchedOnTime, c.dispatched],
  onTimeHandlingRate: (c) => [c.handledOnTime, c.handled],
  publicReportRate: (c) => [c.verifiedPublicReports, c.filed],
};

export const caseLoopRatio = (rate: CaseLoopRate, c: KpiCounts): [number, number] => ratios[rate](c);
