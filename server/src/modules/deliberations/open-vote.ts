import { eq } from 'drizzle-orm';
import { badRequest, conflict } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { type CommunityDeps, nowOf } from '../voters/community-deps.js';
import { verifiedInCommunity } from '../voters/verified-in-community.js';
import { recordDeliberationStep } from './deliberation-events.js';
import { canTake, stateAfter } from './deliberation-state.js';
import { deliberationDetail, deliberationOf } from './deliberation-view.js';
import { deliberations, deliberationVotes, voteElectorate } from './deliberations.tables.js';
import { DEFAULT_MAJORITY_PERCENT, DEFAULT_QUORUM_PERCENT } from './vote-rules.js';

export interface OpenVoteInput {
  electorate: { userId: string; capacity: 'party_member' | 'resident_representative' }[];
  quorumPercent?: number;
  majorityPercent?: number;
}

/**
 * Step 3: the discussed proposal goes to the party members and resident representatives staff name,
 * each a verified resident of the community. The electorate and the rules are fixed from here on.
 */
export async function openVote(deps: CommunityDeps, actor: AuthUser, id: string, input: OpenVoteInput) {
  const now = nowOf(deps);
  const userIds = input.electorate.map((e) => e.userId);
  if (new Set(userIds).size !== userIds.length) {
    throw badRequest('ELECTOR_TWICE', 'Each elector is named once');
  }
  return deps.db.transaction(async (tx) => {
    const before = await deliberationOf(tx, actor, id, true);
    if (!canTake('open_vote', before.state)) {
      throw conflict(
        'DELIBERATION_STATE_CONFLICT',
        `A ${before.state} deliberation cannot open a vote: the two committees discuss it first, and a vote is held once`,
      );
    }
    const verified = await verifiedInCommunity(tx, userIds, before.regionCode);
    const unverified = userIds.filter((u) => !verified.has(u));
    if (unverified.length > 0) {
      throw badRequest(
        'ELECTOR_NOT_VERIFIED',
        `Not verified residents of this community: ${unverified.join(', ')}`,
      );
    }
    const [vote] = await tx
      .insert(deliberationVotes)
      .values({
        districtCode: before.districtCode,
        deliberationId: before.id,
        regionCode: before.regionCode,
        quorumPercent: input.quorumPercent ?? DEFAULT_QUORUM_PERCENT,
        majorityPercent: input.majorityPercent ?? DEFAULT_MAJORITY_PERCENT,
        openedBy: actor.id,
        openedAt: now,
      })
      .returning();
    if (!vote) throw new Error('the vote insert returned no row');
    await tx.insert(voteElectorate).values(
      input.electorate.map((e) => ({
        districtCode: vote.districtCode,
        voteId: vote.id,
        voterId: e.userId,
        capacity: e.capacity,
      })),
    );
    const [after] = await tx
      .update(deliberations)
      .set({ state: stateAfter('open_vote') })
      .where(eq(deliberations.id, before.id))
      .returning();
    if (!after) throw new Error('the deliberation update returned no row');
    await recordDeliberationStep(tx, {
      action: 'open_vote',
      actorId: actor.id,
      at: now,
      data: {
        voteId: vote.id,
        electorate: userIds.length,
        quorumPercent: vote.quorumPercent,
        majorityPercent: vote.majorityPercent,
      },
      before,
      after,
    });
    return deliberationDetail(tx, after);
  });
}
