import type { RedemptionsQuery, StaffRedemptionsQuery } from '@needle/contract';
import { and, desc, eq, like } from 'drizzle-orm';
import type { AuthUser } from '../auth/auth-user.js';
import { users } from '../users/users.tables.js';
import { partnerUnits } from '../whistle/whistle.tables.js';
import { shopItems, shopRedemptions } from './points-shop.tables.js';
import { redemptionView, staffRedemptionView } from './redemption-view.js';
import type { ShopDeps } from './shop-deps.js';
import { shopPrefix } from './shop-office.js';

const withItem = (deps: ShopDeps) =>
  deps.db
    .select({
      r: shopRedemptions,
      name: shopItems.name,
      unitName: partnerUnits.name,
      displayName: users.displayName,
      phone: users.phone,
    })
    .from(shopRedemptions)
    .innerJoin(shopItems, eq(shopItems.id, shopRedemptions.itemId))
    .innerJoin(partnerUnits, eq(partnerUnits.id, shopItems.partnerUnitId))
    .innerJoin(users, eq(users.id, shopRedemptions.userId));

/** The user's own redemptions, newest first: the pending ones with the code to show the merchant. */
export async function myRedemptions(deps: ShopDeps, userId: string, q: RedemptionsQuery) {
  const rows = await withItem(deps)
    .where(and(eq(shopRedemptions.userId, userId), q.state ? eq(shopRedemptions.state, q.state) : undefined))
    .orderBy(desc(shopRedemptions.createdAt), desc(shopRedemptions.id))
    .limit(200);
  return { items: rows.map((row) => redemptionView(row.r, row)) };
}

/** The redemptions of the shops a staff member keeps, newest first, the residents masked and no codes. */
export async function keptRedemptions(deps: ShopDeps, staff: AuthUser, q: StaffRedemptionsQuery) {
  const rows = await withItem(deps)
    .where(
      and(
        like(shopRedemptions.regionCode, `${shopPrefix(staff)}%`),
        q.regionCode ? eq(shopRedemptions.regionCode, q.regionCode) : undefined,
        q.state ? eq(shopRedemptions.state, q.state) : undefined,
      ),
    )
    .orderBy(desc(shopRedemptions.createdAt), desc(shopRedemptions.id))
    .limit(500);
  return { items: rows.map((row) => staffRedemptionView(row.r, row, row)) };
}
