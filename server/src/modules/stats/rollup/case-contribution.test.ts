import { describe, expect, it } from 'vitest';
import { chinaDayOf } from '../../../lib/calendar/index.js';
import { applyCaseEvent } from './case-contribution.js';
import type { CaseKpiState, KpiEvent, RollupDelta } from './rollup-types.js';

const fixed = {
  districtCode: '220104000000',
  caseId: 'c1',
  regionCode: '220104004001001',
  categoryCode: 'E0550',
  channel: 'resident_app',
};
const DEPT_A = '00000000-0000-4000-8000-00000000000a';
const DEPT_B = '00000000-0000-4000-8000-00000000000b';

/** Runs events through the reducer and returns every delta of the figures named, by row. */
function replay(events: Omit<KpiEvent, 'id' | 'regionCode'>[], names: string[]) {
  let state: CaseKpiState | null = null;
  const out: Record<string, Record<string, number>> = {};
  events.forEach((e, i) => {
    const { state: next, deltas } = applyCaseEvent(state, fixed, {
      id: i + 1,
      regionCode: fixed.regionCode,
      ...e,
    });
    state = next;
    for (const d of deltas as RollupDelta[]) {
      for (const [name, n] of Object.entries(d.counters)) {
        if (!names.includes(name) || n === 0) continue;
        const row = `${d.key.day} ${d.key.unitKey}`;
        out[row] = { ...out[row], [name]: (out[row]?.[name] ?? 0) + (n ?? 0) };
      }
    }
  });
  return out;
}

const at = (day: string) => new Date(`${day}T02:00:00Z`);
const report = {
  at: at('2026-11-02'),
  action: 'report',
  toStatus: 'registered',
  data: { dueAt: '2026-11-20T09:00:00.000Z' },
};
const dispatchTo = (dept: string, day: string) => ({
  at: at(day),
  action: 'dispatch',
  toStatus: 'dispatched',
  data: { unitDepartmentId: dept, unitRegionCode: null },
});
const unitReturn = (dept: string, day: string) => ({
  at: at(day),
  action: 'return',
  toStatus: 'returned',
  data: { unitDepartmentId: dept, unitRegionCode: null },
});

describe('what a return (退单) adds to the rollups', () => {
  it('counts against the dispatch it sends back: on the dispatch day, for the unit it was sent to', () => {
    const figures = replay(
      [
        report,
        dispatchTo(DEPT_A, '2026-11-03'),
        unitReturn(DEPT_A, '2026-11-05'),
        dispatchTo(DEPT_B, '2026-11-06'),
      ],
      ['dispatched', 'returned'],
    );
    // Counted on the return day instead, a period holding the return but not the dispatch would show
    // more returns than dispatches.
    expect(figures).toEqual({
      [`2026-11-03 d:${DEPT_A}`]: { dispatched: 1, returned: 1 },
      [`2026-11-06 d:${DEPT_B}`]: { dispatched: 1 },
    });
  });

  it('counts once per dispatch, however the case comes back to the unit without a new one', () => {
    const figures = replay(
      [
        report,
        dispatchTo(DEPT_A, '2026-11-03'),
        unitReturn(DEPT_A, '2026-11-04'),
        // Linked to a master in progress and unlinked again, the case is with the unit once more.
        { at: at('2026-11-05'), action: 'link_duplicate', toStatus: 'in_progress', data: {} },
        { at: at('2026-11-05'), action: 'unlink_duplicate', toStatus: 'in_progress', data: {} },
        unitReturn(DEPT_A, '2026-11-06'),
      ],
      ['dispatched', 'returned'],
    );
    expect(figures).toEqual({ [`2026-11-03 d:${DEPT_A}`]: { dispatched: 1, returned: 1 } });
  });

  it('is not rework, and rework is not a return: each judges its own party', () => {
    const figures = replay(
      [
        report,
        dispatchTo(DEPT_A, '2026-11-03'),
        { at: at('2026-11-04'), action: 'feedback', toStatus: 'handled', data: {} },
        { at: at('2026-11-05'), action: 'check_fail', toStatus: 'in_progress', data: {} },
      ],
      ['returned', 'reworked'],
    );
    expect(figures).toEqual({ [`2026-11-03 d:${DEPT_A}`]: { reworked: 1 } });
  });
});

