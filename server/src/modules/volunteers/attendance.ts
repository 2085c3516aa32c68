import { and, asc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { badRequest, conflict, forbidden } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { awardParticipation } from '../points/participation-awards.js';
import { activityOf, activityView, type SignupRow } from './activity-view.js';
import { checkSiteToken, siteToken } from './site-code.js';
import { runsTeam } from './team-view.js';
import { servedMinutes, siteOpen } from './volunteer-hours.js';
import { residentOnly } from './volunteer-office.js';
import { volunteerActivities, volunteerSignups, volunteerTeams } from './volunteers.tables.js';
import { nowOf, type VolunteersDeps } from './volunteers-deps.js';

type ActivityWithTeam = Awaited<ReturnType<typeof activityOf>>;

const audit = (
  actorId: string,
  action: string,
  row: ActivityWithTeam,
  before: SignupRow | undefined,
  after: SignupRow,
) => ({
  actorId,
  action: `volunteer_signup.${action}`,
  entity: 'volunteer_activity',
  entityId: row.activity.id,
  regionCode: row.activity.regionCode,
  before,
  after,
});

/**
 * Signs a resident up for an activity until it ends, within its capacity. The activity row is locked
 * first, so concurrent sign-ups for the last place queue up and only one takes it. Signing up again is
 * a no-op; after cancelling, it signs up anew.
 */
export async function signUp(deps: VolunteersDeps, actor: AuthUser, id: string) {
  residentOnly(actor);
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const row = await activityOf(tx, actor, id, true);
    if (row.activity.endsAt.getTime() <= now.getTime()) {
      throw conflict('ACTIVITY_OVER', 'This activity has ended');
    }
    const [existing] = await tx
      .select()
      .from(volunteerSignups)
      .where(and(eq(volunteerSignups.activityId, id), eq(volunteerSignups.userId, actor.id)));
    if (existing && !existing.cancelledAt) return activityView(tx, row, actor);
    const [taken] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(volunteerSignups)
      .where(and(eq(volunteerSignups.activityId, id), isNull(volunteerSignups.cancelledAt)));
    if (Number(taken?.n ?? 0) >= row.activity.capacity) {
      throw conflict('ACTIVITY_FULL', 'Every place of this activity is taken');
    }
    const [after] = existing
      ? await tx
          .update(volunteerSignups)
          .set({ cancelledAt: null, signedUpAt: now })
          .where(eq(volunteerSignups.id, existing.id))
          .returning()
      : await tx
          .insert(volunteerSignups)
          .values({
            districtCode: row.activity.districtCode,
            activityId: id,
            userId: actor.id,
            signedUpAt: now,
          })
          .returning();
    if (!after) throw new Error('the sign-up write returned no row');
    await recordAudit(tx, audit(actor.id, 'sign_up', row, existing, after));
    return activityView(tx, row, actor);
  });
}

/** Cancels a resident's sign-up, before the activity starts. */
export async function cancelSignUp(deps: VolunteersDeps, actor: AuthUser, id: string) {
  residentOnly(actor);
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const row = await activityOf(tx, actor, id, true);
    const [before] = await tx
      .select()
      .from(volunteerSignups)
      .where(
        and(
          eq(volunteerSignups.activityId, id),
          eq(volunteerSignups.userId, actor.id),
          isNull(volunteerSignups.cancelledAt),
        ),
      );
    if (!before) throw conflict('NOT_SIGNED_UP', 'You have not signed up for this activity');
    if (row.activity.startsAt.getTime() <= now.getTime() || before.checkedInAt) {
      throw conflict('ACTIVITY_STARTED', 'A sign-up is cancelled before the activity starts');
    }
    const [after] = await tx
      .update(volunteerSignups)
      .set({ cancelledAt: now })
      .where(eq(volunteerSignups.id, before.id))
      .returning();
    if (!after) throw new Error('the sign-up update returned no row');
    await recordAudit(tx, audit(actor.id, 'cancel', row, before, after));
    return activityView(tx, row, actor);
  });
}

/**
 * The activity's on-site code as it is now, for staff of its area or the team's leader to show on
 * their screen; open from half an hour before the start to two hours after the end.
 */
export async function openSiteCode(deps: VolunteersDeps, actor: AuthUser, id: string) {
  const now = nowOf(deps);
  const row = await activityOf(deps.db, actor, id);
  if (!runsTeam(actor, row.team)) {
    throw forbidden('TEAM_LEADER_ONLY', 'Only staff and the team’s leader open the on-site code');
  }
  if (!siteOpen(row.activity, now)) {
    throw conflict('SITE_CODE_CLOSED', 'The on-site code opens half an hour before the activity');
  }
  const code = siteToken(row.activity.siteSecret, row.activity.id, now);
  return { token: code.token, validUntil: code.validUntil.toISOString() };
}

