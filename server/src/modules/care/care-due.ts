import { and, inArray, isNull, like, max, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { maskName } from '../../lib/privacy/mask.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { RegionsService } from '../regions/regions.service.js';
import { placesOf } from '../registry/find-residents.js';
import { registryResidents } from '../registry/registry.tables.js';
import { registryListPrefix } from '../registry/registry-office.js';
import { careSchedules, careVisits } from './care.tables.js';
import { visitDue, visitEveryDays } from './care-schedule.js';

export interface CareDeps {
  db: Db;
  regions: RegionsService;
  now?: () => Date;
}

/** Every resident under care in a region, with their schedule, last visit and due time; most overdue first. */
export async function careDue(deps: CareDeps, prefix: string) {
  const [people, rules] = await Promise.all([
    deps.db
      .select()
      .from(registryResidents)
      .where(
        and(
          like(registryResidents.regionCode, `${prefix}%`),
          isNull(registryResidents.movedOutAt),
          sql`cardinality(${registryResidents.careTags}) > 0`,
        ),
      ),
    deps.db.select().from(careSchedules),
  ]);
  const ids = people.map((p) => p.id);
  const last = ids.length
    ? await deps.db
        .select({ residentId: careVisits.residentId, at: max(careVisits.visitedAt) })
        .from(careVisits)
        .where(inArray(careVisits.residentId, ids))
        .groupBy(careVisits.residentId)
    : [];
  const lastOf = new Map(last.map((l) => [l.residentId, l.at]));
  const now = deps.now?.() ?? new Date();
  const places = await placesOf(
    deps,
    people.map((p) => p.householdId),
  );
  return people
    .flatMap((p) => {
      const every = visitEveryDays(p.careTags, p.regionCode, rules);
      if (every === null) return [];
      const lastVisitAt = lastOf.get(p.id) ?? null;
      const due = visitDue(every, lastVisitAt, p.createdAt, now);
      const place = places.get(p.householdId);
      return [
        {
          residentId: p.id,
          name: maskName(p.name) ?? '*',
          regionCode: p.regionCode,
          building: place?.building ?? '',
          unit: place?.unit ?? '',
          room: place?.room ?? '',
          careTags: p.careTags,
          everyDays: every,
          lastVisitAt: lastVisitAt ? lastVisitAt.toISOString() : null,
          dueAt: due.dueAt.toISOString(),
          overdue: due.overdue,
          daysOverdue: due.daysOverdue,
        },
      ];
    })
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}

/** The grid worker's (or staff's) round: whom to visit, overdue first. */
export async function careDueFor(
  deps: CareDeps,
  viewer: AuthUser,
  q: { regionCode?: string; overdueOnly?: boolean },
) {
  const all = await careDue(deps, registryListPrefix(viewer, q.regionCode));
  const items = q.overdueOnly ? all.filter((i) => i.overdue) : all;
  return { items, overdue: all.filter((i) => i.overdue).length, total: all.length };
}

/** The node one level below the region of `prefix` that holds the grid `gridCode`. */
function childHolding(prefix: string, gridCode: string): string {
  if (prefix.length >= 12) return gridCode;
  if (prefix.length >= 9) return gridCode.slice(0, 12);
  if (prefix.length >= 6) return `${gridCode.slice(0, 9)}000`;
  return `${gridCode.slice(0, 6)}000000`;
}

/**
 * The dashboard's card: per region one level below the one asked for (communities of a street, grids of
 * a community), how many residents are under care and how many visits are overdue.
 */
export async function careOverdueCounts(deps: CareDeps, viewer: AuthUser, regionCode: string | undefined) {
  const prefix = registryListPrefix(viewer, regionCode);
  const all = await careDue(deps, prefix);
  const dir = deps.regions.directory;
  const counts = new Map<string, { underCare: number; overdue: number }>();
  for (const item of all) {
    const code = childHolding(prefix, item.regionCode);
    const c = counts.get(code) ?? { underCare: 0, overdue: 0 };
    c.underCare += 1;
    if (item.overdue) c.overdue += 1;
    counts.set(code, c);
  }
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, c]) => ({ regionCode: code, name: dir.node(code)?.name ?? code, ...c }));
}
