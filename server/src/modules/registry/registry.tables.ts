import { sql } from 'drizzle-orm';
import {
  bigserial,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { districtCode, districtKey, inDistrict } from '../../db/district-keys.js';
import { regions } from '../regions/regions.tables.js';

/** A residential building (楼栋) of a grid, with its address and floors; it also feeds the gazetteer. */
export const buildings = pgTable(
  'buildings',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    /** The grid the building stands in. */
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    /** As the community labels it, and as building leaders' posts name it: 3号楼. */
    name: text('name').notNull(),
    address: text('address').notNull(),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    floors: integer('floors').notNull(),
    updatedBy: uuid('updated_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    ...districtKey('buildings', t),
    uniqueIndex('buildings_name_uq').on(t.districtCode, t.regionCode, t.name),
    index('buildings_region_idx').using('btree', sql`${t.regionCode} text_pattern_ops`),
  ],
);

/** A stairwell (单元) of a building; unit leaders' posts name it. */
export const buildingUnits = pgTable(
  'building_units',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    buildingId: uuid('building_id').notNull(),
    name: text('name').notNull(),
  },
  (t) => [
    ...districtKey('building_units', t),
    inDistrict(
      'building_units_building_fk',
      [t.districtCode, t.buildingId],
      [buildings.districtCode, buildings.id],
    ),
    uniqueIndex('building_units_name_uq').on(t.districtCode, t.buildingId, t.name),
  ],
);

/** A household (户): one flat of a unit. */
export const registryHouseholds = pgTable(
  'registry_households',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    buildingId: uuid('building_id').notNull(),
    unitId: uuid('unit_id').notNull(),
    /** The building's grid, copied so that jurisdiction filters need no join. */
    regionCode: text('region_code').notNull(),
    room: text('room').notNull(),
    floor: integer('floor').notNull(),
    note: text('note').notNull().default(''),
    updatedBy: uuid('updated_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    /** The Idempotency-Key of the phone that registered it, and the fingerprint of what it sent. */
    clientKey: text('client_key'),
    clientKeyHash: text('client_key_hash'),
  },
  (t) => [
    ...districtKey('registry_households', t),
    inDistrict(
      'registry_households_building_fk',
      [t.districtCode, t.buildingId],
      [buildings.districtCode, buildings.id],
    ),
    inDistrict(
      'registry_households_unit_fk',
      [t.districtCode, t.unitId],
      [buildingUnits.districtCode, buildingUnits.id],
    ),
    uniqueIndex('registry_households_room_uq').on(t.districtCode, t.unitId, t.room),
    uniqueIndex('registry_households_client_key_uq')
      .on(t.districtCode, t.updatedBy, t.clientKey)
      .where(sql`${t.clientKey} is not null`),
    index('registry_households_building_idx').on(t.buildingId),
  ],
);

/**
 * A person living in a household. ID number and phone are sealed (AES-256-GCM, lib/personal-data) with
 * a blind index for exact lookups and a masked copy for lists: no list ever needs the key.
 */
export const registryResidents = pgTable(
  'registry_residents',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    householdId: uuid('household_id').notNull(),
    /** Order of entry: a household lists its people as they were registered, householder first. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    regionCode: text('region_code').notNull(),
    name: text('name').notNull(),
    /** 户主, 配偶, 子女, …: as the community writes it. */
    relation: text('relation').notNull().default(''),
    /** For 高龄 and the care schedules; the full birth date stays inside the sealed ID number. */
    birthYear: integer('birth_year'),
    idNumberSealed: text('id_number_sealed'),
    idNumberIndex: text('id_number_index'),
    idNumberMasked: text('id_number_masked'),
    phoneSealed: text('phone_sealed'),
    phoneIndex: text('phone_index'),
    phoneMasked: text('phone_masked'),
    careTags: text('care_tags').array().notNull().default(sql`'{}'::text[]`),
    movedOutAt: timestamp('moved_out_at', { withTimezone: true }),
    updatedBy: uuid('updated_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    ...districtKey('registry_residents', t),
    inDistrict(
      'registry_residents_household_fk',
      [t.districtCode, t.householdId],
      [registryHouseholds.districtCode, registryHouseholds.id],
    ),
    index('registry_residents_household_idx').on(t.householdId),
    index('registry_residents_region_idx').using('btree', sql`${t.regionCode} text_pattern_ops`),
    index('registry_residents_id_number_idx').on(t.idNumberIndex),
    index('registry_residents_phone_idx').on(t.phoneIndex),
  ],
);

/** Who saw a resident's unmasked data, when and why: append-only (a trigger refuses changes). */
export const personalDataAccess = pgTable(
  'personal_data_access',
  {
    districtCode: districtCode(),
    id: bigserial('id', { mode: 'number' }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    userId: uuid('user_id').notNull(),
    residentId: uuid('resident_id').notNull(),
    regionCode: text('region_code').notNull(),
    fields: text('fields').array().notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [
    primaryKey({ name: 'personal_data_access_pkey', columns: [t.districtCode, t.id] }),
    inDistrict(
      'personal_data_access_resident_fk',
      [t.districtCode, t.residentId],
      [registryResidents.districtCode, registryResidents.id],
    ),
    index('personal_data_access_region_idx').using('btree', sql`${t.regionCode} text_pattern_ops`, t.at),
  ],
);
