import { and, count, desc, eq, gte, like, lt } from 'drizzle-orm';
import { addDays, chinaMidnight } from '../../lib/calendar/china-time.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { registryListPrefix } from '../registry/registry-office.js';
import { readablePatrol } from './patrol-office.js';
import { checkinsOf, patrolView, patrolViews } from './patrol-view.js';
import { patrolPoints, patrols } from './patrols.tables.js';
import { decodeTrack } from './track-code.js';

/** Patrols of the viewer's area, newest first (a grid worker: their own). */
export async function listPatrols(
  deps: CaseDeps,
  viewer: AuthUser,
  q: { regionCode?: string; workerId?: string; from?: string; to?: string; page?: number; pageSize?: number },
) {
  const ownOnly =
    viewer.roles.includes('grid_worker') && !viewer.roles.some((r) => r.endsWith('_staff') || r === 'admin');
  const prefix = registryListPrefix(viewer, q.regionCode);
  const page = q.page ?? 1;
  const pageSize = q.pageSize ?? 50;
  const where = and(
    like(patrols.regionCode, `${prefix}%`),
    ownOnly ? eq(patrols.workerId, viewer.id) : q.workerId ? eq(patrols.workerId, q.workerId) : undefined,
    q.from ? gte(patrols.startedAt, new Date(chinaMidnight(q.from))) : undefined,
    q.to ? lt(patrols.startedAt, new Date(chinaMidnight(addDays(q.to, 1)))) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    deps.db
      .select()
      .from(patrols)
      .where(where)
      .orderBy(desc(patrols.startedAt))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    deps.db.select({ n: count() }).from(patrols).where(where),
  ]);
  return { total: Number(total?.n ?? 0), page, pageSize, items: await patrolViews(deps.db, rows) };
}

export async function getPatrol(deps: CaseDeps, viewer: AuthUser, id: string) {
  return patrolView(deps.db, await readablePatrol(deps.db, viewer, id));
}

/** The track for playback: every point with its time, the check-ins and the grid's required points. */
export async function patrolTrack(deps: CaseDeps, viewer: AuthUser, id: string) {
  const p = await readablePatrol(deps.db, viewer, id);
  const start = p.startedAt.getTime();
  const [checkins, required] = await Promise.all([
    checkinsOf(deps.db, [p.id]),
    deps.db
      .select()
      .from(patrolPoints)
      .where(and(eq(patrolPoints.regionCode, p.regionCode), eq(patrolPoints.active, true))),
  ]);
  return {
    id: p.id,
    startedAt: p.startedAt.toISOString(),
    endedAt: p.endedAt?.toISOString() ?? null,
    points: decodeTrack(p.track).map((pt) => ({
      lat: pt.lat,
      lng: pt.lng,
      at: new Date(start + pt.t * 1000).toISOString(),
    })),
    checkins: checkins.map((c) => ({
      pointId: c.pointId,
      name: c.name,
      at: c.at.toISOString(),
      method: c.method,
      distanceM: c.distanceM,
    })),
    requiredPoints: required.map((r) => ({
      id: r.id,
      name: r.name,
      lat: r.lat,
      lng: r.lng,
      radiusM: r.radiusM,
    })),
  };
}
