import { and, eq } from 'drizzle-orm';
import { districtCodeOf } from '../../lib/codes/region-code.js';
import { AppError, badRequest } from '../../lib/errors/app-error.js';
import { metresBetween } from '../../lib/geo/distance.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { gridOfWorker, ownPatrol, patrolNotFound } from './patrol-office.js';
import { patrolPoints, patrols } from './patrols.tables.js';
import { decodeTrack, encodeTrack, mergeTracks, type TrackPoint } from './track-code.js';

/** A phone's clock may run a little ahead of the server's. */
const CLOCK_SLACK_MS = 5 * 60_000;

const nowOf = (deps: CaseDeps) => deps.now?.() ?? new Date();

function notInFuture(deps: CaseDeps, at: Date, what: string) {
  if (at.getTime() > nowOf(deps).getTime() + CLOCK_SLACK_MS) {
    throw badRequest('TIME_IN_FUTURE', `${what} is later than now`);
  }
}

/**
 * Starts a patrol under the id the phone made. The same start sent again (a retry, or the queue sent
 * after the network came back) returns the patrol as it stands.
 */
export async function startPatrol(deps: CaseDeps, actor: AuthUser, input: { id: string; startedAt: string }) {
  const grid = gridOfWorker(actor);
  const startedAt = new Date(input.startedAt);
  notInFuture(deps, startedAt, 'The start');
  return deps.db.transaction(async (tx) => {
    const points = await tx
      .select({ id: patrolPoints.id })
      .from(patrolPoints)
      .where(and(eq(patrolPoints.regionCode, grid), eq(patrolPoints.active, true)));
    const [row] = await tx
      .insert(patrols)
      .values({
        districtCode: districtCodeOf(grid),
        id: input.id,
        regionCode: grid,
        workerId: actor.id,
        startedAt,
        pointsTotal: points.length,
        receivedAt: nowOf(deps),
      })
      .onConflictDoNothing()
      .returning();
    if (row) return { patrol: row, replayed: false };
    const earlier = await ownPatrol(tx, actor, input.id);
    if (earlier.startedAt.getTime() !== startedAt.getTime()) {
      throw new AppError(409, 'PATROL_ID_TAKEN', 'This patrol id was started at another time');
    }
    return { patrol: earlier, replayed: true };
  });
}

/** Total length of a track in metres, leaving out GPS jumps no one walks (over 50 m/s). */
export function trackLength(points: readonly TrackPoint[]): number {
  let total = 0;
  for (let i = 1; i < points.length; i++) {
    const a = points[i - 1] as TrackPoint;
    const b = points[i] as TrackPoint;
    const d = metresBetween(a, b);
    if (d <= Math.max(1, b.t - a.t) * 50) total += d;
  }
  return Math.round(total);
}

/**
 * Merges a batch of track points into the patrol. Batches are numbered by the phone: one sent twice is
 * recognised and adds nothing; batches may arrive in any order and after the patrol ended (a phone
 * that was offline sends all it kept). Also marks the grid's points the track passed within radius of.
 */
export async function appendTrack(
  deps: CaseDeps,
  actor: AuthUser,
  id: string,
  input: { batch: number; points: { lat: number; lng: number; at: string }[] },
) {
  return deps.db.transaction(async (tx) => {
    const p = await ownPatrol(tx, actor, id, true);
    if (p.trackBatches.includes(input.batch)) return { patrol: p, replayed: true };
    const start = p.startedAt.getTime();
    const fresh = input.points.map((pt) => {
      const at = new Date(pt.at);
      notInFuture(deps, at, 'A track point');
      if (at.getTime() < start - CLOCK_SLACK_MS)
        throw badRequest('POINT_BEFORE_START', 'A track point is from before the patrol started');
      return { lat: pt.lat, lng: pt.lng, t: Math.max(0, Math.round((at.getTime() - start) / 1000)) };
    });
    const track = mergeTracks(decodeTrack(p.track), fresh);
    const points = await tx
      .select()
      .from(patrolPoints)
      .where(and(eq(patrolPoints.regionCode, p.regionCode), eq(patrolPoints.active, true)));
    const passed = new Set(p.passedPointIds);
    for (const point of points) {
      if (!passed.has(point.id) && fresh.some((f) => metresBetween(f, point) <= point.radiusM))
        passed.add(point.id);
    }
    const [row] = await tx
      .update(patrols)
      .set({
        track: encodeTrack(track),
        trackPoints: track.length,
        trackBatches: [...p.trackBatches, input.batch],
        distanceM: trackLength(track),
        passedPointIds: [...passed],
      })
      .where(and(eq(patrols.districtCode, p.districtCode), eq(patrols.id, id)))
      .returning();
    if (!row) throw patrolNotFound();
    return { patrol: row, replayed: false };
  });
}

/** Ends a patrol; sent again, it changes nothing. */
export async function finishPatrol(deps: CaseDeps, actor: AuthUser, id: string, endedAtText: string) {
  const endedAt = new Date(endedAtText);
  notInFuture(deps, endedAt, 'The end');
  return deps.db.transaction(async (tx) => {
    const p = await ownPatrol(tx, actor, id, true);
    if (p.endedAt) return p;
    if (endedAt < p.startedAt) throw badRequest('END_BEFORE_START', 'A patrol ends after it started');
    const [row] = await tx
      .update(patrols)
      .set({ endedAt })
      .where(and(eq(patrols.districtCode, p.districtCode), eq(patrols.id, id)))
      .returning();
    if (!row) throw patrolNotFound();
    return row;
  });
}
