import { and, eq } from 'drizzle-orm';
import { AppError, conflict, notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { requestHash } from '../cases/idempotency.js';
import { type CommunityDeps, nowOf } from '../voters/community-deps.js';
import { verifiedHouseholdOf } from '../voters/verified-household.js';
import { recordDeliberationStep } from './deliberation-events.js';
import { canTake, closable, objectionsOpen, stateAfter } from './deliberation-state.js';
import { deliberationDetail, deliberationOf } from './deliberation-view.js';
import { deliberationObjections, deliberations } from './deliberations.tables.js';

const DAY_MS = 86_400_000;

const objectionView = (o: typeof deliberationObjections.$inferSelect) => ({
  id: o.id,
  text: o.text,
  at: o.at.toISOString(),
});

/** Step 4: the passed resolution goes on the community board for `publishDays` (7 unless given). */
export async function publishResolution(
  deps: CommunityDeps,
  actor: AuthUser,
  id: string,
  input: { resolution: string; publishDays?: number },
) {
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const before = await deliberationOf(tx, actor, id, true);
    if (!canTake('publish', before.state)) {
      throw conflict(
        'DELIBERATION_STATE_CONFLICT',
        `Only a passed resolution is published; this one is ${before.state}`,
      );
    }
    const publishDays = input.publishDays ?? before.publishDays;
    const [after] = await tx
      .update(deliberations)
      .set({
        state: stateAfter('publish'),
        resolution: input.resolution.trim(),
        publishDays,
        publishedAt: now,
        publishedUntil: new Date(now.getTime() + publishDays * DAY_MS),
      })
      .where(eq(deliberations.id, before.id))
      .returning();
    if (!after) throw new Error('the deliberation update returned no row');
    await recordDeliberationStep(tx, {
      action: 'publish',
      actorId: actor.id,
      at: now,
      data: { publishDays },
      before,
      after,
    });
    return deliberationDetail(tx, after);
  });
}

/**
 * A verified resident of the community objects to the resolution while it is on the board. Anyone else
 * does not find it. With an Idempotency-Key, a phone's retry returns the first objection (replayed).
 */
export async function recordObjection(
  deps: CommunityDeps,
  resident: AuthUser,
  id: string,
  text: string,
  key?: string,
) {
  const now = nowOf(deps);
  const hash = requestHash({ id, text });
  return deps.db.transaction(async (tx) => {
    const household = await verifiedHouseholdOf(tx, resident.id);
    const [deliberation] = await tx
      .select()
      .from(deliberations)
      .where(eq(deliberations.id, id))
      .for('update');
    if (!deliberation || !household || household.communityCode !== deliberation.regionCode) {
      throw notFound('DELIBERATION_NOT_FOUND', `Deliberation ${id} is not on your community's board`);
    }
    const [earlier] = key
      ? await tx
          .select()
          .from(deliberationObjections)
          .where(
            and(eq(deliberationObjections.userId, resident.id), eq(deliberationObjections.clientKey, key)),
          )
      : [];
    if (earlier) {
      if (earlier.clientKeyHash !== hash) {
        throw new AppError(
          422,
          'IDEMPOTENCY_KEY_REUSED',
          'This Idempotency-Key was used for a different objection',
        );
      }
      return { objection: objectionView(earlier), replayed: true };
    }
    if (!objectionsOpen(deliberation.state, deliberation.publishedUntil, now)) {
      throw conflict('OBJECTIONS_CLOSED', 'Objections are taken only while the resolution is on the board');
    }
    const [objection] = await tx
      .insert(deliberationObjections)
      .values({
        districtCode: deliberation.districtCode,
        deliberationId: deliberation.id,
        userId: resident.id,
        text: text.trim(),
        at: now,
        clientKey: key ?? null,
        clientKeyHash: key ? hash : null,
      })
      .returning();
    if (!objection) throw new Error('the objection insert returned no row');
    await recordDeliberationStep(tx, {
      action: 'object',
      actorId: resident.id,
      at: now,
      data: { objectionId: objection.id },
      after: deliberation,
    });
    return { objection: objectionView(objection), replayed: false };
  });
}

/** Closes the deliberation once its board days are over, objections and all on record. */
export async function closeDeliberation(deps: CommunityDeps, actor: AuthUser, id: string) {
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const before = await deliberationOf(tx, actor, id, true);
    if (!canTake('close', before.state)) {
      throw conflict('DELIBERATION_STATE_CONFLICT', `A ${before.state} deliberation cannot be closed`);
    }
    if (!closable(before.state, before.publishedUntil, now)) {
      throw conflict(
        'PUBLICATION_NOT_OVER',
        'The resolution is still on the board: objections are heard to the end',
      );
    }
    const [after] = await tx
      .update(deliberations)
      .set({ state: stateAfter('close'), closedAt: now })
      .where(eq(deliberations.id, before.id))
      .returning();
    if (!after) throw new Error('the deliberation update returned no row');
    await recordDeliberationStep(tx, { action: 'close', actorId: actor.id, at: now, before, after });
    return deliberationDetail(tx, after);
  });
}
