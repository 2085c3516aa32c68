import { desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { deliberations, deliberationVotes, voteElectorate, voteVoters } from './deliberations.tables.js';

/** The votes the signed-in resident is on the electorate of, open ones first, and whether they have voted. */
export async function myVotes(db: Executor, userId: string) {
  const rows = await db
    .select({
      voteId: deliberationVotes.id,
      deliberationId: deliberations.id,
      title: deliberations.title,
      proposal: deliberations.proposal,
      state: deliberationVotes.state,
      capacity: voteElectorate.capacity,
      hasVoted: sql<boolean>`${voteVoters.voterId} is not null`,
    })
    .from(voteElectorate)
    .innerJoin(deliberationVotes, eq(deliberationVotes.id, voteElectorate.voteId))
    .innerJoin(deliberations, eq(deliberations.id, deliberationVotes.deliberationId))
    .leftJoin(
      voteVoters,
      sql`${voteVoters.voteId} = ${voteElectorate.voteId} and ${voteVoters.voterId} = ${voteElectorate.voterId}`,
    )
    .where(eq(voteElectorate.voterId, userId))
    .orderBy(desc(sql`${deliberationVotes.state} = 'open'`), desc(deliberationVotes.openedAt))
    .limit(200);
  return { items: rows.map((r) => ({ ...r, hasVoted: Boolean(r.hasVoted) })) };
}
