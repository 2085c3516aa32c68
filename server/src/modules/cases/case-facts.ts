import { and, count, eq, isNull } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import type { AuthUser } from '../auth/auth-user.js';
import { holdsCase } from './case-scope.js';
import { caseFollowers, caseSupervisions, type cases } from './cases.tables.js';
import type { CaseStatus } from './lifecycle/case-status.js';
import type { ActorFacts, CaseFacts } from './lifecycle/decide.js';

/** What the state machine needs to know of a case and of the person acting on it. */
export async function caseFacts(
  db: Executor,
  viewer: AuthUser,
  c: typeof cases.$inferSelect,
): Promise<{ facts: CaseFacts; actor: ActorFacts }> {
  const [open] = await db
    .select({ n: count() })
    .from(caseSupervisions)
    .where(and(eq(caseSupervisions.caseId, c.id), isNull(caseSupervisions.repliedAt)));
  const following = await db
    .select({ userId: caseFollowers.userId })
    .from(caseFollowers)
    .where(and(eq(caseFollowers.caseId, c.id), eq(caseFollowers.userId, viewer.id)));
  return {
    facts: {
      status: c.status as CaseStatus,
      extensionRequested: c.extensionRequested,
      rated: c.rating !== null,
      closedAt: c.closedAt,
      openSupervisions: Number(open?.n ?? 0),
    },
    actor: {
      roles: viewer.roles,
      isHolder: holdsCase(viewer, c),
      isReporter: c.reporterId === viewer.id || following.length > 0,
    },
  };
}
