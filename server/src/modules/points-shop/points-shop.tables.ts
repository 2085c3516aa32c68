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
import { users } from '../users/users.tables.js';
import { partnerUnits } from '../whistle/whistle.tables.js';

/**
 * An item of the points shop (积分超市): what a partner merchant hands out for so many points, offered in a
 * community or a street, with the stock left. The stock never goes below zero (a check), so two residents
 * redeeming the last one cannot both have it.
 */
export const shopItems = pgTable(
  'shop_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The community or street it is offered in: its residents see it. */
    regionCode: text('region_code').notNull(),
    /** The partner merchant (a partner unit of the alliance) that hands it out. */
    partnerUnitId: uuid('partner_unit_id')
      .notNull()
      .references(() => partnerUnits.id),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    points: integer('points').notNull(),
    stock: integer('stock').notNull(),
    active: boolean('active').notNull().default(true),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
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
    id: uuid('id').primaryKey().defaultRandom(),
    itemId: uuid('item_id')
      .notNull()
      .references(() => shopItems.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
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
    endedBy: uuid('ended_by').references(() => users.id),
    /** The Idempotency-Key the phone sent, and the fingerprint of what was sent with it. */
    clientKey: text('client_key'),
    clientKeyHash: text('client_key_hash'),
  },
  (t) => [
    uniqueIndex('shop_redemptions_pickup_code_uq').on(t.pickupCode).where(sql`${t.state} = 'pending'`),
    uniqueIndex('shop_redemptions_client_key_uq')
      .on(t.userId, t.clientKey)
      .where(sql`${t.clientKey} is not null`),
    index('shop_redemptions_user_idx').on(t.userId, t.createdAt),
    index('shop_redemptions_due_idx').on(t.state, t.pickupDeadline),
    index('shop_redemptions_region_idx').on(t.regionCode, t.state),
    check('shop_redemptions_points_positive', sql`${t.points} > 0`),
  ],
);
