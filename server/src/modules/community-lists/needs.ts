import type { NeedInput, NeedStatus } from '@needle/contract';
import { and, desc, eq, like, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { districtCodeOf } from '../../lib/codes/region-code.js';
import { AppError, notFound } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { cases } from '../cases/cases.tables.js';
import { requestHash } from '../cases/idempotency.js';
import { communityNeeds } from './community-lists.tables.js';
import { type ListsDeps, nowOf } from './lists-deps.js';
import { communityFor, listsPrefix } from './lists-office.js';

type NeedRow = typeof communityNeeds.$inferSelect;

export type { NeedInput } from '@needle/contract';

export function needView(n: NeedRow) {
  return {
    id: n.id,
    regionCode: n.regionCode,
    source: n.source,
    caseId: n.caseId,
    description: n.description,
    households: n.households,
    householdNote: n.householdNote,
    status: n.status,
    recordedBy: n.recordedBy,
    recordedAt: n.recordedAt.toISOString(),
  };
}

/**
 * The need a standing Idempotency-Key already made, or null. The same key with other contents is the
 * client's mistake, refused rather than answered with an unrelated need.
 */
async function replayOf(tx: Executor, actorId: string, key: string, hash: string) {
  const [earlier] = await tx
    .select()
    .from(communityNeeds)
    .where(and(eq(communityNeeds.recordedBy, actorId), eq(communityNeeds.clientKey, key)));
  if (!earlier) return null;
  if (earlier.clientKeyHash !== hash) {
    throw new AppError(422, 'IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was used for a different need');
  }
  return { need: needView(earlier), replayed: true };
}

/**
 * Puts a need on a community's list; a grid report's case must be one of the community's own. With an
 * Idempotency-Key, a retry of the same need returns the first one (replayed) instead of a second.
 */
export async function recordNeed(deps: ListsDeps, actor: AuthUser, input: NeedInput, key?: string) {
  const regionCode = communityFor(deps.regions, actor, input.regionCode);
  const hash = requestHash({ ...input, regionCode });
  return deps.db.transaction(async (tx) => {
    const replay = key ? await replayOf(tx, actor.id, key, hash) : null;
    if (replay) return replay;
    if (input.caseId) {
      const [kase] = await tx
        .select({ id: cases.id })
        .from(cases)
        .where(and(eq(cases.id, input.caseId), like(cases.regionCode, `${regionCode}%`)));
      if (!kase) throw notFound('CASE_NOT_FOUND', `Case ${input.caseId} is not a case of this community`);
    }
    const [need] = await tx
      .insert(communityNeeds)
      .values({
        districtCode: districtCodeOf(regionCode),
        regionCode,
        source: input.source,
        caseId: input.caseId ?? null,
        description: input.description.trim(),
        households: input.households,
        householdNote: input.householdNote?.trim() ?? '',
        recordedBy: actor.id,
        recordedAt: nowOf(deps),
        clientKey: key ?? null,
        clientKeyHash: key ? hash : null,
      })
      // A retry that raced the first past the replay check waits for it here and writes nothing.
      .onConflictDoNothing()
      .returning();
    if (!need) {
      const raced = key ? await replayOf(tx, actor.id, key, hash) : null;
      if (!raced) throw new Error('the need insert returned no row');
      return raced;
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'community_need.create',
      entity: 'community_need',
      entityId: need.id,
      regionCode,
      after: need,
    });
    return { need: needView(need), replayed: false };
  });
}

/** The needs of the communities the user keeps lists for, newest first. */
export async function listNeeds(
  deps: ListsDeps,
  viewer: AuthUser,
  f: { regionCode?: string; status?: NeedStatus },
) {
  const prefix = listsPrefix(viewer);
  const where: (SQL | undefined)[] = [
    like(communityNeeds.regionCode, `${prefix}%`),
    f.regionCode ? eq(communityNeeds.regionCode, f.regionCode) : undefined,
    f.status ? eq(communityNeeds.status, f.status) : undefined,
  ];
  const rows = await deps.db
    .select()
    .from(communityNeeds)
    .where(and(...where))
    .orderBy(desc(communityNeeds.recordedAt), desc(communityNeeds.id))
    .limit(500);
  return { items: rows.map(needView) };
}

/** Sets a need's status by hand: dropping it, or reopening it. */
export async function setNeedStatus(deps: ListsDeps, actor: AuthUser, id: string, status: NeedStatus) {
  const prefix = listsPrefix(actor);
  return deps.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(communityNeeds)
      .where(and(eq(communityNeeds.id, id), like(communityNeeds.regionCode, `${prefix}%`)))
      .for('update');
    if (!before)
      throw notFound('NEED_NOT_FOUND', `Need ${id} does not exist or is outside your jurisdiction`);
    const [after] = await tx
      .update(communityNeeds)
      .set({ status })
      .where(eq(communityNeeds.id, id))
      .returning();
    if (!after) throw new Error('the need update returned no row');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'community_need.status',
      entity: 'community_need',
      entityId: id,
      regionCode: after.regionCode,
      before,
      after,
    });
    return needView(after);
  });
}