function assertToken(row: ActivityWithTeam, token: string, now: Date) {
  const check = checkSiteToken(row.activity.siteSecret, row.activity.id, token, now);
  if (check === 'expired')
    throw badRequest('SITE_CODE_EXPIRED', 'This code has expired: scan the one on screen now');
  if (check === 'invalid') throw badRequest('SITE_CODE_INVALID', 'This is not the code of this activity');
}

async function ownSignup(tx: Executor, activityId: string, userId: string) {
  const [signup] = await tx
    .select()
    .from(volunteerSignups)
    .where(
      and(
        eq(volunteerSignups.activityId, activityId),
        eq(volunteerSignups.userId, userId),
        isNull(volunteerSignups.cancelledAt),
      ),
    )
    .for('update');
  if (!signup) throw conflict('NOT_SIGNED_UP', 'You have not signed up for this activity');
  return signup;
}

function attended(s: SignupRow, points: number) {
  return {
    activityId: s.activityId,
    checkedInAt: s.checkedInAt?.toISOString() ?? null,
    checkedOutAt: s.checkedOutAt?.toISOString() ?? null,
    minutes: s.minutes,
    verified: s.verifiedAt !== null,
    points,
  };
}

/** Checks a signed-up resident in with the token their phone scanned on site. */
export async function checkIn(deps: VolunteersDeps, actor: AuthUser, id: string, token: string) {
  residentOnly(actor);
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const row = await activityOf(tx, actor, id);
    assertToken(row, token, now);
    if (!siteOpen(row.activity, now) || row.activity.endsAt.getTime() <= now.getTime()) {
      throw conflict(
        'SITE_CODE_CLOSED',
        'Check-in is open from half an hour before the activity until it ends',
      );
    }
    const before = await ownSignup(tx, id, actor.id);
    if (before.checkedInAt) throw conflict('ALREADY_CHECKED_IN', 'You have already checked in');
    const [after] = await tx
      .update(volunteerSignups)
      .set({ checkedInAt: now })
      .where(eq(volunteerSignups.id, before.id))
      .returning();
    if (!after) throw new Error('the sign-up update returned no row');
    await recordAudit(tx, audit(actor.id, 'check_in', row, before, after));
    return attended(after, 0);
  });
}

/**
 * Checks a resident out with a fresh scan, and verifies their minutes at once: both scans were of a code
 * that staff or the team's leader showed on site and that rotates every two minutes, so each proves the
 * volunteer was there; a staff sign-off afterwards would add work for thousands of teams and no proof.
 * The minutes count only inside the activity's span. The hours' points are credited in the same
 * transaction.
 */
export async function checkOut(deps: VolunteersDeps, actor: AuthUser, id: string, token: string) {
  residentOnly(actor);
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const row = await activityOf(tx, actor, id);
    assertToken(row, token, now);
    if (!siteOpen(row.activity, now)) {
      throw conflict('SITE_CODE_CLOSED', 'Check-out closes two hours after the activity ends');
    }
    const before = await ownSignup(tx, id, actor.id);
    if (!before.checkedInAt) throw conflict('NOT_CHECKED_IN', 'Check in before you check out');
    if (before.checkedOutAt) throw conflict('ALREADY_CHECKED_OUT', 'You have already checked out');
    const minutes = servedMinutes(row.activity, before.checkedInAt, now);
    const [after] = await tx
      .update(volunteerSignups)
      .set({ checkedOutAt: now, minutes, verifiedAt: now })
      .where(eq(volunteerSignups.id, before.id))
      .returning();
    if (!after) throw new Error('the sign-up update returned no row');
    await recordAudit(tx, audit(actor.id, 'check_out', row, before, after));
    const points = await awardParticipation(tx, {
      userId: actor.id,
      reason: 'volunteer_hours',
      source: `activity:${id}`,
      quantity: minutes,
      at: now,
    });
    return attended(after, points);
  });
}

/** A volunteer's own verified hours, activity by activity. */
export async function myHours(deps: VolunteersDeps, actor: AuthUser) {
  residentOnly(actor);
  const rows = await deps.db
    .select({ s: volunteerSignups, a: volunteerActivities, teamName: volunteerTeams.name })
    .from(volunteerSignups)
    .innerJoin(volunteerActivities, eq(volunteerActivities.id, volunteerSignups.activityId))
    .innerJoin(volunteerTeams, eq(volunteerTeams.id, volunteerActivities.teamId))
    .where(and(eq(volunteerSignups.userId, actor.id), isNotNull(volunteerSignups.verifiedAt)))
    .orderBy(asc(volunteerActivities.startsAt))
    .limit(1000);
  const items = rows.flatMap(({ s, a, teamName }) =>
    s.verifiedAt
      ? [
          {
            activityId: a.id,
            title: a.title,
            teamName,
            startsAt: a.startsAt.toISOString(),
            minutes: s.minutes ?? 0,
            verifiedAt: s.verifiedAt.toISOString(),
          },
        ]
      : [],
  );
  return { verifiedMinutes: items.reduce((sum, i) => sum + i.minutes, 0), items };
}
