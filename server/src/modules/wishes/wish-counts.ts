import { eq, isNotNull, like, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { jurisdictionPrefix, regionVisible } from '../auth/jurisdiction.js';
import { communityNamed, wishStaffPrefix } from './wish-office.js';
import { microWishes } from './wishes.tables.js';
import type { WishesDeps } from './wishes-deps.js';

const reached = (column: Parameters<typeof isNotNull>[0]) =>
  sql<number>`count(*) filter (where ${isNotNull(column)})::int`;

/**
 * How many wishes reached each step, by community: a step counts every wish that got there, so a
 * confirmed wish is counted as approved, claimed and fulfilled too (seed 001 reports "243 fulfilled").
 */
async function countsByCommunity(db: Executor, where: SQL) {
  return db
    .select({
      regionCode: microWishes.regionCode,
      posted: sql<number>`count(*)::int`,
      approved: sql<number>`count(*) filter (where ${microWishes.state} not in ('pending_review', 'rejected'))::int`,
      claimed: reached(microWishes.claimedAt),
      fulfilled: reached(microWishes.fulfilledAt),
      confirmed: reached(microWishes.confirmedAt),
    })
    .from(microWishes)
    .where(where)
    .groupBy(microWishes.regionCode)
    .orderBy(microWishes.regionCode);
}

/** The counts of each community of the staff member's area (or of the region named in it). */
export async function wishCounts(deps: WishesDeps, viewer: AuthUser, regionCode?: string) {
  wishStaffPrefix(viewer);
  if (
    regionCode &&
    (!regionVisible(viewer.jurisdiction, regionCode) || !deps.regions.directory.node(regionCode))
  ) {
    throw notFound('REGION_NOT_FOUND', `Region ${regionCode} does not exist or is outside your jurisdiction`);
  }
  const rows = await countsByCommunity(
    deps.db,
    like(microWishes.regionCode, `${regionCode ?? jurisdictionPrefix(viewer.jurisdiction)}%`),
  );
  return {
    items: rows.map((r) => ({
      ...r,
      name: deps.regions.directory.node(r.regionCode)?.name ?? r.regionCode,
    })),
  };
}

/** A community's counts, for anyone: numbers only. */
export async function publicWishCounts(deps: WishesDeps, code: string) {
  const community = communityNamed(deps.regions, code);
  const [row] = await countsByCommunity(deps.db, eq(microWishes.regionCode, code));
  return {
    community: { code: community.code, name: community.name },
    posted: row?.posted ?? 0,
    approved: row?.approved ?? 0,
    claimed: row?.claimed ?? 0,
    fulfilled: row?.fulfilled ?? 0,
    confirmed: row?.confirmed ?? 0,
  };
}
