import { DELIBERATION_STATES, ELECTOR_CAPACITIES, VOTE_CHOICES } from '@needle/contract';
import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
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
import { communityNeeds } from '../community-lists/community-lists.tables.js';
import { users } from '../users/users.tables.js';

/**
 * A matter the community decides in four steps (四步议事): proposed by the party organisation, discussed
 * by the two committees (两委), reviewed and voted by party members and resident representatives, and
 * published on the community board for `publish_days`, when residents may object.
 */
export const deliberations = pgTable(
  'deliberations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    regionCode: text('region_code').notNull(),
    title: text('title').notNull(),
    proposal: text('proposal').notNull(),
    /** The need on the community's list it answers, when it came from one. */
    needId: uuid('need_id').references(() => communityNeeds.id),
    state: text('state', { enum: DELIBERATION_STATES }).notNull().default('proposed'),
    /** The two committees' minutes (step 2). */
    minutes: text('minutes'),
    resolution: text('resolution'),
    publishDays: integer('publish_days').notNull().default(7),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedUntil: timestamp('published_until', { withTimezone: true }),
    /** The community staff member who entered the party organisation's proposal. */
    proposedBy: uuid('proposed_by').references(() => users.id),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [index('deliberations_region_idx').on(t.regionCode, t.state)],
);

/** A meeting held for a step: when, where, how many came and in which roles, and its photos. */
export const deliberationMeetings = pgTable(
  'deliberation_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    deliberationId: uuid('deliberation_id')
      .notNull()
      .references(() => deliberations.id),
    step: integer('step').notNull(),
    heldAt: timestamp('held_at', { withTimezone: true }).notNull(),
    place: text('place').notNull(),
    attendees: integer('attendees').notNull(),
    attendeeRoles: text('attendee_roles').notNull().default(''),
    note: text('note').notNull().default(''),
    photoIds: uuid('photo_ids').array().notNull().default(sql`'{}'::uuid[]`),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('deliberation_meetings_deliberation_idx').on(t.deliberationId, t.heldAt)],
);

/** Residents' objections to a resolution on the board (step 4). */
export const deliberationObjections = pgTable(
  'deliberation_objections',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    deliberationId: uuid('deliberation_id')
      .notNull()
      .references(() => deliberations.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    text: text('text').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** The Idempotency-Key the phone sent, and the fingerprint of what it sent: a retry is not a second objection. */
    clientKey: text('client_key'),
    clientKeyHash: text('client_key_hash'),
  },
  (t) => [
    index('deliberation_objections_deliberation_idx').on(t.deliberationId, t.at),
    uniqueIndex('deliberation_objections_client_key_uq')
      .on(t.userId, t.clientKey)
      .where(sql`${t.clientKey} is not null`),
  ],
);

/** A deliberation's append-only timeline: every step, meeting, vote opened and closed, objection. */
export const deliberationEvents = pgTable(
  'deliberation_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    deliberationId: uuid('deliberation_id')
      .notNull()
      .references(() => deliberations.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    note: text('note').notNull().default(''),
    data: jsonb('data'),
    regionCode: text('region_code').notNull(),
  },
  (t) => [index('deliberation_events_deliberation_idx').on(t.deliberationId, t.id)],
);

/**
 * Step 3's vote: its rules (quorum and majority in percent), and once closed, its count. Closing is final:
 * the count is written once, from the ballots, and a trigger refuses any change to a closed vote.
 */
export const deliberationVotes = pgTable(
  'deliberation_votes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    deliberationId: uuid('deliberation_id')
      .notNull()
      .references(() => deliberations.id),
    regionCode: text('region_code').notNull(),
    quorumPercent: integer('quorum_percent').notNull(),
    majorityPercent: integer('majority_percent').notNull(),
    state: text('state', { enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    openedBy: uuid('opened_by').references(() => users.id),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    closedBy: uuid('closed_by').references(() => users.id),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    forCount: integer('for_count'),
    againstCount: integer('against_count'),
    abstainCount: integer('abstain_count'),
    quorumReached: boolean('quorum_reached'),
    passed: boolean('passed'),
  },
  (t) => [uniqueIndex('deliberation_votes_deliberation_uq').on(t.deliberationId)],
);

/** Who may vote, named by staff when the vote opens: verified residents as party members or representatives. */
export const voteElectorate = pgTable(
  'vote_electorate',
  {
    voteId: uuid('vote_id')
      .notNull()
      .references(() => deliberationVotes.id),
    voterId: uuid('voter_id')
      .notNull()
      .references(() => users.id),
    capacity: text('capacity', { enum: ELECTOR_CAPACITIES }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.voteId, t.voterId] }), index('vote_electorate_voter_idx').on(t.voterId)],
);

/**
 * Who has voted, and nothing about how: one row per voter and vote (the key refuses a second), with no
 * time, so it cannot be lined up against the ballots. Append-only.
 */
export const voteVoters = pgTable(
  'vote_voters',
  {
    voteId: uuid('vote_id')
      .notNull()
      .references(() => deliberationVotes.id),
    voterId: uuid('voter_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.voteId, t.voterId] })],
);

/**
 * The secret ballots: a random id, the choice and the hash of the voter's receipt; no voter, no time, so
 * nothing ties a ballot to whoever cast it. Append-only: a cast ballot is never changed or removed.
 */
export const voteBallots = pgTable(
  'vote_ballots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    voteId: uuid('vote_id')
      .notNull()
      .references(() => deliberationVotes.id),
    choice: text('choice', { enum: VOTE_CHOICES }).notNull(),
    receiptHash: text('receipt_hash').notNull(),
  },
  (t) => [
    uniqueIndex('vote_ballots_receipt_uq').on(t.receiptHash),
    index('vote_ballots_vote_idx').on(t.voteId, t.receiptHash),
  ],
);
