import { and, desc, eq, gte, inArray, lt, ne, type SQL, sql } from 'drizzle-orm';
import { cellToBoundary, gridDisk } from 'h3-js';
import type { Db } from '../../db/database.js';
import { chinaDayOf } from '../../lib/calendar/china-time.js';
import { notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { cases } from '../cases/cases.tables.js';
import type { RegionsService } from '../regions/regions.service.js';
import { areaSql } from './hotspot-area.js';
import { hotspotProposals } from './hotspots.tables.js';
import { proposalsVisibleTo } from './proposal-scope.js';
import { proposalView, selectProposals } from './proposal-view.js';
import { BASELINE_DAYS } from './run-hotspots.js';

const DAY_MS = 86_400_000;

/** One proposal the user may see, or a 404 that does not tell another street's from none. */
export async function visibleProposal(db: Db, user: AuthUser, id: string) {
  const [row] = await selectProposals(
    db,
    and(eq(hotspotProposals.id, id), proposalsVisibleTo(user)) as SQL,
  ).limit(1);
  if (!row) throw notFound('PROPOSAL_NOT_FOUND', `Proposal ${id} does not exist or is outside your streets`);
  return row;
}

/** Every China-time day from the one holding `from` to the one holding the last moment before `to`, with
 * its count, none left out. */
function everyDay(from: Date, to: Date, counts: Map<string, number>) {
  const out: { day: string; count: number }[] = [];
  const last = chinaDayOf(to.getTime() - 1);
  for (let t = from.getTime(); ; t += DAY_MS) {
    const day = chinaDayOf(t);
    out.push({ day, count: counts.get(day) ?? 0 });
    if (day >= last) return out;
  }
}

/**
 * A proposal with its evidence: the cases (no reporter's name or number: staff open the case for that),
 * the place's cases of the category per day over the window and the baseline before it, and the
 * outline of its cells for the map.
 */
export async function proposalDetail(deps: { db: Db; regions: RegionsService }, user: AuthUser, id: string) {
  const row = await visibleProposal(deps.db, user, id);
  const p = row.p;
  const areas = p.radius === 1 ? gridDisk(p.area, 1) : [p.area];
  const evidence =
    p.caseIds.length === 0
      ? []
      : await deps.db
          .select({
            id: cases.id,
            code: cases.code,
            channel: cases.channel,
            status: cases.status,
            description: cases.description,
            lat: cases.lat,
            lng: cases.lng,
            createdAt: cases.createdAt,
            closedAt: cases.closedAt,
          })
          .from(cases)
          .where(inArray(cases.id, p.caseIds))
          .orderBy(desc(cases.createdAt));
  // A cluster's trend shows its baseline too; a recurrence's and a caller's, their own period.
  const from =
    p.kind === 'cluster' ? new Date(p.windowStart.getTime() - BASELINE_DAYS * DAY_MS) : p.windowStart;
  const daily = await deps.db
    .select({
      day: sql<string>`to_char(${cases.createdAt} at time zone 'Asia/Shanghai', 'YYYY-MM-DD')`,
      n: sql<number>`count(*)::int`,
    })
    .from(cases)
    .where(
      and(
        inArray(areaSql(sql`${cases.h3Cell}`), areas),
        eq(cases.categoryCode, p.categoryCode),
        gte(cases.createdAt, from),
        lt(cases.createdAt, p.windowEnd),
        ne(cases.channel, 'proactive'),
      ),
    )
    .groupBy(sql`1`);
  return {
    proposal: proposalView(row, deps.regions),
    cases: evidence.map((c) => ({
      ...c,
      createdAt: c.createdAt.toISOString(),
      closedAt: c.closedAt?.toISOString() ?? null,
    })),
    trend: everyDay(from, p.windowEnd, new Map(daily.map((d) => [d.day, d.n]))),
    cells: areas.map((a) => cellToBoundary(a).map(([lat, lng]) => [lat, lng] as [number, number])),
  };
}
