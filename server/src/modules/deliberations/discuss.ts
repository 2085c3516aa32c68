import { eq } from 'drizzle-orm';
import { conflict } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { type CommunityDeps, nowOf } from '../voters/community-deps.js';
import { recordDeliberationStep } from './deliberation-events.js';
import { canTake, stateAfter } from './deliberation-state.js';
import { deliberationDetail, deliberationOf } from './deliberation-view.js';
import { deliberations } from './deliberations.tables.js';

/** Step 2: the two committees (两委) discussed the proposal; their minutes are recorded with it. */
export async function recordDiscussion(deps: CommunityDeps, actor: AuthUser, id: string, minutes: string) {
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const before = await deliberationOf(tx, actor, id, true);
    if (!canTake('discuss', before.state)) {
      throw conflict(
        'DELIBERATION_STATE_CONFLICT',
        `A deliberation that is ${before.state} cannot be discussed`,
      );
    }
    const [after] = await tx
      .update(deliberations)
      .set({ state: stateAfter('discuss'), minutes: minutes.trim() })
      .where(eq(deliberations.id, before.id))
      .returning();
    if (!after) throw new Error('the deliberation update returned no row');
    await recordDeliberationStep(tx, { action: 'discuss', actorId: actor.id, at: now, before, after });
    return deliberationDetail(tx, after);
  });
}
