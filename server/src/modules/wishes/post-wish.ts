import type { WishInput } from '@needle/contract';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { districtCodeOf } from '../../lib/codes/region-code.js';
import { AppError, badRequest } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { requestHash } from '../cases/idempotency.js';
import { communityFor } from '../community-lists/lists-office.js';
import { recordWishStep } from './wish-events.js';
import { communityNamed, communityOfGridWorker, wishRole } from './wish-office.js';
import { wishView } from './wish-view.js';
import { microWishes } from './wishes.tables.js';
import { nowOf, type WishesDeps } from './wishes-deps.js';

export type { WishInput } from '@needle/contract';

/** Numbers are kept in E.164, as accounts' are, so a masked one reads the same everywhere. */
const e164 = (phone: string) => (phone.startsWith('+') ? phone : `+86${phone}`);

/**
 * The community a wish goes to and who it is for. A resident posts their own wish, naming their
 * community (a resident's account sits above every community); a grid worker posts for a resident of
 * their grid's community, staff for one of theirs, and both name the wisher.
 */
function placeOf(deps: WishesDeps, actor: AuthUser, input: WishInput) {
  const role = wishRole(actor);
  if (role === 'resident') {
    if (input.wisher) {
      throw badRequest('WISHER_NOT_ALLOWED', 'A resident posts their own wish: leave the wisher out');
    }
    if (!input.regionCode) {
      throw badRequest('COMMUNITY_REQUIRED', 'Name the community (社区) where you live');
    }
    return { regionCode: communityNamed(deps.regions, input.regionCode).code, forSomeone: false };
  }
  if (!input.wisher) {
    throw badRequest('WISHER_REQUIRED', 'Posting for a resident, name who the wish is for');
  }
  if (role === 'grid') {
    const own = communityOfGridWorker(deps.regions, actor);
    if (input.regionCode && input.regionCode !== own.code) {
      communityNamed(deps.regions, input.regionCode);
      throw badRequest('WISH_OUTSIDE_GRID', 'A grid worker posts wishes in their own grid’s community');
    }
    return { regionCode: own.code, forSomeone: true };
  }
  return { regionCode: communityFor(deps.regions, actor, input.regionCode), forSomeone: true };
}

/** The wish a standing Idempotency-Key already made, or null; the same key with other contents is refused. */
async function replayOf(tx: Executor, actor: AuthUser, key: string, hash: string) {
  const [earlier] = await tx
    .select()
    .from(microWishes)
    .where(and(eq(microWishes.postedBy, actor.id), eq(microWishes.clientKey, key)));
  if (!earlier) return null;
  if (earlier.clientKeyHash !== hash) {
    throw new AppError(422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for a different wish');
  }
  return { wish: await wishView(tx, earlier, actor), replayed: true };
}

/**
 * Posts a micro-wish for review. With an Idempotency-Key a phone's retry returns the first wish
 * (replayed) instead of a second one.
 */
export async function postWish(deps: WishesDeps, actor: AuthUser, input: WishInput, key?: string) {
  const { regionCode, forSomeone } = placeOf(deps, actor, input);
  const hash = requestHash({ ...input, regionCode });
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const replay = key ? await replayOf(tx, actor, key, hash) : null;
    if (replay) return replay;
    const [wish] = await tx
      .insert(microWishes)
      .values({
        districtCode: districtCodeOf(regionCode),
        regionCode,
        title: input.title.trim(),
        description: input.description?.trim() ?? '',
        wisherId: forSomeone ? null : actor.id,
        wisherName: forSomeone ? (input.wisher?.name.trim() ?? null) : null,
        wisherPhone: forSomeone && input.wisher?.phone ? e164(input.wisher.phone) : null,
        postedBy: actor.id,
        createdAt: now,
        clientKey: key ?? null,
        clientKeyHash: key ? hash : null,
      })
      // A retry that raced the first past the replay check waits for it here and writes nothing.
      .onConflictDoNothing()
      .returning();
    if (!wish) {
      const raced = key ? await replayOf(tx, actor, key, hash) : null;
      if (!raced) throw new Error('the wish insert returned no row');
      return raced;
    }
    await recordWishStep(tx, { action: 'post', actorId: actor.id, at: now, after: wish });
    return { wish: await wishView(tx, wish, actor), replayed: false };
  });
}
