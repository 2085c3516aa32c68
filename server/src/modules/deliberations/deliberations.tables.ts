import { DELIBERATION_STATES, ELECTOR_CAPACITIES, VOTE_CHOICES } from '@needle/contract';
import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
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
import { districtCode, districtKey, inDistrict, inParent } from '../../db/district-keys.js';
import { communityNeeds } from '../community-lists/community-lists.tables.js';

/**
 * A matter the community decides in four steps (四步议事): proposed by the party organisation, discussed
 * by the two committees (两委), reviewed and voted by party members and resident representatives, and
 * published on the community board for `publish_days`, when residents may object.
 */
export const deliberations = pgTable(
  'deliberations',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    regionCode: text('region_code').notNull(),
    title: text('title').notNull(),
    proposal: text('proposal').notNull(),
    /** The need on the community's list it answers, when it came from one. */
    needId: uuid('need_id'),
    state: text('state', { enum: DELIBERATION_STATES }).notNull().default('proposed'),
    /** The two committees' minutes (step 2). */
    minutes: text('minutes'),
    resolution: text('resolution'),
    publishDays: integer('publish_days').notNull().default(7),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedUntil: timestamp('published_until', { withTimezone: true }),
    /** The community staff member who entered the party organisation's proposal. */
    proposedBy: uuid('proposed_by'),
    proposedAt: timestamp('proposed_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    ...districtKey('deliberations', t),
    inDistrict(
      'deliberations_need_fk',
      [t.districtCode, t.needId],
      [communityNeeds.districtCode, communityNeeds.id],
    ),
    index('deliberations_region_idx').on(t.regionCode, t.state),
  ],
);

/** A deliberation's own row (meeting, objection, event, vote) lies in its deliberation's district. */
const ofDeliberation = (table: string, t: { districtCode: AnyPgColumn; deliberationId: AnyPgColumn }) =>
  inParent(`${table}_deliberation_fk`, t, t.deliberationId, deliberations);

/** A meeting held for a step: when, where, how many came and in which roles, and its photos. */
export const deliberationMeetings = pgTable(
  'deliberation_meetings',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    deliberationId: uuid('deliberation_id').notNull(),
    step: integer('step').notNull(),
    heldAt: timestamp('held_at', { withTimezone: true }).notNull(),
    place: text('place').notNull(),
    attendees: integer('attendees').notNull(),
    attendeeRoles: text('attendee_roles').notNull().default(''),
    note: text('note').notNull().default(''),
    photoIds: uuid('photo_ids').array().notNull().default(sql`'{}'::uuid[]`),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    ...districtKey('deliberation_meetings', t),
    ofDeliberation('deliberation_meetings', t),
    index('deliberation_meetings_deliberation_idx').on(t.deliberationId, t.heldAt),
  ],
);

/** Residents' objections to a resolution on the board (step 4). */
export const deliberationObjections = pgTable(
  'deliberation_objections',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    deliberationId: uuid('deliberation_id').notNull(),
    userId: uuid('user_id').notNull(),
    text: text('text').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    /** The Idempotency-Key the phone sent, and the fingerprint of what it sent: a retry is not a second objection. */
    clientKey: text('client_key'),
    clientKeyHash: text('client_key_hash'),
  },
  (t) => [
    ...districtKey('deliberation_objections', t),
    ofDeliberation('deliberation_objections', t),
    index('deliberation_objections_deliberation_idx').on(t.deliberationId, t.at),
    uniqueIndex('deliberation_objections_client_key_uq')
      .on(t.districtCode, t.userId, t.clientKey)
      .where(sql`${t.clientKey} is not null`),
  ],
);

/** A deliberation's append-only timeline: every step, meeting, vote opened and closed, objection. */
export const deliberationEvents = pgTable(
  'deliberation_events',
  {
    districtCode: districtCode(),
    id: bigserial('id', { mode: 'number' }).notNull(),
    deliberationId: uuid('deliberation_id').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    note: text('note').notNull().default(''),
    data: jsonb('data'),
    regionCode: text('region_code').notNull(),
  },
  (t) => [
    ...districtKey('deliberation_events', t),
    ofDeliberation('deliberation_events', t),
    index('deliberation_events_deliberation_idx').on(t.deliberationId, t.id),
  ],
);

/**
 * Step 3's vote: its rules (quorum and majority in percent), and once closed, its count. Closing is final:
 * the count is written once, from the ballots, and a trigger refuses any change to a closed vote.
 */
export const deliberationVotes = pgTable(
  'deliberation_votes',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    deliberationId: uuid('deliberation_id').notNull(),
    regionCode: text('region_code').notNull(),
    quorumPercent: integer('quorum_percent').notNull(),
    majorityPercent: integer('majority_percent').notNull(),
    state: text('state', { enum: ['open', 'closed'] })
      .notNull()
      .default('open'),
    openedBy: uuid('opened_by'),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    closedBy: uuid('closed_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    forCount: integer('for_count'),
    againstCount: integer('against_count'),
    abstainCount: integer('abstain_count'),
    quorumReached: boolean('quorum_reached'),
    passed: boolean('passed'),
  },
  (t) => [
    ...districtKey('deliberation_votes', t),
    ofDeliberation('deliberation_votes', t),
    uniqueIndex('deliberation_votes_deliberation_uq').on(t.districtCode, t.deliberationId),
  ],
);

/** The electorate, who voted and the ballots lie in their vote's district. */
const ofVote = (table: string, t: { districtCode: AnyPgColumn; voteId: AnyPgColumn }) =>
  inParent(`${table}_vote_fk`, t, t.voteId, deliberationVotes);

/** Who may vote, named by staff when the vote opens: verified residents as party members or representatives. */
export const voteElectorate = pgTable(
  'vote_electorate',
  {
    districtCode: districtCode(),
    voteId: uuid('vote_id').notNull(),
    voterId: uuid('voter_id').notNull(),
    capacity: text('capacity', { enum: ELECTOR_CAPACITIES }).notNull(),
  },
  (t) => [
    primaryKey({ name: 'vote_electorate_pkey', columns: [t.districtCode, t.voteId, t.voterId] }),
    ofVote('vote_electorate', t),
    index('vote_electorate_voter_idx').on(t.voterId),
  ],
);

/**
 * Who has voted, and nothing about how: one row per voter and vote (the key refuses a second), with no
 * time, so it cannot be lined up against the ballots. Append-only.
 */
export const voteVoters = pgTable(
  'vote_voters',
  {
    districtCode: districtCode(),
    voteId: uuid('vote_id').notNull(),
    voterId: uuid('voter_id').notNull(),
  },
  (t) => [
    primaryKey({ name: 'vote_voters_pkey', columns: [t.districtCode, t.voteId, t.voterId] }),
    ofVote('vote_voters', t),
  ],
);

/**
 * The secret ballots: a random id, the choice and the hash of the voter's receipt; no voter, no time, so
 * nothing ties a ballot to whoever cast it. Append-only: a cast ballot is never changed or removed.
 */
export const voteBallots = pgTable(
  'vote_ballots',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    voteId: uuid('vote_id').notNull(),
    choice: text('choice', { enum: VOTE_CHOICES }).notNull(),
    receiptHash: text('receipt_hash').notNull(),
  },
  (t) => [
    ...districtKey('vote_ballots', t),
    ofVote('vote_ballots', t),
    uniqueIndex('vote_ballots_receipt_uq').on(t.districtCode, t.receiptHash),
    index('vote_ballots_vote_idx').on(t.voteId, t.receiptHash),
  ],
);
