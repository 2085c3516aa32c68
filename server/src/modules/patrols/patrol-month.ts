import { and, arrayContains, asc, count, eq, gte, inArray, like, lt } from 'drizzle-orm';
import { addDays, chinaDayOf, chinaMidnight } from '../../lib/calendar/china-time.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { registryListPrefix } from '../registry/registry-office.js';
import { users } from '../users/users.tables.js';
import { dayStanding, ruleFor } from './patrol-rule.js';
import { patrolMinutes } from './patrol-view.js';
import { patrolCases, patrolCheckins, patrolRules, patrols } from './patrols.tables.js';

/** The China days of a month, YYYY-MM-DD. */
export function daysOfMonth(month: string): string[] {
  const days: string[] = [];
  for (let d = `${month}-01`; d.startsWith(month); d = addDays(d, 1)) days.push(d);
  return days;
}

/**
 * The grid workers of the viewer's area (or one of them) and their patrols of the month: what the
 * calendar and the assessment both read. A grid worker sees only themselves.
 */
async function monthOf(
  deps: CaseDeps,
  viewer: AuthUser,
  q: { month: string; regionCode?: string; workerId?: string },
) {
  const ownOnly =
    viewer.roles.includes('grid_worker') && !viewer.roles.some((r) => r.endsWith('_staff') || r === 'admin');
  const prefix = registryListPrefix(viewer, q.regionCode);
  const workerId = ownOnly ? viewer.id : q.workerId;
  const workers = await deps.db
    .select({ id: users.id, name: users.displayName, regionCode: users.regionCode })
    .from(users)
    .where(
      and(
        arrayContains(users.roles, ['grid_worker']),
        like(users.regionCode, `${prefix}%`),
        workerId ? eq(users.id, workerId) : undefined,
      ),
    )
    .orderBy(asc(users.regionCode), asc(users.displayName));
  const days = daysOfMonth(q.month);
  const from = new Date(chinaMidnight(days[0] as string));
  const to = new Date(chinaMidnight(addDays(days.at(-1) as string, 1)));
  const ids = workers.map((w) => w.id);
  const [rows, rules] = await Promise.all([
    ids.length
      ? deps.db
          .select()
          .from(patrols)
          .where(and(inArray(patrols.workerId, ids), gte(patrols.startedAt, from), lt(patrols.startedAt, to)))
          .orderBy(asc(patrols.startedAt))
      : [],
    deps.db.select().from(patrolRules),
  ]);
  return { workers, days, rows, rules };
}

export async function patrolCalendar(
  deps: CaseDeps,
  viewer: AuthUser,
  q: { month: string; regionCode?: string; workerId?: string },
) {
  const { workers, days, rows, rules } = await monthOf(deps, viewer, q);
  const calendar = deps.calendar.current();
  const today = chinaDayOf(deps.now?.() ?? new Date());
  return {
    month: q.month,
    workers: workers.map((w) => {
      const grid = w.regionCode ?? '';
      const rule = ruleFor(grid, rules);
      const own = rows.filter((p) => p.workerId === w.id);
      return {
        workerId: w.id,
        name: w.name,
        regionCode: grid,
        rule: { patrolsPerDay: rule.patrolsPerDay, minMinutes: rule.minMinutes },
        days: days.map((date) => {
          const that = own.filter((p) => chinaDayOf(p.startedAt) === date);
          const standing = dayStanding(
            that.map((p) => ({ minutes: p.endedAt ? patrolMinutes(p) : null })),
            rule,
            { working: calendar.isWorkingDay(date), over: date < today },
          );
          return {
            date,
            working: calendar.isWorkingDay(date),
            ...standing,
            patrols: that.map((p) => ({
              id: p.id,
              startedAt: p.startedAt.toISOString(),
              endedAt: p.endedAt?.toISOString() ?? null,
              minutes: patrolMinutes(p),
            })),
          };
        }),
      };
    }),
  };
}

/** The month's assessment per worker: patrols owed and made, time, distance, check-ins, cases, coverage. */
export async function patrolAssessment(
  deps: CaseDeps,
  viewer: AuthUser,
  q: { month: string; regionCode?: string; workerId?: string },
) {
  const cal = await patrolCalendar(deps, viewer, q);
  const { rows } = await monthOf(deps, viewer, q);
  const ids = rows.map((p) => p.id);
  const [checkins, raised] = ids.length
    ? await Promise.all([
        deps.db
          .select({ patrolId: patrolCheckins.patrolId, n: count() })
          .from(patrolCheckins)
          .where(inArray(patrolCheckins.patrolId, ids))
          .groupBy(patrolCheckins.patrolId),
        deps.db
          .select({ patrolId: patrolCases.patrolId, n: count() })
          .from(patrolCases)
          .where(inArray(patrolCases.patrolId, ids))
          .groupBy(patrolCases.patrolId),
      ])
    : [[], []];
  const sumOf = (list: { patrolId: string; n: number }[], own: Set<string>) =>
    list.filter((x) => own.has(x.patrolId)).reduce((s, x) => s + Number(x.n), 0);
  return {
    month: q.month,
    items: cal.workers.map((w) => {
      const own = rows.filter((p) => p.workerId === w.workerId);
      const ownIds = new Set(own.map((p) => p.id));
      const required = w.days.reduce((s, d) => s + (d.state === 'open' ? 0 : d.required), 0);
      const counted = w.days.reduce((s, d) => s + d.counted, 0);
      const missed = w.days.reduce((s, d) => s + d.missed, 0);
      const covered = own.filter((p) => p.pointsTotal > 0);
      return {
        workerId: w.workerId,
        name: w.name,
        regionCode: w.regionCode,
        patrolsRequired: required,
        patrolsCounted: counted,
        missed,
        completionRate: required === 0 ? 1 : Math.min(1, (required - missed) / required),
        minutes: own.reduce((s, p) => s + (p.endedAt ? patrolMinutes(p) : 0), 0),
        distanceKm: Math.round(own.reduce((s, p) => s + p.distanceM, 0) / 100) / 10,
        checkins: sumOf(checkins, ownIds),
        cases: sumOf(raised, ownIds),
        coverage: covered.length
          ? Math.round(
              (covered.reduce((s, p) => s + p.passedPointIds.length / p.pointsTotal, 0) / covered.length) *
                100,
            ) / 100
          : 0,
      };
    }),
  };
}
