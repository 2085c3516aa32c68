import type { Redemption, StaffRedemption } from '@needle/contract';
import { and, eq, gt, like, lte, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../db/database.js';
import { districtCodeOfPrefix } from '../../lib/codes/region-code.js';
import { conflict, notFound } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { releaseHold } from '../points/holds.js';
import { users } from '../users/users.tables.js';
import { partnerUnits } from '../whistle/whistle.tables.js';
import { normalCode } from './pickup-code.js';
import { shopItems, shopRedemptions } from './points-shop.tables.js';
import {
  auditedRedemption,
  redemptionSource,
  redemptionView,
  staffRedemptionView,
} from './redemption-view.js';
import { nowOf, type ShopDeps } from './shop-deps.js';
import { shopPrefix } from './shop-office.js';

type RedemptionRow = typeof shopRedemptions.$inferSelect;

const itemOf = async (tx: Executor, itemId: string) => {
  const [item] = await tx
    .select({ name: shopItems.name, unitName: partnerUnits.name })
    .from(shopItems)
    .innerJoin(partnerUnits, eq(partnerUnits.id, shopItems.partnerUnitId))
    .where(eq(shopItems.id, itemId));
  if (!item) throw new Error(`redemption of a missing item ${itemId}`);
  return item;
};

/** Puts one back on each item's shelf for every redemption called off. */
async function restock(tx: Executor, called: readonly RedemptionRow[]): Promise<void> {
  const perItem = new Map<string, number>();
  for (const r of called) perItem.set(r.itemId, (perItem.get(r.itemId) ?? 0) + 1);
  // In id order, so two processes restocking the same items lock them in the same order.
  for (const [itemId, count] of [...perItem].sort(([a], [b]) => a.localeCompare(b))) {
    await tx
      .update(shopItems)
      .set({ stock: sql`${shopItems.stock} + ${count}` })
      .where(eq(shopItems.id, itemId));
  }
}

const holdOf = (r: RedemptionRow, at: Date) => ({
  userId: r.userId,
  amount: r.points,
  source: redemptionSource(r.id),
  at,
});

/**
 * The resident calls off their own pending redemption before pickup: the item goes back on the shelf and
 * the held points back to them. Another's redemption is "not found"; one no longer pending is a conflict.
 */
export async function cancelRedemption(deps: ShopDeps, user: AuthUser, id: string): Promise<Redemption> {
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(shopRedemptions)
      .where(and(eq(shopRedemptions.id, id), eq(shopRedemptions.userId, user.id)));
    if (!before) throw notFound('REDEMPTION_NOT_FOUND', `You have no redemption ${id}`);
    // The state test in the UPDATE, not the read above, decides: a pickup or the sweep at the same moment
    // finds the row changed, so a redemption ends one way only.
    const [after] = await tx
      .update(shopRedemptions)
      .set({ state: 'cancelled', endedAt: now, endedBy: user.id })
      .where(and(eq(shopRedemptions.id, id), eq(shopRedemptions.state, 'pending')))
      .returning();
    if (!after)
      throw conflict('REDEMPTION_NOT_PENDING', 'This redemption was already picked up, cancelled or expired');
    await restock(tx, [after]);
    await releaseHold(tx, holdOf(after, now), 'returned');
    await recordAudit(tx, {
      actorId: user.id,
      action: 'shop_redemption.cancel',
      entity: 'shop_redemption',
      entityId: id,
      regionCode: after.regionCode,
      before: auditedRedemption(before),
      after: auditedRedemption(after),
    });
    return redemptionView(after, await itemOf(tx, after.itemId));
  });
}

/**
 * The merchant hands the item over: staff of the redemption's community or street, acting for the partner
 * merchant, enter or scan the resident's pickup code. The held points go to the shop. A code that names
 * no pending redemption in the staff member's area, or one past its pickup deadline, is "not found"; a
 * second completion of the same code finds it no longer pending, so it never pays twice.
 */
export async function completePickup(
  deps: ShopDeps,
  staff: AuthUser,
  code: string,
): Promise<StaffRedemption> {
  const prefix = shopPrefix(staff);
  const now = nowOf(deps);
  const district = districtCodeOfPrefix(prefix);
  return deps.db.transaction(async (tx) => {
    // A code is unique among a district's pending pickups. Staff of a street or a community complete
    // pickups in their own district; an administrator who sees every district could meet a code
    // waiting in two, and is then asked to complete it from the district's own staff.
    const waiting = await tx
      .select({ districtCode: shopRedemptions.districtCode, id: shopRedemptions.id })
      .from(shopRedemptions)
      .where(
        and(
          district ? eq(shopRedemptions.districtCode, district) : undefined,
          eq(shopRedemptions.pickupCode, normalCode(code)),
          eq(shopRedemptions.state, 'pending'),
          gt(shopRedemptions.pickupDeadline, now),
          like(shopRedemptions.regionCode, `${prefix}%`),
        ),
      )
      .limit(2)
      .for('update');
    const [found] = waiting;
    if (!found) {
      throw notFound('PICKUP_CODE_NOT_FOUND', 'No redemption waiting for pickup in your area has this code');
    }
    if (waiting.length > 1) {
      throw conflict(
        'PICKUP_CODE_IN_TWO_DISTRICTS',
        "This code is waiting for pickup in two districts: complete it as staff of the shop's street or community",
      );
    }
    const [after] = await tx
      .update(shopRedemptions)
      .set({ state: 'completed', endedAt: now, endedBy: staff.id })
      .where(
        and(
          eq(shopRedemptions.districtCode, found.districtCode),
          eq(shopRedemptions.id, found.id),
          eq(shopRedemptions.state, 'pending'),
        ),
      )
      .returning();
    if (!after) throw new Error('the pickup update returned no row');
    await releaseHold(tx, holdOf(after, now), 'picked_up');
    await recordAudit(tx, {
      actorId: staff.id,
      action: 'shop_redemption.complete',
      entity: 'shop_redemption',
      entityId: after.id,
      regionCode: after.regionCode,
      before: { ...auditedRedemption(after), state: 'pending', endedAt: null, endedBy: null },
      after: auditedRedemption(after),
    });
    const [resident] = await tx
      .select({ displayName: users.displayName, phone: users.phone })
      .from(users)
      .where(eq(users.id, after.userId));
    return staffRedemptionView(
      after,
      await itemOf(tx, after.itemId),
      resident ?? { displayName: null, phone: null },
    );
  });
}

/**
 * Calls off every redemption not picked up by its deadline: the item back on the shelf, the points back to
 * the resident. One UPDATE … WHERE state = 'pending' moves each and returns it, so when several processes
 * sweep at once each redemption expires, and its points return, exactly once. Returns how many expired.
 */
export async function expirePickups(db: Db, now: Date = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    const expired = await tx
      .update(shopRedemptions)
      .set({ state: 'expired', endedAt: now })
      .where(and(eq(shopRedemptions.state, 'pending'), lte(shopRedemptions.pickupDeadline, now)))
      .returning();
    if (expired.length === 0) return 0;
    await restock(tx, expired);
    for (const r of expired) await releaseHold(tx, holdOf(r, now), 'returned');
    await recordAudit(
      tx,
      ...expired.map((r) => ({
        actorId: null,
        action: 'shop_redemption.expire',
        entity: 'shop_redemption',
        entityId: r.id,
        regionCode: r.regionCode,
        before: { ...auditedRedemption(r), state: 'pending', endedAt: null },
        after: auditedRedemption(r),
      })),
    );
    return expired.length;
  });
}
