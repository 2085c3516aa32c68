import type { Role } from '../../auth/roles.js';
import { ACTION_RULES, type CaseAction } from './case-action.js';
import type { CaseStatus } from './case-status.js';

/** What the rules say about one action on one case by one person. */
export type Decision =
  | { ok: true; to: CaseStatus }
  | { ok: false; status: 403 | 409; code: string; message: string };

/** The parts of a case the rules look at. */
export interface CaseFacts {
  status: CaseStatus;
  extensionRequested: boolean;
  rated: boolean;
  closedAt: Date | null;
  openSupervisions: number;
}

export interface ActorFacts {
  roles: readonly Role[];
  /** Whether the actor belongs to the unit that holds the case. */
  isHolder: boolean;
  /** Whether the actor reported or follows the case (residents act on their own reports only). */
  isReporter: boolean;
}

const refuse = (status: 403 | 409, code: string, message: string): Decision => ({
  ok: false,
  status,
  code,
  message,
});

/**
 * The case state machine as a plain function. The role is checked first (403: this person may never
 * do this), then the state (409: not now), then the conditions particular to the action.
 */
export function decide(
  c: CaseFacts,
  action: CaseAction,
  actor: ActorFacts,
  now: Date,
  reopenWindowDays: number,
): Decision {
  const rule = ACTION_RULES[action];
  if (!actor.roles.some((r) => rule.roles.includes(r))) {
    return refuse(403, 'ROLE_NOT_ALLOWED', `None of your roles may ${action} a case`);
  }
  if (!rule.from.includes(c.status)) {
    return refuse(409, 'ACTION_NOT_ALLOWED_IN_STATE', `A case that is ${c.status} cannot be given ${action}`);
  }
  if (rule.holderOnly && !actor.isHolder) {
    return refuse(403, 'NOT_CASE_HOLDER', `Only the unit that holds the case may ${action} it`);
  }
  const publicOnly = actor.roles.every((r) => r === 'resident' || r === 'courier');
  if ((action === 'rate' || action === 'reopen') && publicOnly && !actor.isReporter) {
    return refuse(403, 'NOT_REPORTER', `Only the person who reported the case may ${action} it`);
  }
  switch (action) {
    case 'request_extension':
      if (c.extensionRequested)
        return refuse(409, 'EXTENSION_PENDING', 'An extension request is already waiting');
      break;
    case 'approve_extension':
    case 'deny_extension':
      if (!c.extensionRequested)
        return refuse(409, 'NO_EXTENSION_REQUESTED', 'No extension has been requested');
      break;
    case 'rate':
      if (c.rated) return refuse(409, 'ALREADY_RATED', 'The case has been rated already');
      break;
    case 'reopen': {
      const limit = (c.closedAt?.getTime() ?? 0) + reopenWindowDays * 86_400_000;
      if (now.getTime() > limit) {
        return refuse(
          409,
          'REOPEN_WINDOW_PASSED',
          `A case can be reopened within ${reopenWindowDays} days of closing`,
        );
      }
      break;
    }
    case 'reply_supervision':
      if (c.openSupervisions === 0)
        return refuse(409, 'NO_OPEN_SUPERVISION', 'There is no supervision note to answer');
      break;
    default:
      break;
  }
  return { ok: true, to: rule.to === 'same' ? c.status : rule.to };
}
