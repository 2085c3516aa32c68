import { eq } from 'drizzle-orm';
import { conflict } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { notify } from '../notifications/notify.js';
import { assertOwnPhotos } from '../photos/photo-ownership.js';
import { chinaClockText } from './notice-time.js';
import { lockCallForStep } from './order-access.js';
import { whistleCalls } from './whistle.tables.js';
import { nowOf, type WhistleDeps } from './whistle-deps.js';
import { recordWhistleEvents } from './whistle-events.js';

export interface ArrivalInput {
  lat: number;
  lng: number;
  /** A photo taken on site, uploaded by the one reporting in: the proof of presence. */
  photoId: string;
}

/**
 * The called unit reports in on site (报到) with its position and a photo. It is on time when it
 * arrives by the order's report-in deadline; a late arrival is recorded as late and the issuer is told.
 */
export async function arriveOnCall(
  deps: WhistleDeps,
  actor: AuthUser,
  orderId: string,
  callId: string,
  input: ArrivalInput,
): Promise<{ late: boolean }> {
  const now = nowOf(deps);
  await assertOwnPhotos(deps.db, [input.photoId], actor.id);
  return deps.db.transaction(async (tx) => {
    const { order, call } = await lockCallForStep(tx, actor, orderId, callId);
    if (!call.acknowledgedAt) throw conflict('NOT_ACKNOWLEDGED', 'Acknowledge the call before reporting in');
    if (call.arrivedAt) throw conflict('ALREADY_ARRIVED', 'This call has already reported in');
    const onTime = now <= order.reportDeadlineAt;
    await tx
      .update(whistleCalls)
      .set({ arrivedAt: now, arrivalLat: input.lat, arrivalLng: input.lng, arrivalPhotoId: input.photoId })
      .where(eq(whistleCalls.id, call.id));
    await recordWhistleEvents(
      tx,
      { orderId: order.id, regionCode: order.regionCode, actorId: actor.id, at: now },
      {
        action: 'arrive',
        callId: call.id,
        data: {
          onTime,
          departmentId: call.departmentId,
          partnerUnitId: call.partnerUnitId,
          userId: call.userId,
        },
      },
    );
    if (!onTime && order.issuedBy) {
      await notify(tx, {
        userIds: [order.issuedBy],
        kind: 'overdue',
        caseId: null,
        title: `哨令 ${order.code} 报到超时`,
        body: `${actor.displayName} 于 ${chinaClockText(now)} 报到，时限为 ${chinaClockText(order.reportDeadlineAt)}`,
        data: { whistleOrderId: order.id, callId: call.id },
      });
    }
    return { late: !onTime };
  });
}
