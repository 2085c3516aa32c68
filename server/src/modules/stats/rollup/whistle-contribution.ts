import { chinaDayOf } from '../../../lib/calendar/index.js';
import type { Counters, KpiEvent, RollupDelta } from './rollup-types.js';

/** The rollup key of whoever answered a whistle: a department, a partner unit, or a grid member. */
function answererKey(d: Record<string, unknown>): string {
  if (typeof d.departmentId === 'string') return `d:${d.departmentId}`;
  if (typeof d.partnerUnitId === 'string') return `p:${d.partnerUnitId}`;
  if (typeof d.userId === 'string') return `u:${d.userId}`;
  return '';
}

/**
 * The whistle figures an event adds, on the whistling region (community or street): whistles issued,
 * report-ins and whether they were on time, problems solved, and the street's scores of departments.
 * Whistle rows carry no category: they are kept apart from case figures by an empty category code.
 */
export function applyWhistleEvent(regionCode: string, e: KpiEvent): RollupDelta[] {
  const d = (e.data ?? {}) as Record<string, unknown>;
  const row = (unitKey: string, counters: Counters): RollupDelta[] => [
    { key: { day: chinaDayOf(e.at), regionCode, unitKey, categoryCode: '' }, counters },
  ];
  switch (e.action) {
    case 'issue':
      return row('', { whistlesIssued: 1 });
    case 'arrive':
      return row(answererKey(d), { reportIns: 1, reportInsOnTime: d.onTime === true ? 1 : 0 });
    case 'close':
      return row('', { problemsSolved: typeof d.problemsSolved === 'number' ? d.problemsSolved : 0 });
    case 'evaluate':
      return row(answererKey(d), {
        evaluations: 1,
        evaluationScoreSum: typeof d.score === 'number' ? d.score : 0,
      });
    default:
      return [];
  }
}
