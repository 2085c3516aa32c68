import { sql } from 'drizzle-orm';
import { date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const DISPUTE_KINDS = ['neighbour', 'family', 'property', 'other'] as const;
export const DISPUTE_STATES = ['open', 'agreed', 'failed'] as const;

/** A dispute mediated in the grid (邻里纠纷, 家庭矛盾, …): "a micro-grid is a mediation team". */
export const disputes = pgTable(
  'disputes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
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
  (t) => [index('disputes_region_idx').using('btree', sql`${t.regionCode} text_pattern_ops`)],
);

export const disputeSessions = pgTable(
  'dispute_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    disputeId: uuid('dispute_id')
      .notNull()
      .references(() => disputes.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    mediatorId: uuid('mediator_id').notNull(),
    note: text('note').notNull(),
  },
  (t) => [index('dispute_sessions_dispute_idx').on(t.disputeId, t.at)],
);
