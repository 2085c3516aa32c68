import type { Satisfaction } from '@needle/contract';
import { eq } from 'drizzle-orm';
import { badRequest, conflict, forbidden } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { stepContext } from '../cases/apply-step.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { recordCaseEvents } from '../cases/case-events.js';
import type { CaseStatus } from '../cases/lifecycle/case-status.js';
import { sendBackForRework } from '../cases/rework.js';
import { hotlineTickets } from './hotline.tables.js';
import { lockTicket } from './locked-ticket.js';

export { SATISFACTIONS, type Satisfaction } from '@needle/contract';

export interface CallbackInput {
  /** Whether the caller answered the phone. */
  reached: boolean;
  /** The caller's verdict: is the problem solved? */
  resolved?: boolean;
  satisfaction?: Satisfaction;
  note: string;
}

/**
 * What came of the callback besides its record; null when it settles the ticket. `caseAction` is the
 * step of the loop the callback took on the case.
 */
export type FollowUp =
  | { code: 'CALL_AGAIN'; message: string; caseAction: null }
  | { code: 'SENT_BACK'; message: string; caseAction: 'check_fail' }
  | { code: 'NOT_RESOLVED'; message: string; caseAction: null };

// The unit reported the work done: from then on the caller can judge it.
const JUDGEABLE: CaseStatus[] = ['handled', 'checked', 'closed'];

/**
 * 回访: the operator calls the caller back and records the verdict. A callback is valid (有效回访) when
 * the caller was reached and answered both questions; only valid ones count in the three rates, so an
 * invalid one is recorded and may be repeated. A valid "not solved" sends the case back to its unit as
 * rework (返工), in the same transaction, and the caller is called back again once the unit reports it
 * handled anew; a valid "solved" is final.
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
  const ctx = await stepContext(deps);
  const { now } = ctx;
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
    // The verdict after a rework is asked anew; the caller's "solved" is the last word.
    if (t.callbackValid === true && t.resolved !== false)
      throw conflict('ALREADY_CALLED_BACK', 'The caller has been called back');
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
      districtCode: c.districtCode,
      regionCode: c.regionCode,
    });
    if (!valid) {
      return {
        code: 'CALL_AGAIN',
        message: 'The callback is not valid until the caller answers both questions; call again',
        caseAction: null,
      };
    }
    if (resolved) return null;
    // A linked duplicate follows its master: the master is the case to send back.
    if (c.masterCaseId) {
      return {
        code: 'NOT_RESOLVED',
        message:
          'The caller says the problem is not solved: the case follows its master case; send the master back',
        caseAction: null,
      };
    }
    const by = { id: actor.id, role: 'hotline_operator' };
    await sendBackForRework(tx, ctx, by, c.id, input.note, { source: 'callback' });
    return {
      code: 'SENT_BACK',
      message: 'The caller says the problem is not solved: the case is back with its unit as rework',
      caseAction: 'check_fail',
    };
  });
}
