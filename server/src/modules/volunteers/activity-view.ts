import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { notFound } from '../../lib/errors/app-error.js';
import { maskName, maskPhone } from '../../lib/privacy/mask.js';
import type { AuthUser } from '../auth/auth-user.js';
import { users } from '../users/users.tables.js';
import { runsTeam, type TeamRow } from './team-view.js';
import { keepsVolunteers, volunteerStaffPrefix } from './volunteer-office.js';
import { volunteerActivities, volunteerSignups, volunteerTeams } from './volunteers.tables.js';

export type ActivityRow = typeof volunteerActivities.$inferSelect;
export type SignupRow = typeof volunteerSignups.$inferSelect;

/**
 * An activity with its team, locked for the caller's transaction when `lock`. Residents may see any
 * (activities are announced to all); staff those of their area, any other being "not found".
 */
export async function activityOf(tx: Executor, user: AuthUser, id: string, lock = false) {
  const query = tx
    .select({ activity: volunteerActivities, team: volunteerTeams })
    .from(volunteerActivities)
    .innerJoin(volunteerTeams, eq(volunteerTeams.id, volunteerActivities.teamId))
    .where(eq(volunteerActivities.id, id));
  const [row] = lock ? await query.for('update', { of: volunteerActivities }) : await query;
  const visible =
    row &&
    (user.roles.includes('resident') ||
      row.team.leaderId === user.id ||
      (keepsVolunteers(user) && row.activity.regionCode.startsWith(volunteerStaffPrefix(user))));
  if (!row || !visible) {
    throw notFound('ACTIVITY_NOT_FOUND', `Activity ${id} does not exist or is outside your jurisdiction`);
  }
  return row;
}

function attendance(s: SignupRow) {
  return {
    signedUpAt: s.signedUpAt.toISOString(),
    checkedInAt: s.checkedInAt?.toISOString() ?? null,
    checkedOutAt: s.checkedOutAt?.toISOString() ?? null,
    minutes: s.minutes,
    verified: s.verifiedAt !== null,
  };
}

export async function activityViews(
  db: Executor,
  rows: { activity: ActivityRow; team: TeamRow }[],
  viewer: AuthUser,
) {
  const ids = rows.map((r) => r.activity.id);
  if (ids.length === 0) return [];
  // One after another: inside a transaction they share one connection.
  const counts = await db
    .select({ activityId: volunteerSignups.activityId, n: sql<number>`count(*)::int` })
    .from(volunteerSignups)
    .where(and(inArray(volunteerSignups.activityId, ids), isNull(volunteerSignups.cancelledAt)))
    .groupBy(volunteerSignups.activityId);
  const mine = await db
    .select()
    .from(volunteerSignups)
    .where(
      and(
        inArray(volunteerSignups.activityId, ids),
        eq(volunteerSignups.userId, viewer.id),
        isNull(volunteerSignups.cancelledAt),
      ),
    );
  return rows.map(({ activity: a, team }) => {
    const own = mine.find((s) => s.activityId === a.id);
    return {
      id: a.id,
      teamId: a.teamId,
      teamName: team.name,
      regionCode: a.regionCode,
      title: a.title,
      place: a.place,
      startsAt: a.startsAt.toISOString(),
      endsAt: a.endsAt.toISOString(),
      capacity: a.capacity,
      signedUp: Number(counts.find((c) => c.activityId === a.id)?.n ?? 0),
      mine: own ? attendance(own) : null,
    };
  });
}

export async function activityView(
  db: Executor,
  row: { activity: ActivityRow; team: TeamRow },
  viewer: AuthUser,
) {
  const [view] = await activityViews(db, [row], viewer);
  if (!view) throw new Error('an activity lost its view');
  return view;
}

/** An activity with who signed up, for those who run its team: masked, with their times. */
export async function activityDetail(
  db: Executor,
  row: { activity: ActivityRow; team: TeamRow },
  viewer: AuthUser,
) {
  const view = await activityView(db, row, viewer);
  if (!runsTeam(viewer, row.team)) return { ...view, signups: [] };
  const signups = await db
    .select({ s: volunteerSignups, displayName: users.displayName, phone: users.phone })
    .from(volunteerSignups)
    .innerJoin(users, eq(users.id, volunteerSignups.userId))
    .where(and(eq(volunteerSignups.activityId, row.activity.id), isNull(volunteerSignups.cancelledAt)))
    .orderBy(volunteerSignups.signedUpAt);
  return {
    ...view,
    signups: signups.map(({ s, displayName, phone }) => ({
      userId: s.userId,
      name: maskName(displayName),
      phone: maskPhone(phone),
      ...attendance(s),
    })),
  };
}
