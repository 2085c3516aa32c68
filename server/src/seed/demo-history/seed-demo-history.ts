import { performance } from 'node:perf_hooks';
import type { Db } from '../../db/database.js';
import { CalendarService } from '../../modules/calendar/calendar.service.js';
import { type CaseDeps, caseDeps } from '../../modules/cases/case-deps.js';
import { sweepSteps } from '../../modules/cases/sweeper.js';
import type { PhotoStore } from '../../modules/photos/photo-store.js';
import { changchunChaoyang } from '../../modules/regions/demo-city/demo-division.js';
import type { RegionsService } from '../../modules/regions/regions.service.js';
import { gatherCast } from './history-cast.js';
import { historyPlaces } from './history-places.js';
import { type HistoryOptions, planHistory } from './history-plan.js';
import { DEMO_HISTORY } from './history-volume.js';
import { playHistory } from './play-history.js';

export { DEMO_HISTORY, DEMO_HISTORY_STEP_BUDGET } from './history-volume.js';

export interface DemoHistoryDeps {
  db: Db;
  regions: RegionsService;
  photos: PhotoStore;
}

export interface DemoHistorySummary {
  cases: number;
  tickets: number;
  whistles: number;
  steps: number;
  ms: number;
  /** The CPU time it took: on a busy machine the wall time says more about the neighbours. */
  cpuMs: number;
}

/**
 * Seeds the demo city's history up to `now`: plans it from the seed, gathers the people it names, then
 * takes every step through the services with the clock at its moment, and sweeps once at `now` so
 * that overdue steps are marked as the running server would have marked them. The KPI rows stay
 * queued for the rollup worker, as after any request.
 */
export async function seedDemoHistory(
  deps: DemoHistoryDeps,
  options: Partial<Pick<HistoryOptions, 'seed' | 'days' | 'cases'>> & { now: Date },
): Promise<DemoHistorySummary> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const seed = options.seed ?? DEMO_HISTORY.seed;
  const calendar = await CalendarService.load(deps.db);
  let clock = options.now.getTime();
  const withClock: CaseDeps = {
    ...caseDeps(deps.db, deps.regions, calendar),
    now: () => new Date(clock),
  };
  const settings = await withClock.settings();
  const places = historyPlaces();
  const plan = planHistory(
    {
      seed,
      now: options.now,
      days: options.days ?? DEMO_HISTORY.days,
      cases: options.cases ?? DEMO_HISTORY.cases,
      whistleReportHours: settings.whistleReportHours,
    },
    places,
  );
  const cast = await gatherCast(deps.db, deps.photos, plan.actors, places, changchunChaoyang.district.code);
  await playHistory(withClock, { set: (at) => (clock = at) }, cast, plan, `demo-history-${seed}`);
  clock = options.now.getTime();
  for (;;) {
    const swept = await sweepSteps(withClock);
    if (swept.overdue === 0 && swept.dueSoon === 0) break;
  }
  const used = process.cpuUsage(cpu);
  return {
    cases: plan.cases.length,
    tickets: plan.cases.filter((c) => c.call).length,
    whistles: plan.whistles.length,
    steps:
      plan.cases.reduce((n, c) => n + c.steps.length, 0) +
      plan.whistles.reduce((n, w) => n + w.steps.length, 0),
    ms: Math.round(performance.now() - started),
    cpuMs: Math.round((used.user + used.system) / 1000),
  };
}
