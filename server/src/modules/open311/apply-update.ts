import { AppError } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { takeAction } from '../cases/act.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { isPublicOnly } from '../cases/case-scope.js';
import { ACTION_RULES, type CaseAction } from '../cases/lifecycle/case-action.js';
import type { CaseStatus } from '../cases/lifecycle/case-status.js';
import { LIFECYCLE_STEPS_OF, type UpdateStatus } from './status-mapping.js';

export interface Applied {
  /** The lifecycle step taken, or null when the update was recorded only. */
  action: CaseAction | null;
  /** Why, in words the connected system can log. */
  notice: string;
}

/**
 * Takes the lifecycle step a pushed status stands for, when the case is in a state to take it and the
 * client's account may take it — through takeAction, so by the same state machine, with the same
 * notices, as a person would. Anything else leaves the case as it is and says why.
 */
export async function applyPushedStatus(
  deps: CaseDeps,
  actor: AuthUser,
  c: { id: string; status: string; reporterId: string | null },
  pushed: UpdateStatus,
  note: string,
): Promise<Applied> {
  const status = c.status as CaseStatus;
  const steps = LIFECYCLE_STEPS_OF[pushed];
  const keep = (why: string): Applied => ({
    action: null,
    notice: `Recorded; the request stays ${status}: ${why}`,
  });
  if (steps.length === 0)
    return keep(`${pushed} names no master request, so staff link duplicates themselves`);
  const action = steps.find((a) => ACTION_RULES[a].from.includes(status));
  if (!action) return keep(`a request that is ${status} does not take ${steps.join(' or ')}`);
  if (!actor.roles.some((r) => ACTION_RULES[action].roles.includes(r))) {
    return keep(`this client's account (${actor.roles.join(', ')}) may not ${action}; Needle's staff do`);
  }
  // A public account acts on its own reports only (the state machine says so too, but as "not found").
  if (isPublicOnly(actor) && c.reporterId !== actor.id) {
    return keep(`only the client that submitted a request may ${action} it`);
  }
  try {
    // Steps that undo or refuse something need a reason; the pushed status is one when no text came with it.
    await takeAction(deps, actor, c.id, action, { note: note || `Open311: ${pushed}` });
    return { action, notice: `Applied as the lifecycle step ${action}` };
  } catch (err) {
    if (err instanceof AppError && err.status < 500) return keep(err.message);
    throw err;
  }
}
