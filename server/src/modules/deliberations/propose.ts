import type { DeliberationState } from '@needle/contract';
import { and, desc, eq, like, type SQL } from 'drizzle-orm';
import { districtCodeOf } from '../../lib/codes/region-code.js';
import { notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { communityNeeds } from '../community-lists/community-lists.tables.js';
import { type CommunityDeps, nowOf } from '../voters/community-deps.js';
import { recordDeliberationStep } from './deliberation-events.js';
import { deliberationDetail, deliberationView } from './deliberation-view.js';
import { deliberations } from './deliberations.tables.js';
import { deliberationCommunity, deliberationsPrefix } from './deliberations-office.js';

/**
 * Step 1: the party organisation proposes (community staff enter it on its behalf), answering one of the
 * community's needs when it came from one: a need of another community is not found.
 */
export async function proposeDeliberation(
  deps: CommunityDeps,
  actor: AuthUser,
  input: { regionCode?: string; title: string; proposal: string; needId?: string },
) {
  const regionCode = deliberationCommunity(deps.regions, actor, input.regionCode);
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    if (input.needId) {
      const [need] = await tx
        .select({ id: communityNeeds.id })
        .from(communityNeeds)
        .where(and(eq(communityNeeds.id, input.needId), eq(communityNeeds.regionCode, regionCode)));
      if (!need) throw notFound('NEED_NOT_FOUND', `Need ${input.needId} is not on this community's list`);
    }
    const [row] = await tx
      .insert(deliberations)
      .values({
        districtCode: districtCodeOf(regionCode),
        regionCode,
        title: input.title.trim(),
        proposal: input.proposal.trim(),
        needId: input.needId ?? null,
        proposedBy: actor.id,
        proposedAt: now,
      })
      .returning();
    if (!row) throw new Error('the deliberation insert returned no row');
    await recordDeliberationStep(tx, {
      action: 'propose',
      actorId: actor.id,
      at: now,
      note: row.title,
      after: row,
    });
    return deliberationDetail(tx, row);
  });
}

/** The deliberations of the communities the user serves, newest first. */
export async function listDeliberations(
  deps: CommunityDeps,
  actor: AuthUser,
  query: { regionCode?: string; state?: DeliberationState },
) {
  const scope = query.regionCode
    ? deliberationCommunity(deps.regions, actor, query.regionCode)
    : deliberationsPrefix(actor);
  const filters: SQL[] = [like(deliberations.regionCode, `${scope}%`)];
  if (query.state) filters.push(eq(deliberations.state, query.state));
  const rows = await deps.db
    .select()
    .from(deliberations)
    .where(and(...filters))
    .orderBy(desc(deliberations.proposedAt))
    .limit(500);
  return { items: rows.map(deliberationView) };
}
