import {
  DELIBERATION_STATES,
  type ParticipationDashboard,
  type ParticipationDashboardQuery,
  type ParticipationFigures,
  PROJECT_STATES,
  WISH_STATES,
} from '@needle/contract';
import { chinaDayOf } from '../../lib/calendar/china-time.js';
import { regionPrefix } from '../../lib/codes/region-code.js';
import { forbidden, notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { regionVisible } from '../auth/jurisdiction.js';
import type { RegionNode } from '../regions/region-directory.js';
import { type ParticipationRows, readParticipation, yearSpan } from './dashboard-queries.js';
import { nowOf, type ParticipationDeps } from './participation-deps.js';

const READERS = ['community_staff', 'street_staff', 'leader', 'admin'] as const;

/** The area the dashboard is for: the one asked for, if the user may see it, else their own. */
function areaOf(deps: ParticipationDeps, viewer: AuthUser, code: string | undefined): RegionNode {
  if (viewer.jurisdiction.kind === 'department' || !READERS.some((r) => viewer.roles.includes(r))) {
    throw forbidden(
      'PARTICIPATION_DASHBOARD_NOT_FOR_YOU',
      'The participation dashboard is for community and street staff, leaders and administrators',
    );
  }
  const directory = deps.regions.directory;
  const wanted =
    code ??
    (viewer.jurisdiction.kind === 'everywhere' ? directory.roots()[0]?.code : viewer.jurisdiction.regionCode);
  const node = wanted ? directory.node(wanted) : undefined;
  if (!node || !regionVisible(viewer.jurisdiction, node.code)) {
    throw notFound('REGION_NOT_FOUND', `Region ${wanted} does not exist or is outside your jurisdiction`);
  }
  return node;
}

const zero = (): ParticipationFigures => ({
  projects: 0,
  projectsClaimed: 0,
  projectsFallen: 0,
  projectsClosedOut: 0,
  wishesPosted: 0,
  wishesFulfilled: 0,
  volunteerHours: 0,
  deliberations: 0,
  resolutionsPublished: 0,
});

const hoursOf = (minutes: number) => Math.round((minutes / 60) * 10) / 10;

/** Adds every row to the area's totals and to the row of the child region it lies in. */
function tally(rows: ParticipationRows, childOf: (code: string) => ParticipationFigures | undefined) {
  const totals = zero();
  const minutes = new Map<ParticipationFigures, number>();
  const add = (code: string, f: (figures: ParticipationFigures) => void) => {
    f(totals);
    const child = childOf(code);
    if (child) f(child);
  };
  for (const r of rows.projects) {
    add(r.regionCode, (t) => {
      t.projects += r.n;
      t.projectsClaimed += r.claimed;
      t.projectsFallen += r.fallen;
    });
  }
  const countInto = (list: { regionCode: string; n: number }[], key: keyof ParticipationFigures) => {
    for (const r of list)
      add(r.regionCode, (t) => {
        t[key] += r.n;
      });
  };
  countInto(rows.projectsClosed, 'projectsClosedOut');
  countInto(rows.wishes, 'wishesPosted');
  countInto(rows.wishesFulfilled, 'wishesFulfilled');
  countInto(rows.deliberations, 'deliberations');
  countInto(rows.published, 'resolutionsPublished');
  // Hours are summed in minutes and rounded once, so the rows add up to the total.
  for (const r of rows.hours) {
    add(r.regionCode, (t) => {
      minutes.set(t, (minutes.get(t) ?? 0) + r.minutes);
    });
  }
  for (const [figures, m] of minutes) figures.volunteerHours = hoursOf(m);
  return totals;
}

function byState<S extends string>(states: readonly S[], rows: { state: S; n: number }[]) {
  return states.map((state) => ({
    state,
    count: rows.filter((r) => r.state === state).reduce((sum, r) => sum + r.n, 0),
  }));
}

function months(rows: ParticipationRows): ParticipationDashboard['months'] {
  const sumIn = (list: { month: number; n: number }[], month: number) =>
    list.filter((r) => r.month === month).reduce((s, r) => s + r.n, 0);
  return Array.from({ length: 12 }, (_, i) => i + 1).map((month) => ({
    month,
    projectsClosedOut: sumIn(rows.projectsClosed, month),
    wishesFulfilled: sumIn(rows.wishesFulfilled, month),
    volunteerHours: hoursOf(rows.hours.filter((r) => r.month === month).reduce((s, r) => s + r.minutes, 0)),
    resolutionsPublished: sumIn(rows.published, month),
  }));
}

/**
 * 参与看板: a community's or a street's (or a district's) participation in a year, from the modules' own
 * rows — projects by state, wishes fulfilled, volunteer hours, deliberations — with one row per region
 * directly below, so a street compares its communities.
 */
export async function participationDashboard(
  deps: ParticipationDeps,
  viewer: AuthUser,
  query: ParticipationDashboardQuery,
): Promise<ParticipationDashboard> {
  const area = areaOf(deps, viewer, query.region);
  const year = query.year ?? Number(chinaDayOf(nowOf(deps)).slice(0, 4));
  const rows = await readParticipation(deps.db, regionPrefix(area.code), yearSpan(year));
  const children =
    area.level === 'community'
      ? []
      : (deps.regions.directory.tree(area.code)?.children ?? []).map((c) => ({
          code: c.code,
          name: c.name,
          prefix: regionPrefix(c.code),
          figures: zero(),
        }));
  const totals = tally(rows, (code) => children.find((c) => code.startsWith(c.prefix))?.figures);
  return {
    region: { code: area.code, name: area.name, level: area.level },
    year,
    totals,
    volunteerTeams: rows.teams,
    activitiesHeld: rows.activities,
    projectsByState: byState(PROJECT_STATES, rows.projects),
    wishesByState: byState(WISH_STATES, rows.wishes),
    deliberationsByState: byState(DELIBERATION_STATES, rows.deliberations),
    months: months(rows),
    rows: children.map((c) => ({ code: c.code, name: c.name, ...c.figures })),
  };
}
