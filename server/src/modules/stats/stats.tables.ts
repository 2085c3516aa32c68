import {
  bigint,
  bigserial,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { RollupDelta } from './rollup/rollup-types.js';

/** The counters kept per rollup row; every KPI is a ratio of sums of these. */
const counters = () => ({
  reported: integer('reported').notNull().default(0),
  due: integer('due').notNull().default(0),
  closed: integer('closed').notNull().default(0),
  closedOnTime: integer('closed_on_time').notNull().default(0),
  filed: integer('filed').notNull().default(0),
  filedOnTime: integer('filed_on_time').notNull().default(0),
  dispatched: integer('dispatched').notNull().default(0),
  dispatchedOnTime: integer('dispatched_on_time').notNull().default(0),
  reworked: integer('reworked').notNull().default(0),
  returned: integer('returned').notNull().default(0),
  handled: integer('handled').notNull().default(0),
  handledOnTime: integer('handled_on_time').notNull().default(0),
  verifiedPublicReports: integer('verified_public_reports').notNull().default(0),
  hotlineValidCallbacks: integer('hotline_valid_callbacks').notNull().default(0),
  hotlineContacted: integer('hotline_contacted').notNull().default(0),
  hotlineResolved: integer('hotline_resolved').notNull().default(0),
  hotlineSatisfied: integer('hotline_satisfied').notNull().default(0),
  hotlineBasicallySatisfied: integer('hotline_basically_satisfied').notNull().default(0),
  hotlineClosedOnCall: integer('hotline_closed_on_call').notNull().default(0),
  whistlesIssued: integer('whistles_issued').notNull().default(0),
  reportIns: integer('report_ins').notNull().default(0),
  reportInsOnTime: integer('report_ins_on_time').notNull().default(0),
  problemsSolved: integer('problems_solved').notNull().default(0),
  evaluations: integer('evaluations').notNull().default(0),
  evaluationScoreSum: doublePrecision('evaluation_score_sum').notNull().default(0),
});
export const COUNTER_COLUMNS = Object.keys(counters()) as (keyof ReturnType<typeof counters>)[];
export type CounterName = (typeof COUNTER_COLUMNS)[number];

/**
 * KPI rollups: one row per China day, grid (or street, for whistles), responsible unit and category,
 * kept current as events happen so that a dashboard never scans the case table.
 */
export const kpiDaily = pgTable(
  'kpi_daily',
  {
    day: date('day').notNull(),
    regionCode: text('region_code').notNull(),
    /** 'd:<department id>', 'r:<office region code>', or '' where no unit applies. */
    unitKey: text('unit_key').notNull(),
    categoryCode: text('category_code').notNull(),
    ...counters(),
  },
  (t) => [
    primaryKey({ columns: [t.day, t.regionCode, t.unitKey, t.categoryCode] }),
    index('kpi_daily_unit_idx').on(t.unitKey, t.day),
  ],
);

/**
 * The same counters summed over grids and categories to the street: a city-wide or district-wide KPI
 * over years of cases reads a few thousand of these rows instead of millions of fine ones.
 */
export const kpiDailyStreet = pgTable(
  'kpi_daily_street',
  {
    day: date('day').notNull(),
    /** The street's 9-digit prefix (its code without the community part). */
    streetPrefix: text('street_prefix').notNull(),
    unitKey: text('unit_key').notNull(),
    ...counters(),
  },
  (t) => [
    primaryKey({ columns: [t.day, t.streetPrefix, t.unitKey] }),
    index('kpi_daily_street_unit_idx').on(t.unitKey, t.day),
  ],
);

/** What each case currently contributes to the rollups, so that a change can move it exactly. */
export const kpiCaseState = pgTable('kpi_case_state', {
  caseId: uuid('case_id').primaryKey(),
  regionCode: text('region_code').notNull(),
  categoryCode: text('category_code').notNull(),
  channel: text('channel').notNull(),
  unitKey: text('unit_key').notNull(),
  dueAt: text('due_at').notNull(),
  status: text('status').notNull(),
  closedAt: text('closed_at'),
  /** A linked duplicate counts once: through its master, not itself. */
  duplicate: boolean('duplicate').notNull().default(false),
  /** Where its latest dispatch was counted: a rework counts against that dispatch, once. */
  dispatchDay: text('dispatch_day'),
  dispatchUnitKey: text('dispatch_unit_key'),
  reworkedSinceDispatch: boolean('reworked_since_dispatch').notNull().default(false),
  /** A grid worker confirmed the public report: counted when the case is filed (监督举报率). */
  verified: boolean('verified').notNull().default(false),
  /**
   * The figures its latest valid 12345 callback put in the rollups: a ticket counts once in the three
   * rates, judged by that callback, so a later valid callback takes these out again.
   */
  countedCallback: jsonb('counted_callback').$type<RollupDelta>(),
});

/**
 * Events waiting to be applied to the rollups, written in the same transaction as the event itself;
 * the applier deletes what it applies in its own transaction, so each is applied exactly once.
 */
export const kpiOutbox = pgTable('kpi_outbox', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  source: text('source', { enum: ['case', 'whistle'] }).notNull(),
  eventId: bigint('event_id', { mode: 'number' }).notNull(),
  /**
   * When the writing transaction began: a KPI read reports the oldest of these as the moment up to
   * which its figures are complete.
   */
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
