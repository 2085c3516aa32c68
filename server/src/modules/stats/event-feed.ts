import { and, desc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import type { AuthUser } from '../auth/auth-user.js';
import { casesVisibleTo } from '../cases/case-scope.js';
import { caseEvents, cases } from '../cases/cases.tables.js';
import type { RegionsService } from '../regions/regions.service.js';

/**
 * The big screen's live feed: the latest case events in the viewer's jurisdiction, newest first.
 * A wall screen is seen by visitors too, so it carries what happened, where and to which kind of
 * problem: no description, no note, no name, no phone. Polled with the last cursor, it gives only
 * what happened since (at most `limit` of it: a screen shows the latest, it does not need them all).
 */
export async function eventFeed(
  db: Db,
  regions: RegionsService,
  viewer: AuthUser,
  q: { after?: number; limit: number },
) {
  const rows = await db
    .select({
      id: caseEvents.id,
      at: caseEvents.at,
      action: caseEvents.action,
      toStatus: caseEvents.toStatus,
      caseId: cases.id,
      caseCode: cases.code,
      categoryCode: cases.categoryCode,
      channel: cases.channel,
      regionCode: cases.regionCode,
    })
    .from(caseEvents)
    .innerJoin(cases, eq(cases.id, caseEvents.caseId))
    .where(and(casesVisibleTo(viewer), q.after !== undefined ? gt(caseEvents.id, q.after) : undefined))
    .orderBy(desc(caseEvents.id))
    .limit(q.limit);
  const directory = regions.directory;
  const placeOf = (code: string) =>
    directory
      .chain(code)
      .filter((n) => n.level === 'street' || n.level === 'community')
      .reverse()
      .map((n) => n.name)
      .join(' ');
  return {
    cursor: rows[0]?.id ?? q.after ?? 0,
    items: rows.map((r) => ({ ...r, at: r.at.toISOString(), place: placeOf(r.regionCode) })),
  };
}
