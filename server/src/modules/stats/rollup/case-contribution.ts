import { chinaDayOf } from '../../../lib/calendar/index.js';
import type { CaseKpiState, Counters, KpiEvent, RollupDelta } from './rollup-types.js';
import { unitKeyOf, unitKeyOfRouted } from './unit-key.js';

const PUBLIC_CHANNELS = ['resident_app', 'courier', 'open311'];
const CLOSING = ['close', 'self_handle', 'answer_on_call'];

/**
 * What a case contributes through its state: one case due on its due day, for the unit now holding it,
 * closed or not, closed in time or not. A linked duplicate contributes nothing: it counts once, through
 * its master.
 */
export function stateContribution(s: CaseKpiState | null): RollupDelta[] {
  if (!s || s.duplicate) return [];
  const closed = s.closedAt !== null;
  return [
    {
      key: {
        day: chinaDayOf(new Date(s.dueAt)),
        regionCode: s.regionCode,
        unitKey: s.unitKey,
        categoryCode: s.categoryCode,
      },
      counters: {
        due: 1,
        closed: closed ? 1 : 0,
        closedOnTime: closed && (s.closedAt as string) <= s.dueAt ? 1 : 0,
      },
    },
  ];
}

const onTime = (at: Date, due: unknown): number =>
  typeof due === 'string' && at.toISOString() <= due ? 1 : 0;

/** The figures an event adds by itself, on the day it happened, for the unit it concerns. */
function eventCounters(s: CaseKpiState, e: KpiEvent): { counters: Counters; unitKey: string } | null {
  const d = (e.data ?? {}) as Record<string, unknown>;
  switch (e.action) {
    case 'report':
      return { counters: { reported: 1 }, unitKey: s.unitKey };
    case 'file':
      return {
        counters: {
          filed: 1,
          filedOnTime: onTime(e.at, d.endedStepDueAt),
          // Counted with the filing, so that it can never exceed what was filed (监督举报率).
          verifiedPublicReports: s.verified && PUBLIC_CHANNELS.includes(s.channel) ? 1 : 0,
        },
        unitKey: s.unitKey,
      };
    case 'dispatch':
      return {
        counters: { dispatched: 1, dispatchedOnTime: onTime(e.at, d.endedStepDueAt) },
        unitKey: s.unitKey,
      };
    case 'return':
      return {
        counters: { returned: 1 },
        unitKey: unitKeyOf(d as { unitDepartmentId?: string; unitRegionCode?: string }),
      };
    case 'feedback':
      return { counters: { handled: 1, handledOnTime: onTime(e.at, d.endedStepDueAt) }, unitKey: s.unitKey };
    case 'answer_on_call':
      return { counters: { hotlineClosedOnCall: 1 }, unitKey: s.unitKey };
    case 'callback':
      if (d.valid !== true) return null;
      return {
        counters: {
          hotlineValidCallbacks: 1,
          hotlineContacted: d.contacted === true ? 1 : 0,
          hotlineResolved: d.resolved === true ? 1 : 0,
          hotlineSatisfied: d.satisfaction === 'satisfied' ? 1 : 0,
          hotlineBasicallySatisfied: d.satisfaction === 'basically_satisfied' ? 1 : 0,
        },
        unitKey: s.unitKey,
      };
    default:
      return null;
  }
}

/** The case's state after the event. */
function nextState(s: CaseKpiState, e: KpiEvent): CaseKpiState {
  const d = (e.data ?? {}) as Record<string, unknown>;
  const next = { ...s, status: e.toStatus ?? s.status };
  if (e.action === 'verify') next.verified = true;
  if (e.action === 'dispatch') {
    next.unitKey = unitKeyOf(d as { unitDepartmentId?: string; unitRegionCode?: string });
    next.dispatchDay = chinaDayOf(e.at);
    next.dispatchUnitKey = next.unitKey;
    next.reworkedSinceDispatch = false;
  }
  if (e.action === 'check_fail') next.reworkedSinceDispatch = true;
  if (e.action === 'approve_extension' && typeof d.dueAt === 'string') next.dueAt = d.dueAt;
  if (CLOSING.includes(e.action)) next.closedAt = e.at.toISOString();
  if (e.action === 'reopen') next.closedAt = null;
  if (e.action === 'link_duplicate') next.duplicate = true;
  if (e.action === 'unlink_duplicate') next.duplicate = false;
  if (e.action === 'follow_master') next.closedAt = next.status === 'closed' ? e.at.toISOString() : null;
  return next;
}

/** The case's first state, from its report event and the case's fixed facts. */
export function initialState(
  caseId: string,
  fixed: { regionCode: string; categoryCode: string; channel: string },
  e: KpiEvent,
): CaseKpiState {
  const d = (e.data ?? {}) as Record<string, unknown>;
  return {
    caseId,
    ...fixed,
    unitKey: unitKeyOfRouted(d.routedTo),
    dueAt: typeof d.dueAt === 'string' ? d.dueAt : e.at.toISOString(),
    status: e.toStatus ?? 'reported',
    closedAt: null,
    duplicate: false,
    dispatchDay: null,
    dispatchUnitKey: null,
    reworkedSinceDispatch: false,
    verified: e.toStatus === 'verified',
  };
}

/**
 * One case event applied to the rollups: the event's own figures, plus the move of the case's state
 * contribution from where it was to where it is now.
 */
export function applyCaseEvent(
  before: CaseKpiState | null,
  fixed: { caseId: string; regionCode: string; categoryCode: string; channel: string },
  e: KpiEvent,
): { state: CaseKpiState; deltas: RollupDelta[] } {
  const start = before ?? initialState(fixed.caseId, fixed, e);
  const after = before ? nextState(before, e) : start;
  const deltas: RollupDelta[] = [];
  // A linked duplicate's own steps count through its master; its report still counts as a report received.
  const own = eventCounters(after, e);
  if (own && (!after.duplicate || e.action === 'report')) {
    deltas.push({
      key: {
        day: chinaDayOf(e.at),
        regionCode: after.regionCode,
        unitKey: own.unitKey,
        categoryCode: after.categoryCode,
      },
      counters: own.counters,
    });
  }
  // 返工率 = reworked / dispatched: a dispatch counts as reworked once, in the bucket where it was counted.
  if (
    e.action === 'check_fail' &&
    before &&
    !before.reworkedSinceDispatch &&
    after.dispatchDay &&
    !after.duplicate
  ) {
    deltas.push({
      key: {
        day: after.dispatchDay,
        regionCode: after.regionCode,
        unitKey: after.dispatchUnitKey ?? '',
        categoryCode: after.categoryCode,
      },
      counters: { reworked: 1 },
    });
  }
  for (const d of stateContribution(before)) deltas.push(negate(d));
  deltas.push(...stateContribution(after));
  return { state: after, deltas };
}

function negate(d: RollupDelta): RollupDelta {
  const counters: Counters = {};
  for (const [k, v] of Object.entries(d.counters)) counters[k as keyof Counters] = -(v ?? 0);
  return { key: d.key, counters };
}
