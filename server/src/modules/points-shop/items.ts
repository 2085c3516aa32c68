import type { ShopItem, ShopItemInput, ShopItemPatch, ShopItemsQuery } from '@needle/contract';
import { and, asc, eq, like } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { districtCodeOf } from '../../lib/codes/region-code.js';
import { badRequest, notFound } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { partnersOfCommunity, visiblePartner } from '../community-lists/resources.js';
import type { RegionsService } from '../regions/regions.service.js';
import { partnerUnits } from '../whistle/whistle.tables.js';
import { shopItems } from './points-shop.tables.js';
import { nowOf, type ShopDeps } from './shop-deps.js';
import { offeredTo, shopPrefix, shopRegionFor } from './shop-office.js';

type ItemRow = typeof shopItems.$inferSelect;

export function itemView(regions: RegionsService, i: ItemRow, unit: { name: string }): ShopItem {
  return {
    id: i.id,
    regionCode: i.regionCode,
    regionName: regions.directory.node(i.regionCode)?.name ?? i.regionCode,
    partnerUnitId: i.partnerUnitId,
    partnerUnitName: unit.name,
    name: i.name,
    description: i.description,
    points: i.points,
    stock: i.stock,
    active: i.active,
  };
}

const withUnit = (db: Executor) =>
  db
    .select({ item: shopItems, unitName: partnerUnits.name })
    .from(shopItems)
    .innerJoin(partnerUnits, eq(partnerUnits.id, shopItems.partnerUnitId));

/** An item of the shop the staff member keeps, locked for a change; any other is "not found". */
async function keptItem(tx: Executor, user: AuthUser, id: string) {
  const [row] = await withUnit(tx)
    .where(and(eq(shopItems.id, id), like(shopItems.regionCode, `${shopPrefix(user)}%`)))
    .for('update', { of: shopItems });
  if (!row)
    throw notFound('SHOP_ITEM_NOT_FOUND', `Item ${id} does not exist or is outside your jurisdiction`);
  return row;
}

/**
 * Puts a partner merchant's item on the shop of a community or street. The merchant is a partner unit of
 * an alliance the region draws on (its own or one above it), still in the alliance.
 */
export async function createItem(deps: ShopDeps, actor: AuthUser, input: ShopItemInput): Promise<ShopItem> {
  const regionCode = shopRegionFor(deps.regions, actor, input.regionCode);
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const unit = await visiblePartner(tx, deps.regions, actor, input.partnerUnitId);
    const [serves] = await tx
      .select({ id: partnerUnits.id })
      .from(partnerUnits)
      .where(and(eq(partnerUnits.id, unit.id), partnersOfCommunity(deps.regions, regionCode)));
    if (!serves) {
      throw notFound('PARTNER_UNIT_NOT_FOUND', `${unit.name} is not in an alliance this region draws on`);
    }
    if (!unit.active) throw badRequest('PARTNER_UNIT_INACTIVE', `${unit.name} has left the alliance`);
    const [item] = await tx
      .insert(shopItems)
      .values({
        districtCode: districtCodeOf(regionCode),
        regionCode,
        partnerUnitId: unit.id,
        name: input.name.trim(),
        description: input.description?.trim() ?? '',
        points: input.points,
        stock: input.stock,
        createdBy: actor.id,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!item) throw new Error('the item insert returned no row');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'shop_item.create',
      entity: 'shop_item',
      entityId: item.id,
      regionCode,
      after: item,
    });
    return itemView(deps.regions, item, unit);
  });
}

/**
 * Changes an item: its name, price, stock or whether it is offered. A new price applies to redemptions
 * from now on; the pending ones keep what they held. Setting the stock is a count of what is on the
 * merchant's shelf, not yet promised: pending redemptions already took theirs off.
 */
export async function updateItem(
  deps: ShopDeps,
  actor: AuthUser,
  id: string,
  patch: ShopItemPatch,
): Promise<ShopItem> {
  return deps.db.transaction(async (tx) => {
    const { item: before, unitName } = await keptItem(tx, actor, id);
    const [after] = await tx
      .update(shopItems)
      .set({
        ...(patch.name !== undefined && { name: patch.name.trim() }),
        ...(patch.description !== undefined && { description: patch.description.trim() }),
        ...(patch.points !== undefined && { points: patch.points }),
        ...(patch.stock !== undefined && { stock: patch.stock }),
        ...(patch.active !== undefined && { active: patch.active }),
        updatedAt: nowOf(deps),
      })
      .where(eq(shopItems.id, id))
      .returning();
    if (!after) throw new Error('the item update returned no row');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'shop_item.update',
      entity: 'shop_item',
      entityId: id,
      regionCode: after.regionCode,
      before,
      after,
    });
    return itemView(deps.regions, after, { name: unitName });
  });
}

/** The items of the shops a staff member keeps, offered or not, by region and name. */
export async function listKeptItems(deps: ShopDeps, viewer: AuthUser, q: ShopItemsQuery) {
  const rows = await withUnit(deps.db)
    .where(
      and(
        like(shopItems.regionCode, `${shopPrefix(viewer)}%`),
        q.regionCode ? eq(shopItems.regionCode, q.regionCode) : undefined,
        q.active === undefined ? undefined : eq(shopItems.active, q.active),
      ),
    )
    .orderBy(asc(shopItems.regionCode), asc(shopItems.name), asc(shopItems.id))
    .limit(500);
  return { items: rows.map((r) => itemView(deps.regions, r.item, { name: r.unitName })) };
}

/**
 * The shop as a resident sees it: the items offered where they live (their community and the street above
 * it), cheapest first; one out of stock stays listed with a stock of 0.
 */
export async function listShop(deps: ShopDeps, viewer: AuthUser, q: ShopItemsQuery) {
  const rows = await withUnit(deps.db)
    .where(
      and(
        eq(shopItems.active, true),
        offeredTo(deps.regions, viewer, shopItems.regionCode),
        q.regionCode ? eq(shopItems.regionCode, q.regionCode) : undefined,
      ),
    )
    .orderBy(asc(shopItems.points), asc(shopItems.name), asc(shopItems.id))
    .limit(500);
  return { items: rows.map((r) => itemView(deps.regions, r.item, { name: r.unitName })) };
}
