import { count, eq } from 'drizzle-orm';
import { conflict } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { type CommunityDeps, nowOf } from '../voters/community-deps.js';
import { recordDeliberationStep } from './deliberation-events.js';
import { canTake, stateAfter } from './deliberation-state.js';
import { deliberationDetail, deliberationOf } from './deliberation-view.js';
import { deliberations, deliberationVotes, voteBallots, voteElectorate } from './deliberations.tables.js';
import { outcomeOf } from './vote-rules.js';

/**
 * Closes step 3's vote, finally: the ballots are counted against the electorate by the vote's quorum and
 * majority, the count is written once (the database refuses to change a closed vote), and the
 * deliberation is voted (passed) or rejected. A rejected proposal starts again as a new deliberation.
 */
export async function closeVote(deps: CommunityDeps, actor: AuthUser, id: string) {
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const before = await deliberationOf(tx, actor, id, true);
    if (!canTake('close_vote', before.state)) {
      throw conflict(
        'DELIBERATION_STATE_CONFLICT',
        `A ${before.state} deliberation has no open vote to close`,
      );
    }
    const [vote] = await tx
      .select()
      .from(deliberationVotes)
      .where(eq(deliberationVotes.deliberationId, before.id))
      .for('update');
    if (vote?.state !== 'open') throw conflict('VOTE_CLOSED', 'This vote is already closed');
    const [electorate] = await tx
      .select({ n: count() })
      .from(voteElectorate)
      .where(eq(voteElectorate.voteId, vote.id));
    const ballots = await tx
      .select({ choice: voteBallots.choice })
      .from(voteBallots)
      .where(eq(voteBallots.voteId, vote.id));
    const outcome = outcomeOf(
      ballots.map((b) => b.choice),
      Number(electorate?.n ?? 0),
      vote.quorumPercent,
      vote.majorityPercent,
    );
    await tx
      .update(deliberationVotes)
      .set({
        state: 'closed',
        closedBy: actor.id,
        closedAt: now,
        forCount: outcome.tally.for,
        againstCount: outcome.tally.against,
        abstainCount: outcome.tally.abstain,
        quorumReached: outcome.quorumReached,
        passed: outcome.passed,
      })
      .where(eq(deliberationVotes.id, vote.id));
    const [after] = await tx
      .update(deliberations)
      .set({ state: stateAfter('close_vote', outcome.passed) })
      .where(eq(deliberations.id, before.id))
      .returning();
    if (!after) throw new Error('the deliberation update returned no row');
    await recordDeliberationStep(tx, {
      action: 'close_vote',
      actorId: actor.id,
      at: now,
      note: outcome.passed ? 'passed' : outcome.quorumReached ? 'not passed' : 'no quorum',
      data: { voteId: vote.id, ...outcome },
      before,
      after,
    });
    return deliberationDetail(tx, after);
  });
}
