import type { WishState } from '@needle/contract';
import { and, count, desc, eq, like, or, type SQL } from 'drizzle-orm';
import { notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { jurisdictionPrefix, regionVisible } from '../auth/jurisdiction.js';
import { communityOfGridWorker, wishRole } from './wish-office.js';
import { wishDetail, wishOf, wishViews } from './wish-view.js';
import { microWishes } from './wishes.tables.js';
import type { WishesDeps } from './wishes-deps.js';

interface Paging {
  page?: number;
  pageSize?: number;
}

async function pageOf(deps: WishesDeps, viewer: AuthUser, where: SQL | undefined, p: Paging) {
  const page = p.page ?? 1;
  const pageSize = p.pageSize ?? 20;
  const [rows, [total]] = await Promise.all([
    deps.db
      .select()
      .from(microWishes)
      .where(where)
      .orderBy(desc(microWishes.createdAt), desc(microWishes.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    deps.db.select({ n: count() }).from(microWishes).where(where),
  ]);
  return {
    total: Number(total?.n ?? 0),
    page,
    pageSize,
    items: await wishViews(deps.db, rows, viewer),
  };
}

/** A region filter inside the viewer's area; a region elsewhere is "not found". */
function regionFilter(viewer: AuthUser, code: string | undefined): SQL {
  if (code && !regionVisible(viewer.jurisdiction, code)) {
    throw notFound('REGION_NOT_FOUND', `Region ${code} does not exist or is outside your jurisdiction`);
  }
  return like(microWishes.regionCode, `${code ?? jurisdictionPrefix(viewer.jurisdiction)}%`);
}

/**
 * The wishes a user follows, newest first: staff those of their area, a grid worker those they posted
 * for residents, a resident those they wished and those they claimed as a volunteer.
 */
export async function listWishes(
  deps: WishesDeps,
  viewer: AuthUser,
  f: Paging & { regionCode?: string; state?: WishState },
) {
  const role = wishRole(viewer);
  const whose =
    role === 'staff'
      ? regionFilter(viewer, f.regionCode)
      : role === 'grid'
        ? eq(microWishes.postedBy, viewer.id)
        : or(eq(microWishes.wisherId, viewer.id), eq(microWishes.claimerUserId, viewer.id));
  const where = and(
    whose,
    role !== 'staff' && f.regionCode ? like(microWishes.regionCode, `${f.regionCode}%`) : undefined,
    f.state ? eq(microWishes.state, f.state) : undefined,
  );
  return pageOf(deps, viewer, where, f);
}

/** Approved wishes waiting for a claimer, for volunteers to browse; nothing about who wished them. */
export async function listOpenWishes(
  deps: WishesDeps,
  viewer: AuthUser,
  f: Paging & { regionCode?: string },
) {
  const role = wishRole(viewer);
  // Residents volunteer anywhere; staff and grid workers look after their own area.
  const area =
    role === 'staff'
      ? regionFilter(viewer, f.regionCode)
      : role === 'grid'
        ? eq(microWishes.regionCode, communityOfGridWorker(deps.regions, viewer).code)
        : undefined;
  const where = and(
    eq(microWishes.state, 'approved'),
    area,
    f.regionCode ? like(microWishes.regionCode, `${f.regionCode}%`) : undefined,
  );
  return pageOf(deps, viewer, where, f);
}

export async function getWish(deps: WishesDeps, viewer: AuthUser, id: string) {
  const { row } = await wishOf(deps.db, viewer, id);
  return wishDetail(deps.db, row, viewer);
}
