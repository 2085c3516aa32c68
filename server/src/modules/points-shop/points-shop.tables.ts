import { REDEMPTION_STATES } from '@needle/contract';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { districtCode, districtKey, inDistrict } from '../../db/district-keys.js';
import { partnerUnits } from '../whistle/whistle.tables.js';

/**
 * An item of the points shop (积分超市): what a partner merchant hands out for so many points, offered in a
 * community or a street, with the stock left. The stock never goes below zero (a check), so two residents
 * redeeming the last one cannot both have it.
 */
export const shopItems = pgTable(
  'shop_items',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    /** The community or street it is offered in: its residents see it. */
    regionCode: text('region_code').notNull(),
    /** The partner merchant (a partner unit of the alliance) that hands it out. */
    partnerUnitId: uuid('partner_unit_id').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    points: integer('points').notNull(),
    stock: integer('stock').notNull(),
    active: boolean('active').notNull().default(true),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    ...districtKey('shop_items', t),
    inDistrict(
      'shop_items_partner_unit_fk',
      [t.districtCode, t.partnerUnitId],
      [partnerUnits.districtCode, partnerUnits.id],
    ),
    index('shop_items_region_idx').on(t.regionCode, t.active),
    check('shop_items_points_positive', sql`${t.points} > 0`),
    check('shop_items_stock_nonnegative', sql`${t.stock} >= 0`),
  ],
);

/**
 * A resident's redemption of one item: its points held (user → system:held) while it waits for pickup,
 * then paid to the shop when the merchant enters the pickup code, or given back when it is cancelled or
 * not picked up in time. The ledger's transfers name it as `redemption:<id>`.
 */
export const shopRedemptions = pgTable(
  'shop_redemptions',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    itemId: uuid('item_id').notNull(),
    userId: uuid('user_id').notNull(),
    /** The item's region when redeemed: the staff who may complete it are those of this area. */
    regionCode: text('region_code').notNull(),
    /** The price paid, fixed when redeemed. */
    points: integer('points').notNull(),
    state: text('state', { enum: REDEMPTION_STATES }).notNull().default('pending'),
    /** What the resident shows the merchant; unique among pending redemptions. */
    pickupCode: text('pickup_code').notNull(),
    pickupDeadline: timestamp('pickup_deadline', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** When it was picked up, cancelled or expired, and by whom (null for the expiry sweep). */
    endedAt: timestamp('ended_at', { withTimezone: true }),
    endedBy: uuid('ended_by'),
    /** The Idempotency-Key the phone sent, and the fingerprint of what was sent with it. */
    clientKey: text('client_key'),
    clientKeyHash: text('client_key_hash'),
  },
  (t) => [
    ...districtKey('shop_redemptions', t),
    inDistrict(
      'shop_redemptions_item_fk',
      [t.districtCode, t.itemId],
      [shopItems.districtCode, shopItems.id],
    ),
    // Unique within a district; looked up across districts only by staff who see several.
    uniqueIndex('shop_redemptions_pickup_code_uq')
      .on(t.districtCode, t.pickupCode)
      .where(sql`${t.state} = 'pending'`),
    index('shop_redemptions_pickup_code_idx').on(t.pickupCode).where(sql`${t.state} = 'pending'`),
    uniqueIndex('shop_redemptions_client_key_uq')
      .on(t.districtCode, t.userId, t.clientKey)
      .where(sql`${t.clientKey} is not null`),
    index('shop_redemptions_user_idx').on(t.userId, t.createdAt),
    index('shop_redemptions_due_idx').on(t.state, t.pickupDeadline),
    index('shop_redemptions_region_idx').on(t.regionCode, t.state),
    check('shop_redemptions_points_positive', sql`${t.points} > 0`),
  ],
);
