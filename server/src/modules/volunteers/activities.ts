import type { ActivityInput } from '@needle/contract';
import { and, asc, count, eq, gt, like, type SQL } from 'drizzle-orm';
import { badRequest, forbidden, notFound } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { jurisdictionPrefix, regionVisible } from '../auth/jurisdiction.js';
import { activityDetail, activityOf, activityView, activityViews } from './activity-view.js';
import { newSiteSecret } from './site-code.js';
import { runsTeam, teamOf } from './team-view.js';
import { MAX_ACTIVITY_MS } from './volunteer-hours.js';
import { isResident, keepsVolunteers, takesPart } from './volunteer-office.js';
import { volunteerActivities, volunteerTeams } from './volunteers.tables.js';
import { nowOf, type VolunteersDeps } from './volunteers-deps.js';

/** Announces an activity of a team: by staff of the team's area, or by its leader. */
export async function createActivity(deps: VolunteersDeps, actor: AuthUser, input: ActivityInput) {
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  const now = nowOf(deps);
  if (endsAt.getTime() <= startsAt.getTime()) {
    throw badRequest('ACTIVITY_ENDS_BEFORE_START', 'An activity ends after it starts');
  }
  if (endsAt.getTime() - startsAt.getTime() > MAX_ACTIVITY_MS) {
    throw badRequest('ACTIVITY_TOO_LONG', 'An activity lasts at most a day: announce each day on its own');
  }
  if (endsAt.getTime() <= now.getTime()) {
    throw badRequest('ACTIVITY_IN_PAST', 'This activity has already ended');
  }
  return deps.db.transaction(async (tx) => {
    const team = await teamOf(tx, input.teamId);
    if (!runsTeam(actor, team)) {
      if (keepsVolunteers(actor) && !isResident(actor)) {
        throw notFound(
          'TEAM_NOT_FOUND',
          `Volunteer team ${team.id} does not exist or is outside your jurisdiction`,
        );
      }
      throw forbidden('TEAM_LEADER_ONLY', 'Only staff and the team’s leader announce its activities');
    }
    const [activity] = await tx
      .insert(volunteerActivities)
      .values({
        districtCode: team.districtCode,
        teamId: team.id,
        regionCode: team.regionCode,
        title: input.title.trim(),
        place: input.place.trim(),
        startsAt,
        endsAt,
        capacity: input.capacity,
        siteSecret: newSiteSecret(),
        createdBy: actor.id,
        createdAt: now,
      })
      .returning();
    if (!activity) throw new Error('the activity insert returned no row');
    const { siteSecret: _secret, ...audited } = activity;
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'volunteer_activity.create',
      entity: 'volunteer_activity',
      entityId: activity.id,
      regionCode: activity.regionCode,
      after: audited,
    });
    return activityView(tx, { activity, team }, actor);
  });
}

/**
 * A page of activities, soonest first: staff see those of their area, residents any (filtered by
 * community or street, or a team), those still to come by default.
 */
export async function listActivities(
  deps: VolunteersDeps,
  viewer: AuthUser,
  f: { regionCode?: string; teamId?: string; from?: string; page?: number; pageSize?: number },
) {
  takesPart(viewer);
  const staff = keepsVolunteers(viewer) && !isResident(viewer);
  if (staff && f.regionCode && !regionVisible(viewer.jurisdiction, f.regionCode)) {
    throw notFound('REGION_NOT_FOUND', `Region ${f.regionCode} is outside your jurisdiction`);
  }
  const page = f.page ?? 1;
  const pageSize = f.pageSize ?? 20;
  const where = and(
    staff ? like(volunteerActivities.regionCode, `${jurisdictionPrefix(viewer.jurisdiction)}%`) : undefined,
    f.regionCode ? like(volunteerActivities.regionCode, `${f.regionCode}%`) : undefined,
    f.teamId ? eq(volunteerActivities.teamId, f.teamId) : undefined,
    f.from ? gt(volunteerActivities.endsAt, new Date(f.from)) : undefined,
  ) as SQL | undefined;
  const [rows, [total]] = await Promise.all([
    deps.db
      .select({ activity: volunteerActivities, team: volunteerTeams })
      .from(volunteerActivities)
      .innerJoin(volunteerTeams, eq(volunteerTeams.id, volunteerActivities.teamId))
      .where(where)
      .orderBy(asc(volunteerActivities.startsAt), asc(volunteerActivities.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    deps.db.select({ n: count() }).from(volunteerActivities).where(where),
  ]);
  return { total: Number(total?.n ?? 0), page, pageSize, items: await activityViews(deps.db, rows, viewer) };
}

export async function getActivity(deps: VolunteersDeps, viewer: AuthUser, id: string) {
  takesPart(viewer);
  return activityDetail(deps.db, await activityOf(deps.db, viewer, id), viewer);
}
