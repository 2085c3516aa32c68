import { sql } from 'drizzle-orm';
import { bigserial, index, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { districtCode, districtKey } from '../../db/district-keys.js';
import { users } from '../users/users.tables.js';

/**
 * A household on a community's registry (户): a place (3号楼2单元301), never the people in it. Residents
 * are verified against it, so one household's people can be told from anyone who merely signed up.
 */
export const households = pgTable(
  'households',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    /** The community (社区) it belongs to. */
    regionCode: text('region_code').notNull(),
    /** Where it is: building, unit, door. */
    placeLabel: text('place_label').notNull(),
    /**
     * The hash of the one-time code the community printed for the door (入户码); the code itself is
     * answered once when issued and never stored. A new code replaces the old one.
     */
    doorCodeHash: text('door_code_hash'),
    doorCodeIssuedAt: timestamp('door_code_issued_at', { withTimezone: true }),
    /** When the current code was redeemed: a used code verifies nobody else. */
    doorCodeUsedAt: timestamp('door_code_used_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    ...districtKey('households', t),
    // One registry line per place, so a household is not registered twice by two staff members.
    uniqueIndex('households_place_uq').on(t.districtCode, t.regionCode, t.placeLabel),
    // Unique within a district by this key, and across districts by issuing (door-codes.ts): a
    // resident types a code without naming a district, so it is looked up by its hash alone.
    uniqueIndex('households_door_code_uq')
      .on(t.districtCode, t.doorCodeHash)
      .where(sql`${t.doorCodeHash} is not null`),
    index('households_door_code_idx').on(t.doorCodeHash).where(sql`${t.doorCodeHash} is not null`),
  ],
);

/**
 * Who is verified as living in which household: by a grid worker who saw them (grid_worker), or by the
 * code handed out at the door (door_code). One identity belongs to at most one household.
 */
export const residentVerifications = pgTable(
  'resident_verifications',
  {
    userId: uuid('user_id')
      .primaryKey()
      .references(() => users.id),
    /** A household of the registry (a district table: no foreign key from a person's table). */
    householdId: uuid('household_id').notNull(),
    /** Copied from the household so reads scope by region without a join. */
    regionCode: text('region_code').notNull(),
    method: text('method', { enum: ['grid_worker', 'door_code'] }).notNull(),
    /** The grid worker or staff member who verified; null for a door code. */
    verifiedBy: uuid('verified_by').references(() => users.id),
    verifiedAt: timestamp('verified_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('resident_verifications_household_idx').on(t.householdId)],
);

/**
 * Wrong door codes a user typed, counted so that guessing is bounded: a code is short enough to type
 * from paper, so the number of tries, not its length, is what keeps it safe.
 */
export const doorCodeAttempts = pgTable(
  'door_code_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
  },
  (t) => [index('door_code_attempts_user_idx').on(t.userId, t.at)],
);
