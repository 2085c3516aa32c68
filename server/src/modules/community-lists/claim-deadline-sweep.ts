import { and, eq, lte } from 'drizzle-orm';
import type { Db } from '../../db/database.js';
import { repeatEvery } from '../../lib/jobs/repeat-every.js';
import { communityProjects } from './community-lists.tables.js';
import { recordProjectStep } from './project-events.js';

/**
 * 兜底: every project still open for claim at its claim deadline falls to the community, which carries
 * it out itself. One UPDATE ... WHERE state = 'open_for_claim' moves each project and returns it: when
 * several server processes sweep at once, the row lock makes the second UPDATE find the state changed,
 * so each project falls, and is written to its timeline, exactly once.
 */
export async function sweepClaimDeadlines(db: Db, now: Date = new Date()): Promise<number> {
  return db.transaction(async (tx) => {
    const fallen = await tx
      .update(communityProjects)
      .set({ state: 'fallen_to_community', fallenAt: now })
      .where(and(eq(communityProjects.state, 'open_for_claim'), lte(communityProjects.claimDeadline, now)))
      .returning();
    for (const after of fallen) {
      await recordProjectStep(tx, {
        action: 'fall_to_community',
        actorId: null,
        at: now,
        note: `unclaimed at the claim deadline ${after.claimDeadline.toISOString()}`,
        before: { ...after, state: 'open_for_claim', fallenAt: null },
        after,
      });
    }
    return fallen.length;
  });
}

/** Runs the 兜底 sweep every minute in every server process (see sweepClaimDeadlines for why that is safe). */
export function startClaimDeadlineSweep(db: Db, intervalMs = 60_000): { stop(): Promise<void> } {
  return repeatEvery('The claim deadline sweep', intervalMs, () => sweepClaimDeadlines(db));
}
