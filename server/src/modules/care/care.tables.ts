import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { districtCode, districtKey, inDistrict } from '../../db/district-keys.js';
import { registryResidents } from '../registry/registry.tables.js';

/** A care group (关爱对象): the five built in (独居, 空巢, 残疾, 低保, 高龄) and any a city adds. */
export const careTags = pgTable('care_tags', {
  code: text('code').primaryKey(),
  label: text('label').notNull(),
  builtIn: boolean('built_in').notNull().default(false),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * How often a care group is visited: '' is the city's default, a community's own row overrides it for
 * its residents (the longest matching region code wins).
 */
export const careSchedules = pgTable(
  'care_schedules',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: text('region_code').notNull(),
    careTag: text('care_tag')
      .notNull()
      .references(() => careTags.code),
    everyDays: integer('every_days').notNull(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('care_schedules_uq').on(t.regionCode, t.careTag)],
);

/** A visit to a resident under care, with notes and photos. */
export const careVisits = pgTable(
  'care_visits',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    residentId: uuid('resident_id').notNull(),
    regionCode: text('region_code').notNull(),
    visitedBy: uuid('visited_by').notNull(),
    visitedAt: timestamp('visited_at', { withTimezone: true }).notNull(),
    note: text('note').notNull().default(''),
    photoIds: uuid('photo_ids').array().notNull().default(sql`'{}'::uuid[]`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    clientKey: text('client_key'),
    clientKeyHash: text('client_key_hash'),
  },
  (t) => [
    ...districtKey('care_visits', t),
    inDistrict(
      'care_visits_resident_fk',
      [t.districtCode, t.residentId],
      [registryResidents.districtCode, registryResidents.id],
    ),
    index('care_visits_resident_idx').on(t.residentId, t.visitedAt),
    uniqueIndex('care_visits_client_key_uq')
      .on(t.districtCode, t.visitedBy, t.clientKey)
      .where(sql`${t.clientKey} is not null`),
  ],
);
