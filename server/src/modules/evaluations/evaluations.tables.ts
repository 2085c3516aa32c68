import { EVALUATION_MODES } from '@needle/contract';
import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../users/users.tables.js';
import { households } from '../voters/voters.tables.js';

/**
 * 民事民评 / 比价评议: offers a community puts side by side for its households to score on criteria, or
 * to vote on. Open from opens_at to closes_at, or until closed by hand before; closing is final.
 */
export const evaluations = pgTable(
  'evaluations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** The community (社区) whose households take part. */
    regionCode: text('region_code').notNull(),
    subject: text('subject').notNull(),
    description: text('description').notNull().default(''),
    mode: text('mode', { enum: EVALUATION_MODES }).notNull(),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    /** Set when staff close it before its time; past closes_at it is closed all the same. */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('evaluations_region_idx').on(t.regionCode, t.closesAt),
    check('evaluations_period_check', sql`${t.closesAt} > ${t.opensAt}`),
  ],
);

/** One of the offers compared: a bidder, its price and what it offers. */
export const evaluationOffers = pgTable(
  'evaluation_offers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    /** Fen (分): a meal's price has cents. */
    priceFen: integer('price_fen').notNull(),
    priceUnit: text('price_unit').notNull().default(''),
    description: text('description').notNull().default(''),
    photoIds: uuid('photo_ids').array().notNull().default(sql`'{}'::uuid[]`),
  },
  (t) => [index('evaluation_offers_evaluation_idx').on(t.evaluationId, t.position)],
);

/** What the offers are scored on (价格、质量、服务), each with its weight. */
export const evaluationCriteria = pgTable(
  'evaluation_criteria',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    weight: integer('weight').notNull(),
  },
  (t) => [
    index('evaluation_criteria_evaluation_idx').on(t.evaluationId, t.position),
    check('evaluation_criteria_weight_check', sql`${t.weight} > 0`),
  ],
);

/**
 * A household's one submission (一户一票): the unique index refuses a second from any of its members,
 * however close together they come. No user is kept here, only the household; the scores or the vote
 * are read back only as sums.
 */
export const evaluationSubmissions = pgTable(
  'evaluation_submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id),
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    /** The offer voted for (vote mode). */
    offerId: uuid('offer_id').references(() => evaluationOffers.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    /** The Idempotency-Key the phone sent and the fingerprint of what it sent: a retry gets the first back. */
    clientKey: text('client_key'),
    clientKeyHash: text('client_key_hash'),
  },
  (t) => [uniqueIndex('evaluation_submissions_household_uq').on(t.evaluationId, t.householdId)],
);

/** A submission's score of one offer on one criterion, 1 to 5. */
export const evaluationScores = pgTable(
  'evaluation_scores',
  {
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => evaluationSubmissions.id),
    /** Copied from the submission so the tally sums one evaluation's scores without a join. */
    evaluationId: uuid('evaluation_id')
      .notNull()
      .references(() => evaluations.id),
    offerId: uuid('offer_id')
      .notNull()
      .references(() => evaluationOffers.id),
    criterionId: uuid('criterion_id')
      .notNull()
      .references(() => evaluationCriteria.id),
    score: smallint('score').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.submissionId, t.offerId, t.criterionId] }),
    index('evaluation_scores_evaluation_idx').on(t.evaluationId),
    check('evaluation_scores_range_check', sql`${t.score} between 1 and 5`),
  ],
);
