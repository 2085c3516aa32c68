import { sql } from 'drizzle-orm';
import {
  boolean,
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
import { inItsCase } from '../cases/cases.tables.js';
import { regions } from '../regions/regions.tables.js';

/** How many patrols a day a grid's worker owes (一日两巡) and how long one must last to count. */
export const patrolRules = pgTable('patrol_rules', {
  /** '' is the city's default; a street's, community's or grid's code overrides it below. */
  regionCode: text('region_code').primaryKey(),
  patrolsPerDay: integer('patrols_per_day').notNull(),
  minMinutes: integer('min_minutes').notNull(),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** A required point of a grid's patrol: checked in by GPS within its radius or by scanning its QR code. */
export const patrolPoints = pgTable(
  'patrol_points',
  {
    /** The district's own region code, first in the keys: the table is distributed by it on Citus. */
    districtCode: districtCode(),
    id: uuid('id').defaultRandom().notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    name: text('name').notNull(),
    lat: doublePrecision('lat').notNull(),
    lng: doublePrecision('lng').notNull(),
    radiusM: integer('radius_m').notNull().default(50),
    /** What the point's printed QR code carries: random, so a code cannot be made up from the point's id. */
    qrToken: text('qr_token').notNull(),
    active: boolean('active').notNull().default(true),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    ...districtKey('patrol_points', t),
    uniqueIndex('patrol_points_qr_uq').on(t.districtCode, t.qrToken),
    index('patrol_points_region_idx').using('btree', sql`${t.regionCode} text_pattern_ops`),
  ],
);

/**
 * One patrol of a grid worker. Its id is made by the phone, so a patrol started offline exists on the
 * phone first and its start, track and end can all wait in the phone's queue. The track is one row:
 * the points as an encoded polyline with times (track-code.ts), each batch the phone sent merged in once.
 */
export const patrols = pgTable(
  'patrols',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull(),
    /** The worker's grid. */
    regionCode: text('region_code').notNull(),
    workerId: uuid('worker_id').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    track: text('track').notNull().default(''),
    trackPoints: integer('track_points').notNull().default(0),
    /** The batch numbers merged in: a batch sent again is recognised and skipped. */
    trackBatches: integer('track_batches').array().notNull().default(sql`'{}'::integer[]`),
    distanceM: integer('distance_m').notNull().default(0),
    /** The grid's points the track came within radius of: the patrol's coverage. */
    passedPointIds: uuid('passed_point_ids').array().notNull().default(sql`'{}'::uuid[]`),
    pointsTotal: integer('points_total').notNull().default(0),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    ...districtKey('patrols', t),
    index('patrols_worker_idx').on(t.workerId, t.startedAt),
    index('patrols_region_idx').using('btree', sql`${t.regionCode} text_pattern_ops`, t.startedAt),
  ],
);

export const patrolCheckins = pgTable(
  'patrol_checkins',
  {
    districtCode: districtCode(),
    id: uuid('id').defaultRandom().notNull(),
    patrolId: uuid('patrol_id').notNull(),
    pointId: uuid('point_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** 'gps': within the point's radius; 'qr': its code scanned. */
    method: text('method', { enum: ['gps', 'qr'] }).notNull(),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    distanceM: integer('distance_m'),
  },
  (t) => [
    primaryKey({ name: 'patrol_checkins_pkey', columns: [t.districtCode, t.id] }),
    inDistrict('patrol_checkins_patrol_fk', [t.districtCode, t.patrolId], [patrols.districtCode, patrols.id]),
    inDistrict(
      'patrol_checkins_point_fk',
      [t.districtCode, t.pointId],
      [patrolPoints.districtCode, patrolPoints.id],
    ),
    uniqueIndex('patrol_checkins_uq').on(t.districtCode, t.patrolId, t.pointId),
  ],
);

/**
 * A case raised on a patrol. No foreign key to the patrol: a phone that was offline may deliver the
 * case before the patrol's start (they wait in separate queues), and the link must hold either way.
 */
export const patrolCases = pgTable(
  'patrol_cases',
  {
    /** The case's district. */
    districtCode: districtCode(),
    caseId: uuid('case_id').notNull(),
    patrolId: uuid('patrol_id').notNull(),
    workerId: uuid('worker_id').notNull(),
  },
  (t) => [
    primaryKey({ name: 'patrol_cases_pkey', columns: [t.districtCode, t.caseId] }),
    inItsCase('patrol_cases_case_fk', t),
    index('patrol_cases_case_idx').on(t.caseId),
    index('patrol_cases_patrol_idx').on(t.patrolId),
  ],
);
