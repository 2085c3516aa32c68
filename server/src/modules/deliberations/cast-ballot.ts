import type { VoteChoice } from '@needle/contract';
import { and, eq } from 'drizzle-orm';
import { conflict, notFound } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { awardParticipation } from '../points/participation-awards.js';
import { type CommunityDeps, nowOf } from '../voters/community-deps.js';
import { deliberationVotes, voteBallots, voteElectorate, voteVoters } from './deliberations.tables.js';
import { newReceipt, receiptFromKey, receiptHash } from './receipt.js';

/**
 * A member of the electorate casts their ballot, once. Two rows in one transaction: "this voter has
 * voted" (whose key refuses a second, even from a concurrent request) and the ballot, which names no
 * voter and no time. The receipt is answered here only; the ballot keeps its hash. With an Idempotency-Key
 * the receipt comes from the key, so a retry of a ballot that was cast is answered the same receipt.
 */
export async function castBallot(
  deps: CommunityDeps,
  voter: AuthUser,
  voteId: string,
  choice: VoteChoice,
  key?: string,
) {
  return deps.db.transaction(async (tx) => {
    // Shared with other casts, exclusive with the close: a ballot lands before the count or not at all.
    const [vote] = await tx
      .select()
      .from(deliberationVotes)
      .where(eq(deliberationVotes.id, voteId))
      .for('share');
    const [elector] = vote
      ? await tx
          .select({ voterId: voteElectorate.voterId })
          .from(voteElectorate)
          .where(and(eq(voteElectorate.voteId, vote.id), eq(voteElectorate.voterId, voter.id)))
      : [];
    if (!vote || !elector) {
      throw notFound('VOTE_NOT_FOUND', `Vote ${voteId} does not exist or you are not on its electorate`);
    }
    if (vote.state !== 'open') throw conflict('VOTE_CLOSED', 'This vote is closed: its count is final');
    const [marked] = await tx
      .insert(voteVoters)
      .values({ districtCode: vote.districtCode, voteId: vote.id, voterId: voter.id })
      .onConflictDoNothing()
      .returning();
    const receipt = key ? receiptFromKey(key, vote.id, voter.id) : newReceipt();
    if (!marked) {
      const [replay] = key
        ? await tx
            .select({ id: voteBallots.id })
            .from(voteBallots)
            .where(and(eq(voteBallots.voteId, vote.id), eq(voteBallots.receiptHash, receiptHash(receipt))))
        : [];
      if (replay) return { voteId: vote.id, receipt, replayed: true };
      throw conflict('ALREADY_VOTED', 'You have already voted: one identity, one vote');
    }
    await tx.insert(voteBallots).values({
      districtCode: vote.districtCode,
      voteId: vote.id,
      choice,
      receiptHash: receiptHash(receipt),
    });
    // That they voted, never how: the audit row is the voter's act, not the ballot.
    await recordAudit(tx, {
      actorId: voter.id,
      action: 'vote.cast',
      entity: 'vote',
      entityId: vote.id,
      regionCode: vote.regionCode,
    });
    await awardParticipation(tx, {
      userId: voter.id,
      reason: 'deliberation',
      source: `vote:${vote.id}`,
      quantity: 1,
      // The clock the vote runs on: a replayed history's points carry the day they were earned.
      at: nowOf(deps),
    });
    return { voteId: vote.id, receipt, replayed: false };
  });
}
