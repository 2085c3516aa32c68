import type { RequestType } from '@needle/contract';
import { and, eq } from 'drizzle-orm';
import { AppError, badRequest, forbidden } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { caseEvents } from '../cases/cases.tables.js';
import { closeOnTheSpot } from '../cases/close-on-the-spot.js';
import { dispatchAsRouted, fileForTheDesk } from '../cases/direct-dispatch.js';
import { intakeCase } from '../cases/intake.js';
import { callerKeyOf } from './caller-key.js';
import { hotlineTickets } from './hotline.tables.js';
import type { Urgency } from './hotline-settings.js';
import { ticketClock } from './ticket-clock.js';

export { REQUEST_TYPES, type RequestType } from '@needle/contract';

/** A call as the operator records it: the case's own fields, the caller, and the hotline's sorting. */
export interface CallInput {
  categoryCode: string;
  description: string;
  lat: number;
  lng: number;
  address?: string;
  callerName: string;
  callerPhone: string;
  requestType: RequestType;
  urgency: Urgency;
  /** A consultation the operator answered during the call: closed at once, and still counted. */
  answeredOnCall?: boolean;
  /** Sent to the dispatch desk (转派遣台) rather than straight to the routed unit: the desk chooses. */
  toDispatchDesk?: boolean;
}

/**
 * Takes a 12345 call in: one case through the common intake, timed by the urgency tier, with its
 * hotline ticket written in the same transaction, exactly once per Idempotency-Key. The ticket goes
 * straight to the unit the responsibility list routes it to (直派), dispatched; one the operator sends
 * to the dispatch desk waits there filed, for the dispatcher to choose the unit; a consultation
 * answered on the call is closed instead.
 */
export async function takeCall(
  deps: CaseDeps,
  actor: AuthUser,
  input: CallInput,
  idempotencyKey: string,
): Promise<{ caseId: string; replayed: boolean }> {
  // The permission alone would let an administrator in; a call is recorded under the operator's role.
  if (!actor.roles.includes('hotline_operator')) {
    throw forbidden('ROLE_NOT_ALLOWED', 'Only a hotline operator takes 12345 calls');
  }
  const answeredOnCall = input.answeredOnCall === true;
  if (answeredOnCall && input.requestType !== 'consult') {
    throw badRequest(
      'ANSWER_ON_CALL_CONSULT_ONLY',
      'Only a consultation can be answered on the call; other requests go to the responsible unit',
    );
  }
  const toDesk = input.toDispatchDesk === true;
  if (answeredOnCall && toDesk) {
    throw badRequest(
      'ANSWERED_CALL_NOT_DISPATCHED',
      'A consultation answered on the call is closed; it is not sent to the dispatch desk',
    );
  }
  const settings = await deps.settings();
  const callerPhone = input.callerPhone.trim();
  const { caseId, replayed } = await intakeCase(
    deps,
    actor,
    {
      categoryCode: input.categoryCode,
      description: input.description,
      lat: input.lat,
      lng: input.lng,
      address: input.address,
      reporterName: input.callerName,
      reporterPhone: callerPhone,
    },
    idempotencyKey,
    {
      channel: 'hotline',
      timeLimit: settings.hotlineUrgencyLimits[input.urgency],
      within: async (tx, c, now) => {
        await tx.insert(hotlineTickets).values({
          districtCode: c.districtCode,
          caseId: c.id,
          requestType: input.requestType,
          urgency: input.urgency,
          callerKey: callerKeyOf(callerPhone),
          ...ticketClock(deps.calendar.current(), settings, now, c.dueAt),
          closedOnCall: answeredOnCall,
          regionCode: c.regionCode,
        });
        const ctx = { now, settings, calendar: deps.calendar.current() };
        const by = { id: actor.id, role: 'hotline_operator' as const };
        if (toDesk) {
          await fileForTheDesk(tx, ctx, by, c.id);
        } else if (!answeredOnCall) {
          // A routed ticket arrives dispatched to its unit, which signs for it to start (签收 = accept).
          await dispatchAsRouted(tx, ctx, by, c.id);
        } else {
          await closeOnTheSpot(
            tx,
            { id: c.id, status: c.status, districtCode: c.districtCode, regionCode: c.regionCode },
            {
              actorId: actor.id,
              actorRole: 'hotline_operator',
              action: 'answer_on_call',
              note: 'answered during the call by the hotline operator',
              at: now,
            },
          );
        }
      },
    },
  );
  if (replayed) await assertSameCall(deps, caseId, { ...input, answeredOnCall, toDispatchDesk: toDesk });
  return { caseId, replayed };
}

/**
 * The intake's replay check covers the case's fields only; a key reused for a call sorted differently
 * (or for a plain case report) is refused here rather than answered with the wrong ticket.
 */
async function assertSameCall(
  deps: CaseDeps,
  caseId: string,
  call: Required<Pick<CallInput, 'requestType' | 'urgency' | 'answeredOnCall' | 'toDispatchDesk'>>,
): Promise<void> {
  const [t] = await deps.db.select().from(hotlineTickets).where(eq(hotlineTickets.caseId, caseId));
  // Whether the call went to the desk is on its filing step, the one the desk path marks.
  const [filing] = await deps.db
    .select({ data: caseEvents.data })
    .from(caseEvents)
    .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.action, 'file')));
  const wentToDesk = (filing?.data as { desk?: boolean } | null)?.desk === true;
  if (
    !t ||
    t.requestType !== call.requestType ||
    t.urgency !== call.urgency ||
    t.closedOnCall !== call.answeredOnCall ||
    wentToDesk !== call.toDispatchDesk
  ) {
    throw new AppError(
      422,
      'IDEMPOTENCY_KEY_REUSED',
      'This Idempotency-Key was used for a different submission',
    );
  }
}
