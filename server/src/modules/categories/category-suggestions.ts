import { and, desc, eq, gte, like, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { regionPrefix } from '../../lib/codes/region-code.js';
import type { AuthUser } from '../auth/auth-user.js';
import { isPublicOnly } from '../cases/case-scope.js';
import { cases } from '../cases/cases.tables.js';
import type { RegionsService } from '../regions/regions.service.js';

/** How many of each kind a reporter is offered: a row of chips a thumb can scan. */
export const SUGGESTED_RECENT = 5;
export const SUGGESTED_COMMON = 8;
/** The window of "what this area usually reports": a season, so last winter's heating does not linger. */
const COMMON_WINDOW_DAYS = 90;
// The latest reports looked at for the reporter's own categories; a few more than are offered, since
// several of them share a category.
const RECENT_REPORTS_READ = 30;

export interface SuggestedCategories {
  recent: string[];
  common: string[];
}

/** The categories the user reported last, newest first, each once. */
async function recentOf(db: Db, userId: string): Promise<string[]> {
  const rows = await db
    .select({ code: cases.categoryCode })
    .from(cases)
    .where(eq(cases.reporterId, userId))
    .orderBy(desc(cases.createdAt))
    .limit(RECENT_REPORTS_READ);
  return [...new Set(rows.map((r) => r.code))].slice(0, SUGGESTED_RECENT);
}

/** The categories most reported in a region lately; the region-code index bounds the read. */
async function commonIn(db: Db, regionCode: string, now: Date): Promise<string[]> {
  const since = new Date(now.getTime() - COMMON_WINDOW_DAYS * 86_400_000);
  const rows = await db
    .select({ code: cases.categoryCode, n: sql<number>`count(*)::int` })
    .from(cases)
    .where(and(like(cases.regionCode, `${regionPrefix(regionCode)}%`), gte(cases.createdAt, since)))
    .groupBy(cases.categoryCode)
    .orderBy(desc(sql`count(*)`), cases.categoryCode)
    .limit(SUGGESTED_COMMON);
  return rows.map((r) => r.code);
}

/**
 * What to offer first on the report form: the reporter's own latest categories, then what the
 * community around the point usually reports (or, with no point, the staff member's own area; the
 * public have no area of their own). Counts only: nobody's cases are shown.
 */
export async function suggestedCategories(
  db: Db,
  regions: RegionsService,
  user: AuthUser,
  point: { lat: number; lng: number } | null,
  now = new Date(),
): Promise<SuggestedCategories> {
  const located = point ? regions.locate(point.lat, point.lng) : null;
  const j = user.jurisdiction;
  const area =
    located?.community.code ?? (!isPublicOnly(user) && j.kind !== 'everywhere' ? j.regionCode : null);
  const [recent, common] = await Promise.all([
    recentOf(db, user.id),
    area ? commonIn(db, area, now) : Promise.resolve([]),
  ]);
  return { recent, common: common.filter((code) => !recent.includes(code)) };
}
