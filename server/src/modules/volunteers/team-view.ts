import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { notFound } from '../../lib/errors/app-error.js';
import { maskName, maskPhone } from '../../lib/privacy/mask.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { RegionsService } from '../regions/regions.service.js';
import { users } from '../users/users.tables.js';
import { keepsVolunteers, volunteerStaffPrefix } from './volunteer-office.js';
import {
  volunteerActivities,
  volunteerSignups,
  volunteerTeamMembers,
  volunteerTeams,
} from './volunteers.tables.js';

export type TeamRow = typeof volunteerTeams.$inferSelect;

/** A team anyone taking part may see: teams are public facts, their members are not. */
export async function teamOf(tx: Executor, id: string, lock = false): Promise<TeamRow> {
  const query = tx.select().from(volunteerTeams).where(eq(volunteerTeams.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) throw notFound('TEAM_NOT_FOUND', `Volunteer team ${id} does not exist`);
  return row;
}

/** A team of the staff member's area; a team elsewhere is "not found" to them. */
export async function keptTeamOf(tx: Executor, user: AuthUser, id: string, lock = false): Promise<TeamRow> {
  const prefix = volunteerStaffPrefix(user);
  const query = tx.select().from(volunteerTeams).where(eq(volunteerTeams.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row?.regionCode.startsWith(prefix)) {
    throw notFound('TEAM_NOT_FOUND', `Volunteer team ${id} does not exist or is outside your jurisdiction`);
  }
  return row;
}

/** Whether the user keeps the team (staff of its area) or leads it. */
export function runsTeam(user: AuthUser, team: TeamRow): boolean {
  if (team.leaderId === user.id) return true;
  if (!keepsVolunteers(user)) return false;
  return team.regionCode.startsWith(volunteerStaffPrefix(user));
}

/** Verified minutes by team, over the teams given. */
async function minutesByTeam(db: Executor, teamIds: string[]) {
  if (teamIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({
      teamId: volunteerActivities.teamId,
      minutes: sql<number>`coalesce(sum(${volunteerSignups.minutes}), 0)::int`,
    })
    .from(volunteerSignups)
    .innerJoin(volunteerActivities, eq(volunteerActivities.id, volunteerSignups.activityId))
    .where(and(inArray(volunteerActivities.teamId, teamIds), isNotNull(volunteerSignups.verifiedAt)))
    .groupBy(volunteerActivities.teamId);
  return new Map(rows.map((r) => [r.teamId, Number(r.minutes)]));
}

export async function teamViews(db: Executor, regions: RegionsService, rows: TeamRow[], viewer: AuthUser) {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  // One after another: inside a transaction they share one connection.
  const members = await db
    .select({ teamId: volunteerTeamMembers.teamId, n: sql<number>`count(*)::int` })
    .from(volunteerTeamMembers)
    .where(inArray(volunteerTeamMembers.teamId, ids))
    .groupBy(volunteerTeamMembers.teamId);
  const mine = await db
    .select({ teamId: volunteerTeamMembers.teamId })
    .from(volunteerTeamMembers)
    .where(and(inArray(volunteerTeamMembers.teamId, ids), eq(volunteerTeamMembers.userId, viewer.id)));
  const minutes = await minutesByTeam(db, ids);
  return rows.map((t) => ({
    id: t.id,
    regionCode: t.regionCode,
    regionName: regions.directory.node(t.regionCode)?.name ?? t.regionCode,
    name: t.name,
    focus: t.focus,
    hasLeader: t.leaderId !== null,
    members: Number(members.find((m) => m.teamId === t.id)?.n ?? 0),
    verifiedMinutes: minutes.get(t.id) ?? 0,
    joined: mine.some((m) => m.teamId === t.id),
    leads: t.leaderId === viewer.id,
    createdAt: t.createdAt.toISOString(),
  }));
}

export async function teamView(db: Executor, regions: RegionsService, row: TeamRow, viewer: AuthUser) {
  const [view] = await teamViews(db, regions, [row], viewer);
  if (!view) throw new Error('a team lost its view');
  return view;
}

/**
 * A team with its members, for those who run it: names and numbers masked, each member's verified
 * minutes in the team's activities. Others see the team without its members.
 */
export async function teamDetail(db: Executor, regions: RegionsService, row: TeamRow, viewer: AuthUser) {
  const view = await teamView(db, regions, row, viewer);
  if (!runsTeam(viewer, row)) return { ...view, memberList: [] };
  // One after another: inside a transaction they share one connection.
  const members = await db
    .select({
      userId: volunteerTeamMembers.userId,
      joinedAt: volunteerTeamMembers.joinedAt,
      displayName: users.displayName,
      phone: users.phone,
    })
    .from(volunteerTeamMembers)
    .innerJoin(users, eq(users.id, volunteerTeamMembers.userId))
    .where(eq(volunteerTeamMembers.teamId, row.id))
    .orderBy(volunteerTeamMembers.joinedAt);
  const minutes = await db
    .select({
      userId: volunteerSignups.userId,
      minutes: sql<number>`coalesce(sum(${volunteerSignups.minutes}), 0)::int`,
    })
    .from(volunteerSignups)
    .innerJoin(volunteerActivities, eq(volunteerActivities.id, volunteerSignups.activityId))
    .where(and(eq(volunteerActivities.teamId, row.id), isNotNull(volunteerSignups.verifiedAt)))
    .groupBy(volunteerSignups.userId);
  return {
    ...view,
    memberList: members.map((m) => ({
      userId: m.userId,
      name: maskName(m.displayName),
      phone: maskPhone(m.phone),
      leader: row.leaderId === m.userId,
      joinedAt: m.joinedAt.toISOString(),
      verifiedMinutes: Number(minutes.find((x) => x.userId === m.userId)?.minutes ?? 0),
    })),
  };
}
