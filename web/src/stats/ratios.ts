import type { CaseLoopRate, KpiCounts } from '../api/statsTypes';

/**
 * The counts each case-loop rate divides (server/src/modules/stats/formulas/case-rates.ts), so the
 * page can show "3 / 4" under "75.0%": a rate alone hides how much it rests on.
 */
export function caseLoopRatio(rate: CaseLoopRate, c: KpiCounts): [number, number] {
  switch (rate) {
    case 'onTimeClosureRate':
      return [c.closedOnTime, c.due];
    case 'closureRate':
      return [c.closed, c.due];
    case 'reworkRate':
      return [c.reworked, c.dispatched];
    case 'accurateDispatchRate':
      // Returns (退单) judge the dispatch; rework judges the unit and shows under 返工率.
      return [c.dispatched - c.returned, c.dispatched];
    case 'onTimeFilingRate':
      return [c.filedOnTime, c.filed];
    case 'onTimeDispatchRate':
      return [c.dispatchedOnTime, c.dispatched];
    case 'onTimeHandlingRate':
      return [c.handledOnTime, c.handled];
    case 'publicReportRate':
      return [c.verifiedPublicReports, c.filed];
  }
}
