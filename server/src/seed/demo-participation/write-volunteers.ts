import type { Db } from '../../db/database.js';
import { districtCodeOf } from '../../lib/codes/region-code.js';
import { awardParticipation } from '../../modules/points/participation-awards.js';
import { newSiteSecret } from '../../modules/volunteers/site-code.js';
import {
  volunteerActivities,
  volunteerSignups,
  volunteerTeamMembers,
  volunteerTeams,
} from '../../modules/volunteers/volunteers.tables.js';
import type { ParticipationCast } from './participation-people.js';
import type { ParticipationPlan } from './participation-plan.js';

/**
 * The teams, their members and a year of activities in bulk; each check-out verified earns its hours
 * through the points ledger, as checking out does.
 */
export async function writeVolunteers(
  db: Db,
  plan: ParticipationPlan,
  cast: ParticipationCast,
): Promise<number> {
  return db.transaction(async (tx) => {
    const teams = await tx
      .insert(volunteerTeams)
      .values(
        plan.teams.map((t) => ({
          districtCode: districtCodeOf(t.community),
          regionCode: t.community,
          name: t.name,
          focus: t.focus,
          leaderId: t.members[0] ? cast.resident(t.members[0]).id : null,
          createdBy: cast.staffFor(t.community).id,
          createdAt: t.createdAt,
        })),
      )
      .returning({ id: volunteerTeams.id });
    const members = plan.teams.flatMap((t, i) =>
      t.members.map((ref) => ({
        districtCode: districtCodeOf(t.community),
        teamId: teams[i]?.id ?? '',
        userId: cast.resident(ref).id,
        joinedAt: t.createdAt,
      })),
    );
    if (members.length > 0) await tx.insert(volunteerTeamMembers).values(members);
    const activities = await tx
      .insert(volunteerActivities)
      .values(
        plan.activities.map((a) => {
          const team = plan.teams[a.team];
          return {
            districtCode: districtCodeOf(team?.community ?? ''),
            teamId: teams[a.team]?.id ?? '',
            regionCode: team?.community ?? '',
            title: a.title,
            place: a.place,
            startsAt: a.startsAt,
            endsAt: a.endsAt,
            capacity: Math.max(a.signups.length + 5, 10),
            siteSecret: newSiteSecret(),
            createdBy: cast.staffFor(team?.community ?? '').id,
            createdAt: new Date(a.startsAt.getTime() - 7 * 24 * 3600_000),
          };
        }),
      )
      .returning({ id: volunteerActivities.id, districtCode: volunteerActivities.districtCode });
    const signups = plan.activities.flatMap((a, i) =>
      a.signups.map((s) => {
        const checkedInAt = s.minutes === null ? null : a.startsAt;
        const checkedOutAt = s.minutes === null ? null : new Date(a.startsAt.getTime() + s.minutes * 60_000);
        return {
          districtCode: activities[i]?.districtCode ?? '',
          activityId: activities[i]?.id ?? '',
          userId: cast.resident(s.who).id,
          signedUpAt: new Date(a.startsAt.getTime() - 3 * 24 * 3600_000),
          checkedInAt,
          checkedOutAt,
          minutes: s.minutes,
          verifiedAt: checkedOutAt,
        };
      }),
    );
    if (signups.length > 0) await tx.insert(volunteerSignups).values(signups);
    let minutes = 0;
    for (const s of signups) {
      if (s.minutes === null || !s.verifiedAt) continue;
      minutes += s.minutes;
      await awardParticipation(tx, {
        userId: s.userId,
        reason: 'volunteer_hours',
        source: `activity:${s.activityId}`,
        quantity: s.minutes,
        at: s.verifiedAt,
      });
    }
    return Math.round(minutes / 60);
  });
}
