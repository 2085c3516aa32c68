import type { TeamInput } from '@needle/contract';
import { and, asc, count, eq, ilike, like, type SQL } from 'drizzle-orm';
import { districtCodeOf } from '../../lib/codes/region-code.js';
import { badRequest, notFound } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { jurisdictionPrefix, regionVisible } from '../auth/jurisdiction.js';
import { users } from '../users/users.tables.js';
import { keptTeamOf, teamDetail, teamOf, teamView, teamViews } from './team-view.js';
import { isResident, keepsVolunteers, residentOnly, takesPart, teamRegionFor } from './volunteer-office.js';
import { volunteerTeamMembers, volunteerTeams } from './volunteers.tables.js';
import { nowOf, type VolunteersDeps } from './volunteers-deps.js';

/** Forms a volunteer team (志愿服务队) of a community or a street. */
export async function createTeam(deps: VolunteersDeps, actor: AuthUser, input: TeamInput) {
  const region = teamRegionFor(deps.regions, actor, input.regionCode);
  return deps.db.transaction(async (tx) => {
    const [team] = await tx
      .insert(volunteerTeams)
      .values({
        districtCode: districtCodeOf(region.code),
        regionCode: region.code,
        name: input.name.trim(),
        focus: input.focus?.trim() ?? '',
        createdBy: actor.id,
        createdAt: nowOf(deps),
      })
      .returning();
    if (!team) throw new Error('the team insert returned no row');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'volunteer_team.create',
      entity: 'volunteer_team',
      entityId: team.id,
      regionCode: team.regionCode,
      after: team,
    });
    return teamView(tx, deps.regions, team, actor);
  });
}

/**
 * A page of teams by region and name: staff see those of their area; a resident browses any (teams are
 * public facts). Wuhan alone has 6,930 teams, hence pages.
 */
export async function listTeams(
  deps: VolunteersDeps,
  viewer: AuthUser,
  f: { regionCode?: string; q?: string; page?: number; pageSize?: number },
) {
  takesPart(viewer);
  const staff = keepsVolunteers(viewer);
  if (staff && f.regionCode && !regionVisible(viewer.jurisdiction, f.regionCode)) {
    throw notFound('REGION_NOT_FOUND', `Region ${f.regionCode} is outside your jurisdiction`);
  }
  const page = f.page ?? 1;
  const pageSize = f.pageSize ?? 20;
  const where = and(
    staff ? like(volunteerTeams.regionCode, `${jurisdictionPrefix(viewer.jurisdiction)}%`) : undefined,
    f.regionCode ? like(volunteerTeams.regionCode, `${f.regionCode}%`) : undefined,
    f.q?.trim() ? ilike(volunteerTeams.name, `%${f.q.trim().replace(/[\\%_]/g, '\\$&')}%`) : undefined,
  ) as SQL | undefined;
  const [rows, [total]] = await Promise.all([
    deps.db
      .select()
      .from(volunteerTeams)
      .where(where)
      .orderBy(asc(volunteerTeams.regionCode), asc(volunteerTeams.name), asc(volunteerTeams.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    deps.db.select({ n: count() }).from(volunteerTeams).where(where),
  ]);
  return {
    total: Number(total?.n ?? 0),
    page,
    pageSize,
    items: await teamViews(deps.db, deps.regions, rows, viewer),
  };
}

export async function getTeam(deps: VolunteersDeps, viewer: AuthUser, id: string) {
  takesPart(viewer);
  const row =
    keepsVolunteers(viewer) && !isResident(viewer)
      ? await keptTeamOf(deps.db, viewer, id)
      : await teamOf(deps.db, id);
  return teamDetail(deps.db, deps.regions, row, viewer);
}

async function addMember(
  deps: VolunteersDeps,
  actor: AuthUser,
  teamId: string,
  userId: string,
  byStaff: boolean,
) {
  return deps.db.transaction(async (tx) => {
    const team = byStaff ? await keptTeamOf(tx, actor, teamId, true) : await teamOf(tx, teamId, true);
    const [member] = await tx
      .insert(volunteerTeamMembers)
      .values({
        districtCode: team.districtCode,
        teamId: team.id,
        userId,
        joinedAt: nowOf(deps),
        addedBy: byStaff ? actor.id : null,
      })
      // Joining twice is joining once: a phone's retry changes nothing.
      .onConflictDoNothing()
      .returning();
    if (member) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: byStaff ? 'volunteer_team.add_member' : 'volunteer_team.join',
        entity: 'volunteer_team',
        entityId: team.id,
        regionCode: team.regionCode,
        after: { teamId: team.id, userId, joinedAt: member.joinedAt },
      });
    }
    return teamDetail(tx, deps.regions, team, actor);
  });
}

/** A resident joins a team themselves. */
export async function joinTeam(deps: VolunteersDeps, actor: AuthUser, teamId: string) {
  residentOnly(actor);
  return addMember(deps, actor, teamId, actor.id, false);
}

/** Staff add a resident by the number they signed up with. */
export async function addTeamMember(deps: VolunteersDeps, actor: AuthUser, teamId: string, phone: string) {
  const e164 = phone.startsWith('+') ? phone : `+86${phone}`;
  const [resident] = await deps.db
    .select({ id: users.id, roles: users.roles })
    .from(users)
    .where(and(eq(users.phone, e164), eq(users.active, true)));
  if (!resident?.roles.includes('resident')) {
    throw notFound('MEMBER_PHONE_NOT_FOUND', 'No resident has signed up with this number');
  }
  return addMember(deps, actor, teamId, resident.id, true);
}

/** Staff name one of the members the team's leader (队长), or none. */
export async function setTeamLeader(
  deps: VolunteersDeps,
  actor: AuthUser,
  teamId: string,
  userId: string | null,
) {
  return deps.db.transaction(async (tx) => {
    const before = await keptTeamOf(tx, actor, teamId, true);
    if (userId) {
      const [member] = await tx
        .select({ userId: volunteerTeamMembers.userId })
        .from(volunteerTeamMembers)
        .where(and(eq(volunteerTeamMembers.teamId, teamId), eq(volunteerTeamMembers.userId, userId)));
      if (!member) throw badRequest('LEADER_NOT_MEMBER', 'The leader must be a member of the team');
    }
    const [after] = await tx
      .update(volunteerTeams)
      .set({ leaderId: userId })
      .where(eq(volunteerTeams.id, teamId))
      .returning();
    if (!after) throw new Error('the team update returned no row');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'volunteer_team.leader',
      entity: 'volunteer_team',
      entityId: teamId,
      regionCode: after.regionCode,
      before,
      after,
    });
    return teamDetail(tx, deps.regions, after, actor);
  });
}
