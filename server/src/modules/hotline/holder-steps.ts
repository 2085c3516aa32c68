import { eq } from 'drizzle-orm';
import { conflict, forbidden } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { takeActionOnLocked } from '../cases/act.js';
import { stepContext } from '../cases/apply-step.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { recordCaseEvents } from '../cases/case-events.js';
import { holdsCase } from '../cases/case-scope.js';
import { HOLDER_ROLES } from '../cases/lifecycle/case-action.js';
import type { CaseStatus } from '../cases/lifecycle/case-status.js';
import { hotlineTickets } from './hotline.tables.js';
import { type CaseRow, lockTicket, type TicketRow } from './locked-ticket.js';

/** The holding unit's two steps of the overlay: 签收 (sign for the ticket) and 响应 (contact the caller). */
export type HolderStep = 'sign' | 'contact';

// The unit signs and calls while it has the case: from dispatch until it is closed. A returned case
// waits for the dispatcher, who may send it to another unit.
const WITH_THE_UNIT: CaseStatus[] = ['dispatched', 'in_progress', 'suspended', 'handled', 'checked'];
const FINISHED: CaseStatus[] = ['closed', 'rejected', 'voided'];

function refusal(step: HolderStep, actor: AuthUser, c: CaseRow, t: TicketRow): Error | null {
  if (!actor.roles.some((r) => HOLDER_ROLES.includes(r))) {
    return forbidden('ROLE_NOT_ALLOWED', `Only the staff of the unit holding the case may ${step}`);
  }
  const status = c.status as CaseStatus;
  if (t.closedOnCall)
    return conflict('CLOSED_ON_CALL', 'The operator answered this consultation on the call');
  if (FINISHED.includes(status)) return conflict('CASE_FINISHED', `The case is ${status} already`);
  if (!WITH_THE_UNIT.includes(status)) {
    return conflict('CASE_NOT_DISPATCHED', `The case is ${status}: it is not with a unit to handle`);
  }
  if (!holdsCase(actor, c)) return forbidden('NOT_CASE_HOLDER', `Only the unit holding the case may ${step}`);
  // A case dispatched again (rerouted, relocated, returned and sent on) is signed for by its new unit.
  if (step === 'sign' && t.signedAt && status !== 'dispatched')
    return conflict('ALREADY_SIGNED', 'The ticket has been signed for');
  if (step === 'contact') {
    if (!t.signedAt) return conflict('NOT_SIGNED', 'Sign for the ticket before contacting the caller');
    if (t.contactedAt) return conflict('ALREADY_CONTACTED', 'The caller has been contacted already');
  }
  return null;
}

/**
 * Records a holder step on the ticket and its event on the case timeline, together. The event says
 * whether the step was on time. Signing for a ticket that waits for its unit is accepting the case:
 * the sign is followed by the lifecycle's accept, judged by the same state machine, in the same
 * transaction. Otherwise the overlay runs alongside the loop and the case's status does not move.
 */
export async function takeHolderStep(
  deps: CaseDeps,
  actor: AuthUser,
  caseId: string,
  step: HolderStep,
  note: string,
): Promise<void> {
  const ctx = await stepContext(deps);
  const { now } = ctx;
  await deps.db.transaction(async (tx) => {
    const { c, t } = await lockTicket(tx, actor, caseId);
    const refused = refusal(step, actor, c, t);
    if (refused) throw refused;
    const dueAt = step === 'sign' ? t.signDueAt : t.contactDueAt;
    await tx
      .update(hotlineTickets)
      .set(step === 'sign' ? { signedAt: now } : { contactedAt: now })
      .where(eq(hotlineTickets.caseId, c.id));
    await recordCaseEvents(tx, {
      caseId: c.id,
      at: now,
      actorId: actor.id,
      actorRole: actor.roles.find((r) => HOLDER_ROLES.includes(r)) ?? 'unknown',
      action: step,
      fromStatus: c.status,
      toStatus: c.status,
      note,
      data: { onTime: now.getTime() <= dueAt.getTime(), dueAt: dueAt.toISOString() },
      districtCode: c.districtCode,
      regionCode: c.regionCode,
    });
    // A linked duplicate follows its master's status: its ticket is signed for, the master accepted.
    if (step === 'sign' && c.status === 'dispatched' && !c.masterCaseId) {
      await takeActionOnLocked(tx, ctx, actor, c, 'accept', { note });
    }
  });
}