/** Runs events through the reducer and returns the net figures named, by day, place and unit. */
function net(events: Omit<KpiEvent, 'id' | 'regionCode'>[], names: string[], regionCode = fixed.regionCode) {
  let state: CaseKpiState | null = null;
  let place = regionCode;
  const out: Record<string, Record<string, number>> = {};
  events.forEach((e, i) => {
    // The event log records where the case is at each event; a relocation records its new place.
    const to = (e.data as { to?: { regionCode?: string } } | null)?.to?.regionCode;
    if (e.action === 'relocate' && to) place = to;
    const { state: next, deltas } = applyCaseEvent(state, fixed, { id: i + 1, regionCode: place, ...e });
    state = next;
    for (const d of deltas) {
      for (const [name, n] of Object.entries(d.counters)) {
        if (!names.includes(name)) continue;
        const row = `${d.key.day} ${d.key.regionCode} ${d.key.unitKey}`;
        out[row] = { ...out[row], [name]: (out[row]?.[name] ?? 0) + (n ?? 0) };
      }
    }
  });
  for (const [row, figures] of Object.entries(out)) {
    for (const [name, n] of Object.entries(figures)) if (n === 0) delete figures[name];
    if (Object.keys(figures).length === 0) delete out[row];
  }
  return out;
}

const HERE = fixed.regionCode;
const THERE = '220104002003001';
const reroute = (from: string, to: string, day: string, toStatus = 'dispatched') => ({
  at: at(day),
  action: 'reroute',
  toStatus,
  data: {
    from: { unitDepartmentId: from, unitRegionCode: null },
    to: { unitDepartmentId: to, unitRegionCode: null },
    unitDepartmentId: to,
    unitRegionCode: null,
  },
});
const relocate = (to: string, dept: string, day: string) => ({
  at: at(day),
  action: 'relocate',
  toStatus: 'dispatched',
  data: { to: { regionCode: to, unitDepartmentId: dept }, unitDepartmentId: dept, unitRegionCode: null },
});
const step = (action: string, toStatus: string, day: string) => ({ at: at(day), action, toStatus, data: {} });
/** Steps taken one a day from `first`, each an action and the status it leads to. */
const daily = (first: string, ...steps: [action: string, toStatus: string][]) =>
  steps.map(([action, toStatus], i) =>
    step(action, toStatus, chinaDayOf(at(first).getTime() + i * 86_400_000)),
  );
/** Reported on the 2nd and sent to 城管 A on the 3rd: the dispatch a move away from A sends back. */
const sentToA = [report, dispatchTo(DEPT_A, '2026-11-03')];
const sentBackFromA = {
  [`2026-11-02 ${HERE} `]: { reported: 1 },
  [`2026-11-03 ${HERE} d:${DEPT_A}`]: { dispatched: 1, returned: 1 },
};
const CASE_FIGURES = ['reported', 'dispatched', 'returned', 'reworked', 'handled', 'due', 'closed'];

