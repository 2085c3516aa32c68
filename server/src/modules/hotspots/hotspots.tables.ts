import { sql } from 'drizzle-orm';
import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { districtCode, districtKey } from '../../db/district-keys.js';
import { categories } from '../categories/categories.tables.js';

/**
 * What the detector found and proposes to act on (未诉先办): a growing cluster, a problem that came back
 * after closure, or a caller calling again about the same thing, with its evidence. Staff accept it as a
 * proactive case or a whistle order, or dismiss it with a reason.
 */
export const hotspotProposals = pgTable(
  'hotspot_proposals',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    /** The street whose workbench shows it: the one holding most of its cases. */
    streetCode: text('street_code').notNull(),
    kind: text('kind').notNull().$type<'cluster' | 'recurrence' | 'repeat_caller'>(),
    /** The hotspot area (resolution-8 H3 cell) at its middle. */
    area: text('area').notNull(),
    /** 0: the area alone; 1: with its ring of six. */
    radius: integer('radius').notNull().default(0),
    categoryCode: text('category_code')
      .notNull()
      .references(() => categories.code),
    /** What else tells one proposal from another of its kind at the place: the place's cell for a
     * recurrence, the caller's key (a keyed hash, never shown) for a repeated caller; '' for a cluster. */
    subject: text('subject').notNull().default(''),
    observed: integer('observed').notNull(),
    expected: doublePrecision('expected').notNull(),
    /** −log10 of the chance of so many or more. */
    surprise: doublePrecision('surprise').notNull(),
    threshold: doublePrecision('threshold').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    windowEnd: timestamp('window_end', { withTimezone: true }).notNull(),
    /** The evidence: the cases counted. */
    caseIds: uuid('case_ids').array().notNull().default(sql`'{}'::uuid[]`),
    status: text('status').notNull().default('open').$type<'open' | 'accepted' | 'dismissed'>(),
    action: text('action').$type<'proactive_case' | 'whistle'>(),
    actionCaseId: uuid('action_case_id'),
    actionWhistleId: uuid('action_whistle_id'),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    dismissReason: text('dismiss_reason'),
    detectedAt: timestamp('detected_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    ...districtKey('hotspot_proposals', t),
    uniqueIndex('hotspot_proposals_open_uq')
      .on(t.districtCode, t.kind, t.area, t.categoryCode, t.subject)
      .where(sql`${t.status} = 'open'`),
    index('hotspot_proposals_street_idx').using(
      'btree',
      sql`${t.streetCode} text_pattern_ops`,
      t.status,
      t.detectedAt,
    ),
  ],
);

/** The detector's state between runs: when it last ran in full, the newest case it has seen, and the
 * city's figures of the last full run that an incremental run scores against. One row per detector. */
export const hotspotRuns = pgTable('hotspot_runs', {
  name: text('name').primaryKey(),
  ranAt: timestamp('ran_at', { withTimezone: true }).notNull(),
  fullAt: timestamp('full_at', { withTimezone: true }).notNull(),
  watermark: timestamp('watermark', { withTimezone: true }).notNull(),
  state: jsonb('state').notNull(),
});
