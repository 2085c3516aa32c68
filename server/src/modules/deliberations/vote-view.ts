import { asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { maskName } from '../../lib/privacy/mask.js';
import { users } from '../users/users.tables.js';
import { deliberationVotes, voteElectorate, voteVoters } from './deliberations.tables.js';

type VoteRow = typeof deliberationVotes.$inferSelect;

export function tallyView(v: VoteRow) {
  return v.state === 'closed'
    ? { for: v.forCount ?? 0, against: v.againstCount ?? 0, abstain: v.abstainCount ?? 0 }
    : null;
}

/**
 * A deliberation's vote as staff see it: its rules, who is on the electorate and whether each has voted
 * (turnout is theirs to chase), and once closed the count. Never a ballot: this view reads no ballot row.
 */
export async function staffVoteView(tx: Executor, deliberationId: string) {
  const [vote] = await tx
    .select()
    .from(deliberationVotes)
    .where(eq(deliberationVotes.deliberationId, deliberationId));
  if (!vote) return null;
  const electorate = await tx
    .select({
      userId: voteElectorate.voterId,
      name: users.displayName,
      capacity: voteElectorate.capacity,
      hasVoted: sql<boolean>`${voteVoters.voterId} is not null`,
    })
    .from(voteElectorate)
    .innerJoin(users, eq(users.id, voteElectorate.voterId))
    .leftJoin(
      voteVoters,
      sql`${voteVoters.voteId} = ${voteElectorate.voteId} and ${voteVoters.voterId} = ${voteElectorate.voterId}`,
    )
    .where(eq(voteElectorate.voteId, vote.id))
    .orderBy(asc(users.displayName), asc(voteElectorate.voterId));
  return {
    id: vote.id,
    state: vote.state,
    quorumPercent: vote.quorumPercent,
    majorityPercent: vote.majorityPercent,
    electorateSize: electorate.length,
    votedCount: electorate.filter((e) => e.hasVoted).length,
    electorate: electorate.map((e) => ({
      userId: e.userId,
      name: maskName(e.name) ?? '*',
      capacity: e.capacity,
      hasVoted: Boolean(e.hasVoted),
    })),
    openedAt: vote.openedAt.toISOString(),
    closedAt: vote.closedAt?.toISOString() ?? null,
    tally: tallyView(vote),
    quorumReached: vote.quorumReached,
    passed: vote.passed,
  };
}