describe('what 改派 (reroute) and 重新定位 (relocate) add to the rollups', () => {
  it('a reroute is a dispatch to the new unit, a return against the one it replaces, and the new unit holds the case', () => {
    const figures = net(
      [
        ...sentToA,
        reroute(DEPT_A, DEPT_B, '2026-11-04'),
        // 5th to 10th November.
        ...daily(
          '2026-11-05',
          ['accept', 'in_progress'],
          ['feedback', 'handled'],
          ['check_fail', 'in_progress'],
          ['feedback', 'handled'],
          ['check_pass', 'checked'],
          ['close', 'closed'],
        ),
      ],
      CASE_FIGURES,
    );
    expect(figures).toEqual({
      ...sentBackFromA,
      // The rework counts against the dispatch that stood, to the unit that did the work.
      [`2026-11-04 ${HERE} d:${DEPT_B}`]: { dispatched: 1, reworked: 1 },
      [`2026-11-06 ${HERE} d:${DEPT_B}`]: { handled: 1 },
      [`2026-11-08 ${HERE} d:${DEPT_B}`]: { handled: 1 },
      [`2026-11-20 ${HERE} d:${DEPT_B}`]: { due: 1, closed: 1 },
    });
  });

  it('a relocation moves the case to its new place from then on; what came before stays where it was', () => {
    const figures = net(
      [
        ...sentToA,
        step('accept', 'in_progress', '2026-11-04'),
        relocate(THERE, DEPT_B, '2026-11-05'),
        ...daily('2026-11-06', ['accept', 'in_progress'], ['feedback', 'handled']),
      ],
      CASE_FIGURES,
    );
    expect(figures).toEqual({
      ...sentBackFromA,
      [`2026-11-05 ${THERE} d:${DEPT_B}`]: { dispatched: 1 },
      [`2026-11-07 ${THERE} d:${DEPT_B}`]: { handled: 1 },
      [`2026-11-20 ${THERE} d:${DEPT_B}`]: { due: 1 },
    });
  });

  it('relocating a case its unit returned counts that dispatch as returned once, not twice', () => {
    const figures = net(
      [
        report,
        dispatchTo(DEPT_A, '2026-11-03'),
        unitReturn(DEPT_A, '2026-11-04'),
        relocate(THERE, DEPT_B, '2026-11-05'),
      ],
      ['dispatched', 'returned'],
    );
    expect(figures).toEqual({
      [`2026-11-03 ${HERE} d:${DEPT_A}`]: { dispatched: 1, returned: 1 },
      [`2026-11-05 ${THERE} d:${DEPT_B}`]: { dispatched: 1 },
    });
  });
});

const callback = (day: string, data: Record<string, unknown>) => ({
  at: at(day),
  action: 'callback',
  toStatus: 'handled',
  data: { contacted: true, ...data },
});
const HOTLINE_FIGURES = [
  'hotlineValidCallbacks',
  'hotlineContacted',
  'hotlineResolved',
  'hotlineSatisfied',
  'hotlineBasicallySatisfied',
];

describe('what 12345 callbacks add to the rollups', () => {
  it('a ticket called back again after a rework counts once, judged by its latest valid callback, on its day', () => {
    const figures = net(
      [
        report,
        dispatchTo(DEPT_A, '2026-11-03'),
        callback('2026-11-05', { valid: true, resolved: false, satisfaction: 'dissatisfied' }),
        step('check_fail', 'in_progress', '2026-11-05'),
        step('feedback', 'handled', '2026-11-07'),
        // Not reached: recorded, and it changes nothing.
        callback('2026-11-08', { valid: false, contacted: false, resolved: null, satisfaction: null }),
        callback('2026-11-09', { valid: true, resolved: true, satisfaction: 'basically_satisfied' }),
      ],
      HOTLINE_FIGURES,
    );
    expect(figures).toEqual({
      [`2026-11-09 ${HERE} d:${DEPT_A}`]: {
        hotlineValidCallbacks: 1,
        hotlineContacted: 1,
        hotlineResolved: 1,
        hotlineBasicallySatisfied: 1,
      },
    });
  });
});

describe('a linked duplicate and its closing time', () => {
  it('takes its master’s closing time with its status, and keeps it when unlinked', () => {
    const figures = net(
      [
        report,
        step('void', 'voided', '2026-11-03'),
        {
          at: at('2026-11-12'),
          action: 'link_duplicate',
          toStatus: 'closed',
          data: { closedAt: '2026-11-10T02:00:00.000Z' },
        },
        step('unlink_duplicate', 'closed', '2026-11-13'),
      ],
      ['due', 'closed', 'closedOnTime'],
    );
    expect(figures).toEqual({ [`2026-11-20 ${HERE} `]: { due: 1, closed: 1, closedOnTime: 1 } });
  });

  it('is not closed while it follows an open master, whatever it was before', () => {
    const figures = net(
      [
        report,
        dispatchTo(DEPT_A, '2026-11-03'),
        step('close', 'closed', '2026-11-04'),
        { at: at('2026-11-05'), action: 'link_duplicate', toStatus: 'in_progress', data: { closedAt: null } },
        step('unlink_duplicate', 'in_progress', '2026-11-06'),
      ],
      ['due', 'closed'],
    );
    expect(figures).toEqual({ [`2026-11-20 ${HERE} d:${DEPT_A}`]: { due: 1 } });
  });
});
