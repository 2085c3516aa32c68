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
import { districtCode, inDistrict } from '../../db/district-keys.js';
import { categories } from '../categories/categories.tables.js';
import { departments } from '../departments/departments.tables.js';

/**
 * A case (案卷): one problem, owned by someone from report to closure. Its current state lives here;
 * how it got there lives in case_events, written in the same transaction.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').notNull().defaultRandom(),
    /** Human-readable: street prefix, date, sequence, e.g. 220104004-20261123-0007. */
    code: text('code').notNull(),
    channel: text('channel').notNull(),
    categoryCode: text('category_code')
      .notNull()
      .references(() => categories.code),
    /** The category's version when the case was opened: the rule it is judged by. */
    categoryVersion: integer('category_version').notNull(),
    status: text('status').notNull(),
    description: text('description').notNull(),
    address: text('address').notNull().default(''),
    lat: doublePrecision('lat').notNull(),
    lng: doublePrecision('lng').notNull(),
    /** H3 cell (resolution 10, ~66 m edge) of the location: "what is near" without a table scan. */
    h3Cell: text('h3_cell').notNull(),
    gridCode: text('grid_code').notNull(),
    communityCode: text('community_code').notNull(),
    streetCode: text('street_code').notNull(),
    /**
     * The district the case is in: first in its keys and in its children's, the distribution key on
     * Citus (docs/scaling.md, section 4). A relocation to another district changes it, and the children
     * follow (ON UPDATE CASCADE).
     */
    districtCode: districtCode(),
    /** The finest region the case belongs to; scopes reads. */
    regionCode: text('region_code').notNull(),
    /** An account (a coordinator table on Citus, so no foreign key); accounts are never deleted. */
    reporterId: uuid('reporter_id'),
    /** For reports taken on someone's behalf (hotline): the caller's name and number, personal data. */
    reporterName: text('reporter_name'),
    reporterPhone: text('reporter_phone'),
    /** Given by some channels (Open311); personal data like the phone, never shown publicly. */
    reporterEmail: text('reporter_email'),
    /** Answers to the category's extra questions (category_attributes), by attribute code. */
    attributes: jsonb('attributes'),
    routing: text('routing').notNull(),
    /** The responsible unit: a department, or a region office (street or community). */
    unitDepartmentId: uuid('unit_department_id').references(() => departments.id),
    unitRegionCode: text('unit_region_code'),
    /** The current step, when it began and when it is due; the traffic light reads them. */
    stepStartedAt: timestamp('step_started_at', { withTimezone: true }).notNull().defaultNow(),
    stepDueAt: timestamp('step_due_at', { withTimezone: true }),
    /** When the step turns yellow (80 % of its limit, in working time): the sweeper warns then. */
    stepWarnAt: timestamp('step_warn_at', { withTimezone: true }),
    /** Set once the sweeper has announced the current step as overdue, so it is announced once. */
    stepOverdueAt: timestamp('step_overdue_at', { withTimezone: true }),
    stepDueSoonNotified: boolean('step_due_soon_notified').notNull().default(false),
    /** The case's overall deadline from the category's time limit, on the working calendar. */
    dueAt: timestamp('due_at', { withTimezone: true }).notNull(),
    extensionRequested: boolean('extension_requested').notNull().default(false),
    reworkCount: integer('rework_count').notNull().default(0),
    reopenCount: integer('reopen_count').notNull().default(0),
    /** A duplicate follows its master and counts once in the KPIs. */
    masterCaseId: uuid('master_case_id'),
    rating: smallint('rating'),
    ratingComment: text('rating_comment'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'cases_pkey', columns: [t.districtCode, t.id] }),
    // Reads by id alone.
    index('cases_id_idx').on(t.id),
    uniqueIndex('cases_code_unique').on(t.districtCode, t.code),
    index('cases_region_idx').using('btree', sql`${t.regionCode} text_pattern_ops`, t.createdAt),
    index('cases_status_idx').on(t.status),
    index('cases_unit_dept_idx').on(t.unitDepartmentId),
    // It also carries closed_at and channel (INCLUDE, migration 0050) for the recurrence pass.
    index('cases_near_idx').on(t.h3Cell, t.categoryCode, t.createdAt),
    index('cases_master_idx').on(t.masterCaseId),
    index('cases_step_due_idx').on(t.stepDueAt),
    index('cases_step_warn_idx').on(t.stepWarnAt),
    index('cases_created_idx').on(t.createdAt),
    // 未诉先办 reads the proactive cases of a region and period alone (migration 0049).
    index('cases_proactive_idx')
      .using('btree', sql`${t.regionCode} text_pattern_ops`, t.createdAt)
      .where(sql`${t.channel} = 'proactive'`),
    // "My reports" and the reporter's latest categories read a person's own cases, newest first.
    index('cases_reporter_idx').on(t.reporterId, t.createdAt),
    // The open cases of a region or a department, by deadline: every workbench count and queue reads
    // these, a few per cent of the table.
    index('cases_open_region_idx')
      .using('btree', sql`${t.regionCode} text_pattern_ops`, t.stepDueAt)
      .where(sql`status not in ('closed', 'rejected', 'voided') and master_case_id is null`),
    index('cases_open_unit_idx')
      .on(t.unitDepartmentId, t.stepDueAt)
      .where(sql`status not in ('closed', 'rejected', 'voided') and master_case_id is null`),
  ],
);

