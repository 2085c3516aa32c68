import { and, count, eq, gte, isNotNull, like, lt, type SQL, sql, sum } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/database.js';
import { chinaMidnight } from '../../lib/calendar/china-time.js';
import { communityProjects } from '../community-lists/community-lists.tables.js';
import { deliberations } from '../deliberations/deliberations.tables.js';
import { volunteerActivities, volunteerSignups, volunteerTeams } from '../volunteers/volunteers.tables.js';
import { microWishes } from '../wishes/wishes.tables.js';

/** A calendar year in China time, as the instants it starts and ends at. */
export interface YearSpan {
  year: number;
  from: Date;
  to: Date;
}

export const yearSpan = (year: number): YearSpan => ({
  year,
  from: new Date(chinaMidnight(`${year}-01-01`)),
  to: new Date(chinaMidnight(`${year + 1}-01-01`)),
});

const monthOf = (column: PgColumn) =>
  sql<number>`extract(month from (${column} at time zone 'Asia/Shanghai'))::int`;
const within = (column: PgColumn, span: YearSpan): SQL =>
  and(gte(column, span.from), lt(column, span.to)) as SQL;
const counted = sql<number>`count(*)::int`;

/**
 * What the dashboard reads, each a GROUP BY over one module's table for the area (a region-code prefix)
 * and the year, by community (and by state or month): a handful of statements whatever the area's size.
 */
export async function readParticipation(db: Executor, prefix: string, span: YearSpan) {
  const [projects, projectsClosed, wishes, wishesFulfilled, hours, debates, published, teams, activities] =
    await Promise.all([
      db
        .select({
          regionCode: communityProjects.regionCode,
          state: communityProjects.state,
          claimed: sql<number>`count(${communityProjects.claimedByPartnerUnitId})::int`,
          fallen: sql<number>`count(${communityProjects.fallenAt})::int`,
          n: counted,
        })
        .from(communityProjects)
        .where(and(like(communityProjects.regionCode, `${prefix}%`), eq(communityProjects.year, span.year)))
        .groupBy(communityProjects.regionCode, communityProjects.state),
      byMonth(db, communityProjects.regionCode, communityProjects.closedAt, prefix, span),
      db
        .select({ regionCode: microWishes.regionCode, state: microWishes.state, n: counted })
        .from(microWishes)
        .where(and(like(microWishes.regionCode, `${prefix}%`), within(microWishes.createdAt, span)))
        .groupBy(microWishes.regionCode, microWishes.state),
      byMonth(db, microWishes.regionCode, microWishes.fulfilledAt, prefix, span),
      db
        .select({
          regionCode: volunteerActivities.regionCode,
          month: monthOf(volunteerSignups.verifiedAt),
          minutes: sql<number>`coalesce(${sum(volunteerSignups.minutes)}, 0)::int`,
        })
        .from(volunteerSignups)
        .innerJoin(volunteerActivities, eq(volunteerActivities.id, volunteerSignups.activityId))
        .where(
          and(
            like(volunteerActivities.regionCode, `${prefix}%`),
            isNotNull(volunteerSignups.minutes),
            within(volunteerSignups.verifiedAt, span),
          ),
        )
        .groupBy(volunteerActivities.regionCode, monthOf(volunteerSignups.verifiedAt)),
      db
        .select({ regionCode: deliberations.regionCode, state: deliberations.state, n: counted })
        .from(deliberations)
        .where(and(like(deliberations.regionCode, `${prefix}%`), within(deliberations.proposedAt, span)))
        .groupBy(deliberations.regionCode, deliberations.state),
      byMonth(db, deliberations.regionCode, deliberations.publishedAt, prefix, span),
      db
        .select({ n: count() })
        .from(volunteerTeams)
        .where(like(volunteerTeams.regionCode, `${prefix}%`)),
      db
        .select({ n: count() })
        .from(volunteerActivities)
        .where(
          and(like(volunteerActivities.regionCode, `${prefix}%`), within(volunteerActivities.startsAt, span)),
        ),
    ]);
  return {
    projects,
    projectsClosed,
    wishes,
    wishesFulfilled,
    hours,
    deliberations: debates,
    published,
    teams: teams[0]?.n ?? 0,
    activities: activities[0]?.n ?? 0,
  };
}

export type ParticipationRows = Awaited<ReturnType<typeof readParticipation>>;

/** How many rows reached a step (their timestamp) in each month of the year, by community. */
function byMonth(db: Executor, regionCode: PgColumn, at: PgColumn, prefix: string, span: YearSpan) {
  return db
    .select({ regionCode: sql<string>`${regionCode}`, month: monthOf(at), n: counted })
    .from(at.table)
    .where(and(like(regionCode, `${prefix}%`), within(at, span)))
    .groupBy(regionCode, monthOf(at));
}
