import type { TaskQueue, TaskQueueKey } from '@needle/contract';
import type { AuthUser } from '../auth/auth-user.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { actionableBy, type QueueAction } from './actionable-cases.js';
import { callQueue } from './call-queue.js';
import { caseQueue } from './case-queue.js';

/**
 * Each case queue by the action that empties it: a dispatched case leaves the queue when it is accepted
 * or returned (both from 'dispatched', by the same holder), a handled one when it is checked, pass or fail.
 */
const CASE_QUEUES: [Exclude<TaskQueueKey, 'whistles'>, QueueAction][] = [
  ['verify', 'verify'],
  ['check', 'check_pass'],
  ['dispatched', 'accept'],
  ['in_progress', 'feedback'],
  ['supervision', 'reply_supervision'],
];

/**
 * The user's queues with their counts and first items, those their roles give them only: a grid worker
 * verifies and checks, a unit's staff accept, feed back and answer supervision, whoever may be whistled
 * reports in. A grid worker has no supervision queue: answering 督办 is the holding unit's
 * (reply_supervision is holder-only), and a grid worker never holds a case.
 */
export async function myTasks(deps: CaseDeps, user: AuthUser): Promise<{ queues: TaskQueue[] }> {
  const now = deps.now?.() ?? new Date();
  const queues: TaskQueue[] = [];
  // One after the other: the embedded database runs one statement at a time anyway.
  for (const [key, action] of CASE_QUEUES) {
    const condition = actionableBy(user, action);
    if (condition) queues.push({ key, ...(await caseQueue(deps, condition, now)) });
  }
  if (user.permissions.includes('whistles:read')) {
    queues.push({ key: 'whistles', ...(await callQueue(deps.db, user, now)) });
  }
  return { queues };
}
