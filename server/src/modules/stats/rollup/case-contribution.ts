import { chinaDayOf } from '../../../lib/calendar/index.js';
import type { CaseKpiState, Counters, KpiEvent, RollupDelta } from './rollup-types.js';
import { unitKeyOf, unitKeyOfRouted } from './unit-key.js';

const PUBLIC_CHANNELS = ['resident_app', 'courier', 'open311'];
const CLOSING = ['close', 'self_handle', 'answer_on_call'];
/**
 * Steps that hand the case to a unit: a dispatch, and 改派 (reroute) and 重新定位 (relocate), which send a
 * misrouted case to its new unit as a fresh dispatch. Each counts as dispatched (and on time by the step
 * it ends, as a dispatch is), and the new unit holds the case from then on: its due and closed figures,
 * later rework and returns count for it.
 */
const DISPATCHING = ['dispatch', 'reroute', 'relocate'];
/**
 * A reroute or relocation also admits that the dispatch it replaces was wrong, which is exactly what
 * 准确派遣率 judges: it counts against that dispatch as a unit's return (退单) would, once. A relocation
 * of a case the unit has already returned replaces nothing: that dispatch was counted as returned then.
 * So dispatched − returned stays the number of dispatches that stood.
 */
const REPLACES_DISPATCH = ['reroute', 'relocate'];

/** The case facts the rollups never see change; where the case is comes from its events instead. */
/** What the case row says when the event is applied; its district is where its state row is kept. */
export type FixedFacts = { caseId: string; districtCode: string; categoryCode: string; channel: string };

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
    case 'reroute':
    case 'relocate':
      return {
        counters: { dispatched: 1, dispatchedOnTime: onTime(e.at, d.endedStepDueAt) },
        unitKey: s.unitKey,
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
  // A relocation moves the case's own figures (due, closed, and everything from now on) to the new
  // place; what happened before stays where it was counted. The event log records the new place.
  if (e.action === 'relocate') next.regionCode = e.regionCode;
  if (DISPATCHING.includes(e.action)) {
    next.unitKey = unitKeyOf(d as { unitDepartmentId?: string; unitRegionCode?: string });
    next.dispatchDay = chinaDayOf(e.at);
    next.dispatchUnitKey = next.unitKey;
    next.reworkedSinceDispatch = false;
  }
  // A linked duplicate's steps count through its master, so they neither count against its own
  // dispatch nor use it up.
  if (e.action === 'check_fail' && !s.duplicate) next.reworkedSinceDispatch = true;
  // A return (退单) ends the dispatch: it is counted against it once, and nothing later is. The case
  // leaves 'returned' only through a new dispatch or relocation (or, oddly, by following a master as a
  // duplicate).
  if (e.action === 'return' && !s.duplicate) {
    next.dispatchDay = null;
    next.dispatchUnitKey = null;
  }
  if (e.action === 'approve_extension' && typeof d.dueAt === 'string') next.dueAt = d.dueAt;
  if (CLOSING.includes(e.action)) next.closedAt = e.at.toISOString();
  if (e.action === 'reopen') next.closedAt = null;
  if (e.action === 'link_duplicate') {
    next.duplicate = true;
    // A duplicate takes its master's closing time with its status (links recorded before it did keep
    // their own), which it still has if it is unlinked.
    if ('closedAt' in d) next.closedAt = typeof d.closedAt === 'string' ? d.closedAt : null;
  }
  if (e.action === 'unlink_duplicate') next.duplicate = false;
  if (e.action === 'follow_master') next.closedAt = next.status === 'closed' ? e.at.toISOString() : null;
  return next;
}

/**
 * The case's first state, from its report event and the case's fixed facts. Its place is the one the
 * report recorded, not the case row's: a case relocated since must not be counted at its new place
 * for what it did before, or a rebuild would disagree with the rollups kept as it happened.
 */
export function initialState(fixed: FixedFacts, e: KpiEvent): CaseKpiState {
  const d = (e.data ?? {}) as Record<string, unknown>;
  return {
    districtCode: fixed.districtCode,
    caseId: fixed.caseId,
    categoryCode: fixed.categoryCode,
    channel: fixed.channel,
    regionCode: e.regionCode,
    unitKey: unitKeyOfRouted(d.routedTo),
    dueAt: typeof d.dueAt === 'string' ? d.dueAt : e.at.toISOString(),
    status: e.toStatus ?? 'reported',
    closedAt: null,
    duplicate: false,
    dispatchDay: null,
    dispatchUnitKey: null,
    reworkedSinceDispatch: false,
    verified: e.toStatus === 'verified',
    countedCallback: null,
  };
}

/**
 * One case event applied to the rollups: the event's own figures, plus the move of the case's state
 * contribution from where it was to where it is now.
 */
export function applyCaseEvent(
  before: CaseKpiState | null,
  fixed: FixedFacts,
  e: KpiEvent,
): { state: CaseKpiState; deltas: RollupDelta[] } {
  const start = before ?? initialState(fixed, e);
  const after = before ? { ...nextState(before, e), districtCode: fixed.districtCode } : start;
  const deltas: RollupDelta[] = [];
  // A linked duplicate's own steps count through its master; its report still counts as a report received.
  const own = eventCounters(after, e);
  if (own && (!after.duplicate || e.action === 'report')) {
    const figures: RollupDelta = {
      key: {
        day: chinaDayOf(e.at),
        regionCode: after.regionCode,
        unitKey: own.unitKey,
        categoryCode: after.categoryCode,
      },
      counters: own.counters,
    };
    deltas.push(figures);
    // 响应率, 解决率, 满意率 count tickets, not calls: a ticket called back again after a rework is judged
    // by its latest valid callback alone, so the one before it is taken out where it was counted.
    if (e.action === 'callback') {
      if (after.countedCallback) deltas.push(negate(after.countedCallback));
      after.countedCallback = figures;
    }
  }
  // 返工率 = reworked / dispatched: a dispatch counts as reworked once, in the bucket where it was counted.
  if (
    e.action === 'check_fail' &&
    before &&
    !before.reworkedSinceDispatch &&
    after.dispatchDay &&
    !after.duplicate
  ) {
    deltas.push(againstDispatch(after.dispatchDay, after.dispatchUnitKey, after, { reworked: 1 }));
  }
  // 准确派遣率 = (dispatched − returned) / dispatched: a return counts against the dispatch it sends back,
  // in that dispatch's bucket, so that no period or unit can show more returns than dispatches. So does
  // a reroute or relocation, against the dispatch it replaces. The place is the one before the event:
  // only a relocation moves the case, and it replaces the dispatch made at the old place.
  if (
    (e.action === 'return' || REPLACES_DISPATCH.includes(e.action)) &&
    before?.dispatchDay &&
    !after.duplicate
  ) {
    deltas.push(againstDispatch(before.dispatchDay, before.dispatchUnitKey, before, { returned: 1 }));
  }
  for (const d of stateContribution(before)) deltas.push(negate(d));
  deltas.push(...stateContribution(after));
  return { state: after, deltas };
}

/** A figure about a dispatch, put where the dispatch itself was counted: its day and its unit. */
function againstDispatch(
  day: string,
  unitKey: string | null,
  s: CaseKpiState,
  counters: Counters,
): RollupDelta {
  return {
    key: { day, regionCode: s.regionCode, unitKey: unitKey ?? '', categoryCode: s.categoryCode },
    counters,
  };
}

function negate(d: RollupDelta): RollupDelta {
  const counters: Counters = {};
  for (const [k, v] of Object.entries(d.counters)) counters[k as keyof Counters] = -(v ?? 0);
  return { key: d.key, counters };
}
