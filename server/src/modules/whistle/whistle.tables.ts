import { CALL_TARGET_KINDS, PARTNER_KINDS, WHISTLE_STATUSES } from '@needle/contract';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { districtCode, districtKey, inDistrict } from '../../db/district-keys.js';
import { cases } from '../cases/cases.tables.js';
import { departments } from '../departments/departments.tables.js';

/** A partner unit (联盟单位: company, NGO, shop, volunteer team) that answers whistles too. */
export const partnerUnits = pgTable(
  'partner_units',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind', { enum: PARTNER_KINDS }).notNull(),
    /** The street (or community) whose alliance it joined. */
    regionCode: text('region_code').notNull(),
    /** How many whistles a year it has promised to answer (seed 002: at least 2). */
    requiredYearlyResponses: integer('required_yearly_responses').notNull().default(2),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'partner_units_pkey', columns: [t.districtCode, t.id] }),
    index('partner_units_id_idx').on(t.id),
  ],
);

/**
 * A whistle order (哨令): a community calls its grid members (level 2), or a street calls named
 * departments and partners (level 3), to a place by a deadline, for one or more cases or a campaign.
 */
export const whistleOrders = pgTable(
  'whistle_orders',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    code: text('code').notNull(),
    level: smallint('level').notNull(),
    /** The community (level 2) or street (level 3) that whistles. */
    regionCode: text('region_code').notNull(),
    title: text('title').notNull(),
    task: text('task').notNull(),
    place: text('place').notNull(),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    meetAt: timestamp('meet_at', { withTimezone: true }),
    reportDeadlineAt: timestamp('report_deadline_at', { withTimezone: true }).notNull(),
    status: text('status', { enum: WHISTLE_STATUSES }).notNull(),
    issuedBy: uuid('issued_by'),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    ...districtKey('whistle_orders', t),
    uniqueIndex('whistle_orders_code_unique').on(t.districtCode, t.code),
    index('whistle_orders_region_idx').using('btree', sql`${t.regionCode} text_pattern_ops`),
  ],
);

/** A foreign key to the order, by (district, order). */
function inOrder(name: string, t: { districtCode: AnyPgColumn; orderId: AnyPgColumn }) {
  return inDistrict(name, [t.districtCode, t.orderId], [whistleOrders.districtCode, whistleOrders.id]);
}

export const whistleOrderCases = pgTable(
  'whistle_order_cases',
  {
    districtCode: districtCode(),
    orderId: uuid('order_id').notNull(),
    caseId: uuid('case_id').notNull(),
  },
  (t) => [
    primaryKey({ name: 'whistle_order_cases_pkey', columns: [t.districtCode, t.orderId, t.caseId] }),
    inOrder('whistle_order_cases_order_fk', t),
    // Not cascading: a case a street whistled about stays in that street's district.
    inDistrict('whistle_order_cases_case_fk', [t.districtCode, t.caseId], [cases.districtCode, cases.id]),
    index('whistle_order_cases_case_idx').on(t.caseId),
  ],
);

/**
 * One unit called by a whistle, with its part of the task and its report-in (报到): acknowledged,
 * arrived (where, with a photo), done.
 */
export const whistleCalls = pgTable(
  'whistle_calls',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    orderId: uuid('order_id').notNull(),
    targetKind: text('target_kind', { enum: CALL_TARGET_KINDS }).notNull(),
    departmentId: uuid('department_id').references(() => departments.id),
    partnerUnitId: uuid('partner_unit_id'),
    /** Level 2: the grid member (a "1+8+X" post holder) called: an account, so no foreign key on Citus. */
    userId: uuid('user_id'),
    task: text('task').notNull(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    arrivedAt: timestamp('arrived_at', { withTimezone: true }),
    arrivalLat: doublePrecision('arrival_lat'),
    arrivalLng: doublePrecision('arrival_lng'),
    arrivalPhotoId: uuid('arrival_photo_id'),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    completionNote: text('completion_note'),
    regionCode: text('region_code').notNull(),
  },
  (t) => [
    ...districtKey('whistle_calls', t),
    inOrder('whistle_calls_order_fk', t),
    inDistrict(
      'whistle_calls_partner_unit_fk',
      [t.districtCode, t.partnerUnitId],
      [partnerUnits.districtCode, partnerUnits.id],
    ),
    index('whistle_calls_order_idx').on(t.orderId),
    index('whistle_calls_department_idx').on(t.departmentId),
    index('whistle_calls_partner_idx').on(t.partnerUnitId),
    index('whistle_calls_arrival_photo_idx').on(t.arrivalPhotoId),
  ],
);

/** The street's score of one department's answer to one whistle (双向考核). */
export const whistleEvaluations = pgTable(
  'whistle_evaluations',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    callId: uuid('call_id').notNull(),
    byUserId: uuid('by_user_id').notNull(),
    reportedInOnTime: boolean('reported_in_on_time').notNull(),
    solved: boolean('solved').notNull(),
    cooperation: smallint('cooperation').notNull(),
    score: doublePrecision('score').notNull(),
    comment: text('comment').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    ...districtKey('whistle_evaluations', t),
    inDistrict(
      'whistle_evaluations_call_fk',
      [t.districtCode, t.callId],
      [whistleCalls.districtCode, whistleCalls.id],
    ),
    uniqueIndex('whistle_evaluations_call_uq').on(t.districtCode, t.callId),
  ],
);

/** A department's monthly score of a street (the other direction of 双向考核). */
export const streetEvaluations = pgTable(
  'street_evaluations',
  {
    /** The evaluated street's district. */
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    departmentId: uuid('department_id')
      .notNull()
      .references(() => departments.id),
    streetCode: text('street_code').notNull(),
    month: text('month').notNull(),
    byUserId: uuid('by_user_id').notNull(),
    coordination: smallint('coordination').notNull(),
    support: smallint('support').notNull(),
    score: doublePrecision('score').notNull(),
    comment: text('comment').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    ...districtKey('street_evaluations', t),
    uniqueIndex('street_evaluations_uq').on(t.districtCode, t.departmentId, t.streetCode, t.month),
  ],
);

/** The whistle's append-only log: issued, acknowledged, arrived, completed, evaluated, closed. */
export const whistleEvents = pgTable(
  'whistle_events',
  {
    districtCode: districtCode(),
    id: bigserial('id', { mode: 'number' }).notNull(),
    orderId: uuid('order_id').notNull(),
    callId: uuid('call_id'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    note: text('note').notNull().default(''),
    data: jsonb('data'),
    regionCode: text('region_code').notNull(),
  },
  (t) => [
    primaryKey({ name: 'whistle_events_pkey', columns: [t.districtCode, t.id] }),
    inOrder('whistle_events_order_fk', t),
    // Reads by id alone: the rollup worker's batches (migration 0051).
    index('whistle_events_id_idx').on(t.id),
    index('whistle_events_order_idx').on(t.orderId, t.id),
  ],
);
