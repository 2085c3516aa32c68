import type { Redeemed } from '@needle/contract';
import { and, eq, gt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { AppError, conflict, notFound } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { requestHash } from '../cases/idempotency.js';
import { lockUserPoints } from '../points/balance.js';
import { holdPoints } from '../points/holds.js';
import { settingsCache } from '../settings/settings.service.js';
import { partnerUnits } from '../whistle/whistle.tables.js';
import { pickupCode } from './pickup-code.js';
import { shopItems, shopRedemptions } from './points-shop.tables.js';
import { auditedRedemption, redemptionSource, redemptionView } from './redemption-view.js';
import { nowOf, type ShopDeps } from './shop-deps.js';
import { offeredTo } from './shop-office.js';

const DAY_MS = 86_400_000;
// A clash of two eight-character codes among the pending is already unlikely; five in a row means a bug.
const CODE_DRAWS = 5;

/**
 * The redemption a standing Idempotency-Key already made, or null. The same key for another item is the
 * client's mistake, refused rather than answered with an unrelated redemption.
 */
async function replayOf(tx: Executor, userId: string, key: string, hash: string): Promise<Redeemed | null> {
  const [earlier] = await tx
    .select({ r: shopRedemptions, name: shopItems.name, unitName: partnerUnits.name })
    .from(shopRedemptions)
    .innerJoin(shopItems, eq(shopItems.id, shopRedemptions.itemId))
    .innerJoin(partnerUnits, eq(partnerUnits.id, shopItems.partnerUnitId))
    .where(and(eq(shopRedemptions.userId, userId), eq(shopRedemptions.clientKey, key)));
  if (!earlier) return null;
  if (earlier.r.clientKeyHash !== hash) {
    throw new AppError(422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for another redemption');
  }
  return { redemption: redemptionView(earlier.r, earlier), replayed: true };
}

/**
 * Redeems one of an item offered where the user lives, in one transaction: one taken off the stock (a
 * conditional UPDATE, so the last one goes to one resident only), the price held from the user's points
 * (refused if they have not that many available), and a pending redemption with a pickup code to show the
 * merchant, who has `pointsPickupDays` to hand it over. With an Idempotency-Key, a phone's retry returns
 * the first redemption instead of redeeming twice: the user's points lock, taken first, puts the retry
 * behind the first attempt, so it finds the key there.
 */
export async function redeemItem(
  deps: ShopDeps,
  user: AuthUser,
  itemId: string,
  key?: string,
): Promise<Redeemed> {
  const now = nowOf(deps);
  const hash = requestHash({ itemId });
  const { pointsPickupDays } = await settingsCache.get(deps.db);
  return deps.db.transaction(async (tx) => {
    await lockUserPoints(tx, user.id);
    const replay = key ? await replayOf(tx, user.id, key, hash) : null;
    if (replay) return replay;
    const [found] = await tx
      .select({ item: shopItems, unitName: partnerUnits.name })
      .from(shopItems)
      .innerJoin(partnerUnits, eq(partnerUnits.id, shopItems.partnerUnitId))
      .where(and(eq(shopItems.id, itemId), offeredTo(deps.regions, user, shopItems.regionCode)));
    if (!found) throw notFound('SHOP_ITEM_NOT_FOUND', `Item ${itemId} is not offered where you live`);
    const { item } = found;
    if (!item.active) throw conflict('SHOP_ITEM_INACTIVE', `${item.name} is no longer offered`);
    const [taken] = await tx
      .update(shopItems)
      .set({ stock: sql`${shopItems.stock} - 1` })
      .where(and(eq(shopItems.id, item.id), eq(shopItems.active, true), gt(shopItems.stock, 0)))
      .returning({ points: shopItems.points });
    if (!taken) throw conflict('SHOP_ITEM_OUT_OF_STOCK', `${item.name} is out of stock`);
    const redemption = await insertRedemption(tx, {
      districtCode: item.districtCode,
      itemId: item.id,
      userId: user.id,
      regionCode: item.regionCode,
      points: taken.points,
      createdAt: now,
      pickupDeadline: new Date(now.getTime() + pointsPickupDays * DAY_MS),
      clientKey: key ?? null,
      clientKeyHash: key ? hash : null,
    });
    await holdPoints(tx, {
      userId: user.id,
      amount: redemption.points,
      source: redemptionSource(redemption.id),
      at: now,
    });
    await recordAudit(tx, {
      actorId: user.id,
      action: 'shop_redemption.create',
      entity: 'shop_redemption',
      entityId: redemption.id,
      regionCode: redemption.regionCode,
      after: auditedRedemption(redemption),
    });
    return {
      redemption: redemptionView(redemption, { name: item.name, unitName: found.unitName }),
      replayed: false,
    };
  });
}

type NewRedemption = Omit<typeof shopRedemptions.$inferInsert, 'pickupCode'>;

/** Inserts the redemption with a fresh pickup code, drawing again when the code is pending already. */
async function insertRedemption(tx: Executor, values: NewRedemption) {
  for (let draw = 0; draw < CODE_DRAWS; draw++) {
    const [row] = await tx
      .insert(shopRedemptions)
      .values({ ...values, pickupCode: pickupCode() })
      .onConflictDoNothing()
      .returning();
    if (row) return row;
  }
  throw new Error(`no free pickup code in ${CODE_DRAWS} draws`);
}
