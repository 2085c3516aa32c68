import { EVALUATION_MODES } from '@needle/contract';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
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
import { districtCode, districtKey, inDistrict, inParent } from '../../db/district-keys.js';
import { households } from '../voters/voters.tables.js';

/**
 * 民事民评 / 比价评议: offers a community puts side by side for its households to score on criteria, or
 * to vote on. Open from opens_at to closes_at, or until closed by hand before; closing is final.
 */
export const evaluations = pgTable(
  'evaluations',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    /** The community (社区) whose households take part. */
    regionCode: text('region_code').notNull(),
    subject: text('subject').notNull(),
    description: text('description').notNull().default(''),
    mode: text('mode', { enum: EVALUATION_MODES }).notNull(),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    /** Set when staff close it before its time; past closes_at it is closed all the same. */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    ...districtKey('evaluations', t),
    index('evaluations_region_idx').on(t.regionCode, t.closesAt),
    check('evaluations_period_check', sql`${t.closesAt} > ${t.opensAt}`),
  ],
);

/** An evaluation's own row (offer, criterion, submission, score) lies in its evaluation's district. */
const ofEvaluation = (table: string, t: { districtCode: AnyPgColumn; evaluationId: AnyPgColumn }) =>
  inParent(`${table}_evaluation_fk`, t, t.evaluationId, evaluations);

/** One of the offers compared: a bidder, its price and what it offers. */
export const evaluationOffers = pgTable(
  'evaluation_offers',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    evaluationId: uuid('evaluation_id').notNull(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    /** Fen (分): a meal's price has cents. */
    priceFen: integer('price_fen').notNull(),
    priceUnit: text('price_unit').notNull().default(''),
    description: text('description').notNull().default(''),
    photoIds: uuid('photo_ids').array().notNull().default(sql`'{}'::uuid[]`),
  },
  (t) => [
    ...districtKey('evaluation_offers', t),
    ofEvaluation('evaluation_offers', t),
    index('evaluation_offers_evaluation_idx').on(t.evaluationId, t.position),
  ],
);

/** What the offers are scored on (价格、质量、服务), each with its weight. */
export const evaluationCriteria = pgTable(
  'evaluation_criteria',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    evaluationId: uuid('evaluation_id').notNull(),
    position: integer('position').notNull(),
    name: text('name').notNull(),
    weight: integer('weight').notNull(),
  },
  (t) => [
    ...districtKey('evaluation_criteria', t),
    ofEvaluation('evaluation_criteria', t),
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
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    evaluationId: uuid('evaluation_id').notNull(),
    householdId: uuid('household_id').notNull(),
    /** The offer voted for (vote mode). */
    offerId: uuid('offer_id'),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull(),
    /** The Idempotency-Key the phone sent and the fingerprint of what it sent: a retry gets the first back. */
    clientKey: text('client_key'),
    clientKeyHash: text('client_key_hash'),
  },
  (t) => [
    ...districtKey('evaluation_submissions', t),
    ofEvaluation('evaluation_submissions', t),
    inDistrict(
      'evaluation_submissions_household_fk',
      [t.districtCode, t.householdId],
      [households.districtCode, households.id],
    ),
    inDistrict(
      'evaluation_submissions_offer_fk',
      [t.districtCode, t.offerId],
      [evaluationOffers.districtCode, evaluationOffers.id],
    ),
    uniqueIndex('evaluation_submissions_household_uq').on(t.districtCode, t.evaluationId, t.householdId),
  ],
);

/** A submission's score of one offer on one criterion, 1 to 5. */
export const evaluationScores = pgTable(
  'evaluation_scores',
  {
    districtCode: districtCode(),
    submissionId: uuid('submission_id').notNull(),
    /** Copied from the submission so the tally sums one evaluation's scores without a join. */
    evaluationId: uuid('evaluation_id').notNull(),
    offerId: uuid('offer_id').notNull(),
    criterionId: uuid('criterion_id').notNull(),
    score: smallint('score').notNull(),
  },
  (t) => [
    primaryKey({
      name: 'evaluation_scores_pkey',
      columns: [t.districtCode, t.submissionId, t.offerId, t.criterionId],
    }),
    ofEvaluation('evaluation_scores', t),
    inDistrict(
      'evaluation_scores_submission_fk',
      [t.districtCode, t.submissionId],
      [evaluationSubmissions.districtCode, evaluationSubmissions.id],
    ),
    inDistrict(
      'evaluation_scores_offer_fk',
      [t.districtCode, t.offerId],
      [evaluationOffers.districtCode, evaluationOffers.id],
    ),
    inDistrict(
      'evaluation_scores_criterion_fk',
      [t.districtCode, t.criterionId],
      [evaluationCriteria.districtCode, evaluationCriteria.id],
    ),
    index('evaluation_scores_evaluation_idx').on(t.evaluationId),
    check('evaluation_scores_range_check', sql`${t.score} between 1 and 5`),
  ],
);
