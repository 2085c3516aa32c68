import { sql } from 'drizzle-orm';
import {
  bigserial,
  doublePrecision,
  index,
  integer,
  jsonb,
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

export const TARGET_KINDS = ['shop', 'site', 'firm', 'stall'] as const;

/** Something inspected: a shop (with its 门前五包 duties), a construction site, a firm or a stall. */
export const inspectionTargets = pgTable(
  'inspection_targets',
  {
    /** The district's own region code, first in the keys: the table is distributed by it on Citus. */
    districtCode: districtCode(),
    id: uuid('id').defaultRandom().notNull(),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
    kind: text('kind', { enum: TARGET_KINDS }).notNull(),
    name: text('name').notNull(),
    address: text('address').notNull().default(''),
    lat: doublePrecision('lat').notNull(),
    lng: doublePrecision('lng').notNull(),
    frontageDuties: text('frontage_duties').array().notNull().default(sql`'{}'::text[]`),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    ...districtKey('inspection_targets', t),
    index('inspection_targets_region_idx').using('btree', sql`${t.regionCode} text_pattern_ops`),
  ],
);

/** What is checked at a kind of target; the defaults come with the migration. */
export const inspectionChecklistItems = pgTable(
  'inspection_checklist_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    targetKind: text('target_kind').notNull(),
    label: text('label').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [uniqueIndex('inspection_checklist_items_uq').on(t.targetKind, t.label)],
);

/** One inspection of a target: each checklist item passed or failed, with notes and photos. */
export const inspections = pgTable(
  'inspections',
  {
    districtCode: districtCode(),
    id: uuid('id').defaultRandom().notNull(),
    targetId: uuid('target_id').notNull(),
    regionCode: text('region_code').notNull(),
    inspectorId: uuid('inspector_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    results: jsonb('results').$type<{ item: string; ok: boolean; note: string }[]>().notNull(),
    note: text('note').notNull().default(''),
    photoIds: uuid('photo_ids').array().notNull().default(sql`'{}'::uuid[]`),
    clientKey: text('client_key'),
    clientKeyHash: text('client_key_hash'),
  },
  (t) => [
    primaryKey({ name: 'inspections_pkey', columns: [t.districtCode, t.id] }),
    inDistrict(
      'inspections_target_fk',
      [t.districtCode, t.targetId],
      [inspectionTargets.districtCode, inspectionTargets.id],
    ),
    index('inspections_id_idx').on(t.id),
    index('inspections_target_idx').on(t.targetId, t.at),
    uniqueIndex('inspections_client_key_uq')
      .on(t.districtCode, t.inspectorId, t.clientKey)
      .where(sql`${t.clientKey} is not null`),
  ],
);

/** 整改单: a failed item to put right by a deadline, confirmed or reopened by the follow-up (回头看). */
export const rectificationOrders = pgTable(
  'rectification_orders',
  {
    districtCode: districtCode(),
    id: uuid('id').defaultRandom().notNull(),
    targetId: uuid('target_id').notNull(),
    inspectionId: uuid('inspection_id').notNull(),
    regionCode: text('region_code').notNull(),
    item: text('item').notNull(),
    finding: text('finding').notNull(),
    photoIds: uuid('photo_ids').array().notNull().default(sql`'{}'::uuid[]`),
    state: text('state', { enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    deadline: timestamp('deadline', { withTimezone: true }).notNull(),
    /** How many follow-ups found it not fixed. */
    reopened: integer('reopened').notNull().default(0),
    /** A surprise follow-up drawn at random, not told to the target. */
    surpriseAt: timestamp('surprise_at', { withTimezone: true }),
    issuedBy: uuid('issued_by').notNull(),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    /** How far the sweep escalated it once overdue, so each level is told once (a new deadline resets it). */
    escalatedTo: text('escalated_to', { enum: ['none', 'community', 'street'] })
      .notNull()
      .default('none'),
  },
  (t) => [
    primaryKey({ name: 'rectification_orders_pkey', columns: [t.districtCode, t.id] }),
    inDistrict(
      'rectification_orders_target_fk',
      [t.districtCode, t.targetId],
      [inspectionTargets.districtCode, inspectionTargets.id],
    ),
    inDistrict(
      'rectification_orders_inspection_fk',
      [t.districtCode, t.inspectionId],
      [inspections.districtCode, inspections.id],
    ),
    index('rectification_orders_id_idx').on(t.id),
    index('rectification_orders_overdue_idx')
      .on(t.deadline)
      .where(sql`${t.state} = 'open' AND ${t.escalatedTo} <> 'street'`),
    index('rectification_orders_region_idx').using('btree', sql`${t.regionCode} text_pattern_ops`, t.state),
    index('rectification_orders_target_idx').on(t.targetId, t.issuedAt),
  ],
);

/** An order's timeline: issued, followed up (confirmed or reopened), a surprise follow-up scheduled. */
export const rectificationEvents = pgTable(
  'rectification_events',
  {
    districtCode: districtCode(),
    id: bigserial('id', { mode: 'number' }).notNull(),
    orderId: uuid('order_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    note: text('note').notNull().default(''),
    photoIds: uuid('photo_ids').array().notNull().default(sql`'{}'::uuid[]`),
    deadline: timestamp('deadline', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: 'rectification_events_pkey', columns: [t.districtCode, t.id] }),
    inDistrict(
      'rectification_events_order_fk',
      [t.districtCode, t.orderId],
      [rectificationOrders.districtCode, rectificationOrders.id],
    ),
    index('rectification_events_order_idx').on(t.orderId, t.id),
  ],
);

/** The secret shop codes are signed with: made once, kept apart from the data key so rotating that keeps printed codes valid. */
export const shopCodeSecret = pgTable('shop_code_secret', {
  id: integer('id').primaryKey(),
  secret: text('secret').notNull(),
});

/** A case a resident reported from a shop's code. */
export const shopCases = pgTable(
  'shop_cases',
  {
    /** The shop's district. */
    districtCode: districtCode(),
    caseId: uuid('case_id').notNull(),
    targetId: uuid('target_id').notNull(),
  },
  (t) => [
    primaryKey({ name: 'shop_cases_pkey', columns: [t.districtCode, t.caseId] }),
    inItsCase('shop_cases_case_fk', t),
    inDistrict(
      'shop_cases_target_fk',
      [t.districtCode, t.targetId],
      [inspectionTargets.districtCode, inspectionTargets.id],
    ),
    index('shop_cases_case_idx').on(t.caseId),
    index('shop_cases_target_idx').on(t.targetId),
  ],
);
