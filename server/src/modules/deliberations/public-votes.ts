import { and, asc, count, desc, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { notFound } from '../../lib/errors/app-error.js';
import type { RegionsService } from '../regions/regions.service.js';
import {
  deliberationObjections,
  deliberations,
  deliberationVotes,
  voteBallots,
  voteElectorate,
  voteVoters,
} from './deliberations.tables.js';
import { receiptHash } from './receipt.js';
import { tallyView } from './vote-view.js';

/**
 * A vote's published count, for anyone: turnout while open; once closed, the tally and every ballot as
 * (receipt hash, choice), sorted by hash, from which anyone recounts and each voter finds their own.
 */
export async function publicVoteResult(db: Executor, voteId: string) {
  const [row] = await db
    .select({ vote: deliberationVotes, title: deliberations.title })
    .from(deliberationVotes)
    .innerJoin(deliberations, eq(deliberations.id, deliberationVotes.deliberationId))
    .where(eq(deliberationVotes.id, voteId));
  if (!row) throw notFound('VOTE_NOT_FOUND', `Vote ${voteId} does not exist`);
  const { vote } = row;
  const [[electorate], [voted], ballots] = await Promise.all([
    db.select({ n: count() }).from(voteElectorate).where(eq(voteElectorate.voteId, vote.id)),
    db.select({ n: count() }).from(voteVoters).where(eq(voteVoters.voteId, vote.id)),
    vote.state === 'closed'
      ? db
          .select({ receiptHash: voteBallots.receiptHash, choice: voteBallots.choice })
          .from(voteBallots)
          .where(eq(voteBallots.voteId, vote.id))
          .orderBy(asc(voteBallots.receiptHash))
      : Promise.resolve([]),
  ]);
  return {
    voteId: vote.id,
    title: row.title,
    state: vote.state,
    electorateSize: Number(electorate?.n ?? 0),
    votedCount: Number(voted?.n ?? 0),
    quorumPercent: vote.quorumPercent,
    majorityPercent: vote.majorityPercent,
    tally: tallyView(vote),
    quorumReached: vote.quorumReached,
    passed: vote.passed,
    ballots,
  };
}

/** Whether the ballot of this receipt was counted, and as what: only the receipt's holder can ask. */
export async function checkReceipt(db: Executor, receipt: string) {
  const [ballot] = await db
    .select({ voteId: voteBallots.voteId, choice: voteBallots.choice })
    .from(voteBallots)
    .where(eq(voteBallots.receiptHash, receiptHash(receipt)));
  return ballot ? { counted: true, ...ballot } : { counted: false, voteId: null, choice: null };
}

/** The community board (公示栏): resolutions published or closed, with no names or ids of people. */
export async function publicBoard(db: Executor, regions: RegionsService, code: string) {
  const node = regions.directory.node(code);
  if (node?.level !== 'community') throw notFound('REGION_NOT_FOUND', `No community ${code}`);
  const rows = await db
    .select({ d: deliberations, voteId: deliberationVotes.id })
    .from(deliberations)
    .leftJoin(deliberationVotes, eq(deliberationVotes.deliberationId, deliberations.id))
    .where(and(eq(deliberations.regionCode, code), inArray(deliberations.state, ['published', 'closed'])))
    .orderBy(desc(deliberations.publishedAt))
    .limit(200);
  const ids = rows.map((r) => r.d.id);
  const objections =
    ids.length === 0
      ? []
      : await db
          .select({ id: deliberationObjections.deliberationId, n: count() })
          .from(deliberationObjections)
          .where(inArray(deliberationObjections.deliberationId, ids))
          .groupBy(deliberationObjections.deliberationId);
  return {
    items: rows.map(({ d, voteId }) => ({
      deliberationId: d.id,
      title: d.title,
      resolution: d.resolution ?? '',
      state: d.state,
      publishedAt: (d.publishedAt ?? d.proposedAt).toISOString(),
      publishedUntil: (d.publishedUntil ?? d.proposedAt).toISOString(),
      voteId,
      objections: Number(objections.find((o) => o.id === d.id)?.n ?? 0),
    })),
  };
}
