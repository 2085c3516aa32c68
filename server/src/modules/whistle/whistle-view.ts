import type { WhistleCallRow, WhistleOrderRow } from './order-access.js';

/** Reported in after the deadline: it counts as a late report-in and is flagged wherever it is shown. */
export const arrivedLate = (order: WhistleOrderRow, call: Pick<WhistleCallRow, 'arrivedAt'>): boolean =>
  call.arrivedAt !== null && call.arrivedAt > order.reportDeadlineAt;

/** Not reported in, and the deadline of an open order has passed. */
export const reportInOverdue = (
  order: WhistleOrderRow,
  call: Pick<WhistleCallRow, 'arrivedAt'>,
  now: Date,
): boolean => call.arrivedAt === null && order.status === 'open' && now > order.reportDeadlineAt;

const iso = (d: Date | null): string | null => d?.toISOString() ?? null;

/** A whistle order as the API shows it, without its calls. */
export function orderView(order: WhistleOrderRow, regionName: string | null) {
  return {
    id: order.id,
    code: order.code,
    level: order.level,
    regionCode: order.regionCode,
    regionName,
    title: order.title,
    task: order.task,
    place: order.place,
    lat: order.lat,
    lng: order.lng,
    meetAt: iso(order.meetAt),
    reportDeadlineAt: order.reportDeadlineAt.toISOString(),
    status: order.status,
    issuedBy: order.issuedBy,
    issuedAt: order.issuedAt.toISOString(),
    closedAt: iso(order.closedAt),
  };
}

/** One call with its report-in times and flags. */
export function callView(order: WhistleOrderRow, call: WhistleCallRow, name: string | null, now: Date) {
  return {
    id: call.id,
    targetKind: call.targetKind,
    departmentId: call.departmentId,
    partnerUnitId: call.partnerUnitId,
    userId: call.userId,
    name,
    task: call.task,
    acknowledgedAt: iso(call.acknowledgedAt),
    arrivedAt: iso(call.arrivedAt),
    arrivalLat: call.arrivalLat,
    arrivalLng: call.arrivalLng,
    arrivalPhotoId: call.arrivalPhotoId,
    completedAt: iso(call.completedAt),
    completionNote: call.completionNote,
    late: arrivedLate(order, call),
    overdue: reportInOverdue(order, call, now),
  };
}
