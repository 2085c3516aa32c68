import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { conflict, forbidden, notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { whistleCalls, whistleOrders } from './whistle.tables.js';
import { isIssuingOffice, ordersVisibleTo } from './whistle-scope.js';

export type WhistleOrderRow = typeof whistleOrders.$inferSelect;
export type WhistleCallRow = typeof whistleCalls.$inferSelect;

const orderNotFound = (id: string) =>
  notFound('WHISTLE_NOT_FOUND', `Whistle order ${id} does not exist or is outside your jurisdiction`);

/**
 * The order, row-locked for the rest of the transaction so that steps on it (a report-in, the close)
 * happen one after the other; 404 when the user may not see it.
 */
export async function lockVisibleOrder(tx: Tx, user: AuthUser, orderId: string): Promise<WhistleOrderRow> {
  const [order] = await tx
    .select()
    .from(whistleOrders)
    .where(and(eq(whistleOrders.id, orderId), ordersVisibleTo(user)))
    .for('update');
  if (!order) throw orderNotFound(orderId);
  return order;
}

export async function callOfOrder(tx: Tx, order: WhistleOrderRow, callId: string): Promise<WhistleCallRow> {
  const [call] = await tx
    .select()
    .from(whistleCalls)
    .where(and(eq(whistleCalls.id, callId), eq(whistleCalls.orderId, order.id)));
  if (!call) throw notFound('CALL_NOT_FOUND', `Whistle order ${order.code} has no call ${callId}`);
  return call;
}

export function assertOpen(order: WhistleOrderRow): void {
  if (order.status !== 'open') {
    throw conflict('WHISTLE_NOT_OPEN', `Whistle order ${order.code} is ${order.status}`);
  }
}

/** The order, locked, for a command of the office that issued it: close, cancel, evaluate. */
export async function lockOrderForOffice(tx: Tx, user: AuthUser, orderId: string): Promise<WhistleOrderRow> {
  const order = await lockVisibleOrder(tx, user, orderId);
  if (!isIssuingOffice(user, order)) {
    throw forbidden('NOT_ISSUING_OFFICE', `Only the office that issued ${order.code} may do this`);
  }
  return order;
}

/**
 * Whether the user reports in for the call: the called department's staff, the called member, or —
 * for a partner unit, which has no accounts — the issuing office recording it on the unit's behalf.
 */
function answersFor(user: AuthUser, order: WhistleOrderRow, call: WhistleCallRow): boolean {
  const j = user.jurisdiction;
  if (call.targetKind === 'department')
    return j.kind === 'department' && j.departmentId === call.departmentId;
  if (call.targetKind === 'member') return call.userId === user.id;
  return isIssuingOffice(user, order);
}

/** The open order and the call, locked, for a report-in step by whoever answers for the call. */
export async function lockCallForStep(
  tx: Tx,
  user: AuthUser,
  orderId: string,
  callId: string,
): Promise<{ order: WhistleOrderRow; call: WhistleCallRow }> {
  const order = await lockVisibleOrder(tx, user, orderId);
  const call = await callOfOrder(tx, order, callId);
  if (!answersFor(user, order, call)) {
    throw forbidden('NOT_YOUR_CALL', 'Only the called unit reports in for this call');
  }
  assertOpen(order);
  return { order, call };
}
