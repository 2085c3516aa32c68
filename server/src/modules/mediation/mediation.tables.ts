import { sql } from 'drizzle-orm';
import { date, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { districtCode, districtKey, inDistrict } from '../../db/district-keys.js';

export const DISPUTE_KINDS = ['neighbour', 'family', 'property', 'other'] as const;
export const DISPUTE_STATES = ['open', 'agreed', 'failed'] as const;

/** A dispute mediated in the grid (邻里纠纷, 家庭矛盾, …): "a micro-grid is a mediation team". */
export const disputes = pgTable(
  'disputes',
  {
    /** The district's own region code, first in the keys: the table is distributed by it on Citus. */
    districtCode: districtCode(),
    id: uuid('id').defaultRandom().notNull(),
    regionCode: text('region_code').notNull(),
    kind: text('kind', { enum: DISPUTE_KINDS }).notNull(),
    summary: text('summary').notNull(),
    /** The parties' names and sides: personal data, masked in every answer. */
    parties: jsonb('parties').$type<{ name: string; side: string }[]>().notNull(),
    state: text('state', { enum: DISPUTE_STATES }).notNull().default('open'),
    agreement: text('agreement').notNull().default(''),
    followUpOn: date('follow_up_on'),
    followedUpAt: timestamp('followed_up_at', { withTimezone: true }),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    ...districtKey('disputes', t),
    index('disputes_region_idx').using('btree', sql`${t.regionCode} text_pattern_ops`),
  ],
);

export const disputeSessions = pgTable(
  'dispute_sessions',
  {
    districtCode: districtCode(),
    id: uuid('id').defaultRandom().notNull(),
    disputeId: uuid('dispute_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    mediatorId: uuid('mediator_id').notNull(),
    note: text('note').notNull(),
  },
  (t) => [
    primaryKey({ name: 'dispute_sessions_pkey', columns: [t.districtCode, t.id] }),
    inDistrict(
      'dispute_sessions_dispute_fk',
      [t.districtCode, t.disputeId],
      [disputes.districtCode, disputes.id],
    ),
    index('dispute_sessions_dispute_idx').on(t.disputeId, t.at),
  ],
);
