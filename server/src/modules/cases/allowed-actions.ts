import type { Executor } from '../../db/database.js';
import type { AuthUser } from '../auth/auth-user.js';
import { caseFacts } from './case-facts.js';
import type { cases } from './cases.tables.js';
import { CASE_ACTIONS, type CaseAction } from './lifecycle/case-action.js';
import { decide } from './lifecycle/decide.js';

/**
 * The actions this viewer may take on the case now, by the same state machine that will judge them:
 * the console shows these buttons and no others, without keeping a copy of the rules.
 */
export async function allowedActions(
  db: Executor,
  viewer: AuthUser,
  c: typeof cases.$inferSelect,
  now: Date,
  reopenWindowDays: number,
): Promise<CaseAction[]> {
  // A linked duplicate follows its master: nothing is done to it directly.
  if (c.masterCaseId) return [];
  const { facts, actor } = await caseFacts(db, viewer, c);
  return CASE_ACTIONS.filter((a) => decide(facts, a, actor, now, reopenWindowDays).ok);
}
