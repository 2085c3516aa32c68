import {
  type AnyPgColumn,
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
import { users } from '../users/users.tables.js';

/** A volunteer team (志愿服务队) of a community or a street: seed 000 has 23, Wuhan 6,930. */
export const volunteerTeams = pgTable(
  'volunteer_teams',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    /** The community or street the team serves. */
    regionCode: text('region_code').notNull(),
    name: text('name').notNull(),
    /** What it does: 助老、环保、治安巡逻… */
    focus: text('focus').notNull().default(''),
    /** One of its members, who may open an activity's on-site code as staff do. */
    leaderId: uuid('leader_id'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [...districtKey('volunteer_teams', t), index('volunteer_teams_region_idx').on(t.regionCode, t.name)],
);

/** A member or an activity lies in its team's district. */
const ofTeam = (table: string, t: { districtCode: AnyPgColumn; teamId: AnyPgColumn }) =>
  inParent(`${table}_team_fk`, t, t.teamId, volunteerTeams);

export const volunteerTeamMembers = pgTable(
  'volunteer_team_members',
  {
    districtCode: districtCode(),
    teamId: uuid('team_id').notNull(),
    userId: uuid('user_id').notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull(),
    /** Staff who added the member; null when the resident joined themselves. */
    addedBy: uuid('added_by'),
  },
  (t) => [
    primaryKey({ name: 'volunteer_team_members_pkey', columns: [t.districtCode, t.teamId, t.userId] }),
    ofTeam('volunteer_team_members', t),
    index('volunteer_team_members_user_idx').on(t.userId),
  ],
);

/** An activity of a team, with a place, a time span and a capacity. */
export const volunteerActivities = pgTable(
  'volunteer_activities',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    teamId: uuid('team_id').notNull(),
    /** The team's region, copied so lists are scoped without a join. */
    regionCode: text('region_code').notNull(),
    title: text('title').notNull(),
    place: text('place').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    capacity: integer('capacity').notNull(),
    /** The key of the activity's rotating on-site code; never leaves the server. */
    siteSecret: text('site_secret').notNull(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    ...districtKey('volunteer_activities', t),
    ofTeam('volunteer_activities', t),
    index('volunteer_activities_region_idx').on(t.regionCode, t.startsAt),
    index('volunteer_activities_team_idx').on(t.teamId, t.startsAt),
  ],
);

/** A resident's sign-up for an activity, and their check-in, check-out and verified minutes. */
export const volunteerSignups = pgTable(
  'volunteer_signups',
  {
    districtCode: districtCode(),
    id: uuid('id').notNull().defaultRandom(),
    activityId: uuid('activity_id').notNull(),
    userId: uuid('user_id').notNull(),
    signedUpAt: timestamp('signed_up_at', { withTimezone: true }).notNull(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    checkedOutAt: timestamp('checked_out_at', { withTimezone: true }),
    /** Check-out minus check-in, within the activity's span. */
    minutes: integer('minutes'),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
  },
  (t) => [
    ...districtKey('volunteer_signups', t),
    inDistrict(
      'volunteer_signups_activity_fk',
      [t.districtCode, t.activityId],
      [volunteerActivities.districtCode, volunteerActivities.id],
    ),
    uniqueIndex('volunteer_signups_activity_user_uq').on(t.districtCode, t.activityId, t.userId),
    index('volunteer_signups_user_idx').on(t.userId),
  ],
);

/** 双报到: a party member registered with the community where they live (one a person). */
export const partyMemberRegistrations = pgTable(
  'party_member_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** The community where they live. */
    regionCode: text('region_code').notNull(),
    /** The party organisation they belong to (所在党组织), as they gave it. */
    branch: text('branch').notNull(),
    registeredAt: timestamp('registered_at', { withTimezone: true }).notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    confirmedBy: uuid('confirmed_by').references(() => users.id),
  },
  (t) => [
    uniqueIndex('party_member_registrations_user_uq').on(t.userId),
    index('party_member_registrations_region_idx').on(t.regionCode),
  ],
);

/** The community's star rating (1–5) of a registered party member for a year. */
export const partyMemberRatings = pgTable(
  'party_member_ratings',
  {
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => partyMemberRegistrations.id),
    year: integer('year').notNull(),
    stars: smallint('stars').notNull(),
    note: text('note').notNull().default(''),
    ratedBy: uuid('rated_by').references(() => users.id),
    ratedAt: timestamp('rated_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.registrationId, t.year] })],
);
