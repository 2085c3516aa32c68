import { eq } from 'drizzle-orm';
import { badRequest, conflict, forbidden } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { recordCaseEvents } from '../cases/case-events.js';
import type { CaseStatus } from '../cases/lifecycle/case-status.js';
import { hotlineTickets } from './hotline.schema.js';
import { lockTicket } from './locked-ticket.js';

export const SATISFACTIONS = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];

export interface CallbackInput {
  /** Whether the caller answered the phone. */
  reached: boolean;
  /** The caller's verdict: is the problem solved? */
  resolved?: boolean;
  satisfaction?: Satisfaction;
  note: string;
}

/** What the operator should do next; null when the callback closes the overlay. */
export type FollowUp =
  | { code: 'CALL_AGAIN'; message: string; caseAction: null }
  | { code: 'NOT_RESOLVED'; message: string; caseAction: 'reopen' | 'check_fail' | null };

// The unit reported the work done: from then on the caller can judge it.
const JUDGEABLE: CaseStatus[] = ['handled', 'checked', 'closed'];

/**
 * 回访: the operator calls the caller back and records the verdict. A callback is valid (有效回访) when
 * the caller was reached and answered both questions; only valid ones count in the three rates, so an
 * invalid one is recorded and may be repeated, a valid one is final.
 */
export async function recordCallback(
  deps: CaseDeps,
  actor: AuthUser,
  caseId: string,
  input: CallbackInput,
): Promise<FollowUp | null> {
  if (!input.reached && (input.resolved !== undefined || input.satisfaction !== undefined)) {
    throw badRequest('ANSWERS_WITHOUT_CALLER', 'A caller who was not reached gave no answers');
  }
  const valid = input.reached && input.resolved !== undefined && input.satisfaction !== undefined;
  const now = deps.now?.() ?? new Date();
  return deps.db.transaction(async (tx) => {
    const { c, t } = await lockTicket(tx, actor, caseId);
    if (!actor.roles.includes('hotline_operator')) {
      throw forbidden('ROLE_NOT_ALLOWED', 'Only a hotline operator calls the caller back');
    }
    const status = c.status as CaseStatus;
    if (t.closedOnCall) {
      throw conflict('CLOSED_ON_CALL', 'A consultation answered on the call needs no callback');
    }
    if (!JUDGEABLE.includes(status)) {
      throw conflict('CASE_NOT_HANDLED', `The case is ${status}: call back once the unit has handled it`);
    }
    if (t.callbackValid === true) throw conflict('ALREADY_CALLED_BACK', 'The caller has been called back');
    const resolved = input.resolved ?? null;
    const satisfaction = input.satisfaction ?? null;
    await tx
      .update(hotlineTickets)
      .set({ callbackAt: now, callbackBy: actor.id, callbackValid: valid, resolved, satisfaction })
      .where(eq(hotlineTickets.caseId, c.id));
    await recordCaseEvents(tx, {
      caseId: c.id,
      at: now,
      actorId: actor.id,
      actorRole: 'hotline_operator',
      action: 'callback',
      fromStatus: c.status,
      toStatus: c.status,
      note: input.note,
      // The KPI rollups read exactly these fields, and count the callback only when it is valid.
      data: { valid, contacted: t.contactedAt !== null, resolved, satisfaction },
      regionCode: c.regionCode,
    });
    return followUp(valid, resolved, status);
  });
}

/** The case is not reopened here: reopening is a step of the loop, taken through the case API. */
function followUp(valid: boolean, resolved: boolean | null, status: CaseStatus): FollowUp | null {
  if (!valid) {
    return {
      code: 'CALL_AGAIN',
      message: 'The callback is not valid until the caller answers both questions; call again',
      caseAction: null,
    };
  }
  if (resolved) return null;
  const caseAction = status === 'closed' ? 'reopen' : status === 'handled' ? 'check_fail' : null;
  const how =
    caseAction === 'reopen'
      ? 'reopen the case (POST /api/cases/{id}/actions/reopen) to send it back to the unit'
      : caseAction === 'check_fail'
        ? 'the on-site check should fail it (check_fail) and send it back to the unit'
        : 'once the case is closed, reopen it (POST /api/cases/{id}/actions/reopen)';
  return { code: 'NOT_RESOLVED', message: `The caller says the problem is not solved: ${how}`, caseAction };
}
