import { and, eq } from 'drizzle-orm';
import { badRequest, notFound } from '../../lib/errors/app-error.js';
import { metresBetween } from '../../lib/geo/distance.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { ownPatrol } from './patrol-office.js';
import { patrolCheckins, patrolPoints } from './patrols.tables.js';

export interface CheckinInput {
  pointId?: string;
  qrToken?: string;
  lat?: number;
  lng?: number;
  at: string;
}

const pointNotFound = () => notFound('PATROL_POINT_NOT_FOUND', 'No such point in your grid');

/**
 * Checks in at a required point: by its QR code (the token printed on it), or by GPS within the
 * point's radius. A point is checked in once a patrol; sent again, the first check-in stands.
 */
export async function checkIn(deps: CaseDeps, actor: AuthUser, patrolId: string, input: CheckinInput) {
  if ((input.pointId === undefined) === (input.qrToken === undefined)) {
    throw badRequest('CHECKIN_NEEDS_ONE_WAY', 'Check in by a point (with your position) or by its QR code');
  }
  return deps.db.transaction(async (tx) => {
    const patrol = await ownPatrol(tx, actor, patrolId);
    const [point] = await tx
      .select()
      .from(patrolPoints)
      .where(
        and(
          eq(patrolPoints.regionCode, patrol.regionCode),
          input.qrToken ? eq(patrolPoints.qrToken, input.qrToken) : eq(patrolPoints.id, input.pointId ?? ''),
        ),
      );
    if (!point) throw pointNotFound();
    let distanceM: number | null = null;
    if (!input.qrToken) {
      if (input.lat === undefined || input.lng === undefined) {
        throw badRequest('POSITION_REQUIRED', 'A check-in by GPS sends where you are');
      }
      distanceM = Math.round(metresBetween({ lat: input.lat, lng: input.lng }, point));
      if (distanceM > point.radiusM) {
        throw badRequest(
          'TOO_FAR_FROM_POINT',
          `You are ${distanceM} m from ${point.name}; come within ${point.radiusM} m`,
        );
      }
    }
    const at = new Date(input.at);
    if (at < new Date(patrol.startedAt.getTime() - 60_000) || (patrol.endedAt && at > patrol.endedAt)) {
      throw badRequest('CHECKIN_OUTSIDE_PATROL', 'A check-in is made during its patrol');
    }
    await tx
      .insert(patrolCheckins)
      .values({
        districtCode: patrol.districtCode,
        patrolId,
        pointId: point.id,
        at,
        method: input.qrToken ? 'qr' : 'gps',
        lat: input.lat ?? null,
        lng: input.lng ?? null,
        distanceM,
      })
      .onConflictDoNothing();
    return patrol;
  });
}
