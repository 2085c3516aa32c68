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
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { districtCode } from '../../db/district-keys.js';
import { inItsCase } from '../cases/cases.tables.js';
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
    /** The region's district (the first six digits of its code): the row's home on Citus. */
    districtCode: districtCode(),
    day: date('day').notNull(),
    regionCode: text('region_code').notNull(),
    /** 'd:<department id>', 'r:<office region code>', or '' where no unit applies. */
    unitKey: text('unit_key').notNull(),
    categoryCode: text('category_code').notNull(),
    ...counters(),
  },
  (t) => [
    primaryKey({ columns: [t.districtCode, t.day, t.regionCode, t.unitKey, t.categoryCode] }),
    index('kpi_daily_unit_idx').on(t.unitKey, t.day),
    // A community's or a grid's category cut: a prefix of the region code, then the days.
    index('kpi_daily_region_idx').on(t.regionCode.op('text_pattern_ops'), t.day),
  ],
);

/**
 * The fine rows summed to the grain each query reads, so that no dashboard reads as many rows as there
 * are cases (see rollup/rollup-cuts.ts for the keys):
 * - cut 'cases' and 'whistles': a region at each level (city, district, street, community, grid: its
 *   4/6/9/12/15-digit prefix), case figures and whistle figures apart, as the rankings count cases only;
 * - cut 'unit': a responsible unit ('d:<department id>', 'r:<office code>');
 * - cut 'category': a category within a city, a district or a street ('<prefix>:<category code>').
 * Each is kept per day and per month ('span'); a year reads twelve month rows where it would read 365
 * day rows. `key` is in the C collation in the database, so a prefix LIKE walks the primary key.
 * Rows come a day after another, so one period's rows of every key (a ranking) share a few pages; the
 * table leaves a fifth of each page free (fillfactor 80) so that a counter's update stays on its page.
 */
export const kpiRollup = pgTable(
  'kpi_rollup',
  {
    /**
     * Where the row lives on Citus (`districtHomeOf`): a region's district; a city's own rows
     * under the city's code; a unit's rows apart per district of its cases.
     */
    districtCode: districtCode(),
    cut: text('cut', { enum: ['cases', 'whistles', 'unit', 'category'] }).notNull(),
    /** How many digits of a region code the key holds (4 city … 15 grid); 0 for a unit. */
    level: smallint('level').notNull(),
    key: text('key').notNull(),
    span: text('span', { enum: ['day', 'month'] }).notNull(),
    /** The day, or the first day of the month. */
    bucket: date('bucket').notNull(),
    ...counters(),
    /**
     * On a month row, for each day, the cases due from that day to the month's end and not closed yet
     * (element 1 is the 1st, 31 elements; open-from-day.ts): the month's 应结 so far is its due less
     * today's element, read from this one row (kpi-sums.ts). Null on day rows.
     */
    openFromDay: integer('open_from_day').array(),
  },
  (t) => [
    // One key's days or months: a card, a trend.
    primaryKey({ columns: [t.cut, t.level, t.key, t.span, t.bucket, t.districtCode] }),
    // Every key of a level in a period: a ranking.
    index('kpi_rollup_bucket_idx').on(t.cut, t.level, t.span, t.bucket, t.key),
  ],
);

/** What each case currently contributes to the rollups, so that a change can move it exactly. */
export const kpiCaseState = pgTable(
  'kpi_case_state',
  {
    /** The case's district (it follows the case). */
    districtCode: districtCode(),
    caseId: uuid('case_id').notNull(),
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
  },
  (t) => [
    primaryKey({ name: 'kpi_case_state_pkey', columns: [t.districtCode, t.caseId] }),
    inItsCase('kpi_case_state_case_fk', t),
    index('kpi_case_state_case_idx').on(t.caseId),
  ],
);

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
