import { asc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { notFound } from '../../lib/errors/app-error.js';
import { maskName, maskPhone } from '../../lib/privacy/mask.js';
import type { AuthUser } from '../auth/auth-user.js';
import { jurisdictionPrefix } from '../auth/jurisdiction.js';
import { partnerNames } from '../community-lists/project-view.js';
import { users } from '../users/users.tables.js';
import type { WishRow } from './wish-events.js';
import { wishRoleOf } from './wish-office.js';
import { microWishEvents, microWishes } from './wishes.tables.js';

/**
 * Why a user may see a wish: staff of its area keep it, the wisher and the one who posted it for them
 * follow it, the volunteer who claimed it carries it out, and any resident may browse approved wishes
 * waiting for a claimer (without learning who wished them).
 */
export type WishAccess = 'staff' | 'wisher' | 'poster' | 'claimer' | 'browser';

export function accessOf(user: AuthUser, row: WishRow): WishAccess | null {
  const role = wishRoleOf(user);
  if (role === 'staff' && row.regionCode.startsWith(jurisdictionPrefix(user.jurisdiction))) return 'staff';
  if (row.wisherId === user.id) return 'wisher';
  if (row.postedBy === user.id) return 'poster';
  if (row.claimerUserId === user.id) return 'claimer';
  if (role === 'resident' && row.state === 'approved') return 'browser';
  return null;
}

/**
 * A wish the user may see, locked for the caller's transaction when `lock`, with why they may; any
 * other is "not found", so a forged id tells nothing about other communities' wishes.
 */
export async function wishOf(tx: Executor, user: AuthUser, id: string, lock = false) {
  const query = tx.select().from(microWishes).where(eq(microWishes.id, id));
  const [row] = lock ? await query.for('update') : await query;
  const access = row ? accessOf(user, row) : null;
  if (!row || !access) {
    throw notFound('WISH_NOT_FOUND', `Wish ${id} does not exist or is not yours to see`);
  }
  return { row, access };
}

/** A wish of the staff member's area, locked; a wish elsewhere is "not found" even to its poster. */
export async function staffWishOf(tx: Executor, user: AuthUser, id: string) {
  const { row, access } = await wishOf(tx, user, id, true);
  if (access !== 'staff') {
    throw notFound('WISH_NOT_FOUND', `Wish ${id} does not exist or is outside your jurisdiction`);
  }
  return row;
}

export interface ViewOptions {
  /** One wish opened on its own page: staff and the poster see the wisher unmasked there, to reach them. */
  detail?: boolean;
}

/**
 * Wishes as the viewer may see them. The wisher's name and number are masked in every list; a
 * volunteer browsing or carrying out a wish learns nothing of who wished it.
 */
export async function wishViews(db: Executor, rows: WishRow[], viewer: AuthUser, options: ViewOptions = {}) {
  if (rows.length === 0) return [];
  const wisherIds = [...new Set(rows.flatMap((r) => (r.wisherId ? [r.wisherId] : [])))];
  // One after another: inside a transaction they share one connection.
  const wishers =
    wisherIds.length === 0
      ? []
      : await db
          .select({ id: users.id, displayName: users.displayName, phone: users.phone })
          .from(users)
          .where(inArray(users.id, wisherIds));
  const units = await partnerNames(
    db,
    rows.flatMap((r) => (r.claimerPartnerUnitId ? [r.claimerPartnerUnitId] : [])),
  );
  return rows.map((w) => {
    const access = accessOf(viewer, w) ?? 'browser';
    const account = wishers.find((u) => u.id === w.wisherId);
    const name = account?.displayName ?? w.wisherName;
    const phone = account ? account.phone : w.wisherPhone;
    const plain = access === 'wisher' || (options.detail && (access === 'staff' || access === 'poster'));
    const seesWisher = access === 'staff' || access === 'poster' || access === 'wisher';
    const seesOutcome = access !== 'browser';
    return {
      id: w.id,
      regionCode: w.regionCode,
      title: w.title,
      description: w.description,
      state: w.state,
      wisher: seesWisher
        ? {
            name: plain ? (name ?? null) : maskName(name ?? null),
            phone: plain ? (phone ?? null) : maskPhone(phone ?? null),
            postedForThem: w.wisherId === null,
          }
        : null,
      reviewNote: seesOutcome ? w.reviewNote : null,
      claim:
        w.claimedAt && seesOutcome
          ? {
              kind: w.claimerUserId ? ('volunteer' as const) : ('partner_unit' as const),
              partnerUnitName: w.claimerPartnerUnitId ? (units.get(w.claimerPartnerUnitId) ?? '') : null,
              mine: w.claimerUserId === viewer.id,
              claimedAt: w.claimedAt.toISOString(),
            }
          : null,
      fulfilment:
        w.fulfilledAt && seesOutcome
          ? { note: w.fulfilNote ?? '', photoIds: w.fulfilPhotoIds, at: w.fulfilledAt.toISOString() }
          : null,
      confirmedAt: w.confirmedAt?.toISOString() ?? null,
      createdAt: w.createdAt.toISOString(),
    };
  });
}

export async function wishView(db: Executor, row: WishRow, viewer: AuthUser, options: ViewOptions = {}) {
  const [view] = await wishViews(db, [row], viewer, options);
  if (!view) throw new Error('a wish lost its view');
  return view;
}

/** One wish with its timeline. */
export async function wishDetail(db: Executor, row: WishRow, viewer: AuthUser) {
  const events = await db
    .select()
    .from(microWishEvents)
    .where(eq(microWishEvents.wishId, row.id))
    .orderBy(asc(microWishEvents.id));
  // Who did each step is the office's to know; the wisher and the volunteer see what happened.
  const staff = accessOf(viewer, row) === 'staff';
  return {
    ...(await wishView(db, row, viewer, { detail: true })),
    events: events.map((e) => ({
      at: e.at.toISOString(),
      actorId: staff ? e.actorId : null,
      action: e.action,
      note: e.note,
    })),
  };
}