/**
 * A child's foreign key to its case by (district, case): the child lies in its case's district, and
 * follows the case when a relocation moves it to another district.
 */
export function inItsCase(name: string, t: { districtCode: AnyPgColumn; caseId: AnyPgColumn }) {
  return inDistrict(name, [t.districtCode, t.caseId], [cases.districtCode, cases.id]).onUpdate('cascade');
}

/** The append-only timeline of a case: every change, with who, in which role, when, and why. */
export const caseEvents = pgTable(
  'case_events',
  {
    /** The case's district (it follows the case). */
    districtCode: districtCode(),
    id: bigserial('id', { mode: 'number' }).notNull(),
    caseId: uuid('case_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid('actor_id'),
    actorRole: text('actor_role').notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    note: text('note').notNull().default(''),
    photoIds: uuid('photo_ids').array().notNull().default(sql`'{}'::uuid[]`),
    data: jsonb('data'),
    regionCode: text('region_code').notNull(),
  },
  (t) => [
    primaryKey({ name: 'case_events_pkey', columns: [t.districtCode, t.id] }),
    inItsCase('case_events_case_fk', t),
    // Reads by id alone: the rollup worker's batches (migration 0051).
    index('case_events_id_idx').on(t.id),
    index('case_events_case_idx').on(t.caseId, t.id),
    index('case_events_at_idx').on(t.at),
    // 已办 on the workbench: a user's steps, grouped by case, read from the index alone.
    index('case_events_actor_idx').on(t.actorId, t.caseId, t.id),
    // Reading a photo asks which case it is attached to.
    index('case_events_photos_idx').using('gin', t.photoIds),
  ],
);

/** People who follow a case: its reporter and everyone who said "me too" (they are told of changes). */
export const caseFollowers = pgTable(
  'case_followers',
  {
    districtCode: districtCode(),
    caseId: uuid('case_id').notNull(),
    userId: uuid('user_id').notNull(),
    since: timestamp('since', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'case_followers_pkey', columns: [t.districtCode, t.caseId, t.userId] }),
    inItsCase('case_followers_case_fk', t),
    index('case_followers_case_idx').on(t.caseId),
  ],
);

/** 督办: a superior's urging on an open case, which the holder must answer. */
export const caseSupervisions = pgTable(
  'case_supervisions',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    byUserId: uuid('by_user_id').notNull(),
    note: text('note').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    reply: text('reply'),
    repliedBy: uuid('replied_by'),
    repliedAt: timestamp('replied_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: 'case_supervisions_pkey', columns: [t.districtCode, t.id] }),
    inItsCase('case_supervisions_case_fk', t),
    index('case_supervisions_id_idx').on(t.id),
    index('case_supervisions_case_idx').on(t.caseId),
  ],
);

/** One row per (prefix, day): the last sequence number given out for case codes. */
export const caseCodeSequences = pgTable(
  'case_code_sequences',
  {
    /** The district of the street or office the counter is for. */
    districtCode: districtCode(),
    prefix: text('prefix').notNull(),
    day: text('day').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ name: 'case_code_sequences_pkey', columns: [t.districtCode, t.prefix, t.day] })],
);

/**
 * A submission's Idempotency-Key and what it produced: a phone that retries after a lost answer
 * gets the first case back instead of a second one.
 */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    scope: text('scope').notNull(),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    /** The case it made: no foreign key, as the keys are a person's (a coordinator table on Citus). */
    caseId: uuid('case_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('idempotency_keys_uq').on(t.scope, t.key)],
);
