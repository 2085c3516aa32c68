import type { Me, TicketDetail } from '@needle/contract';
import { holdsCase } from '../cases/actionHints';

export type TicketStep = 'sign' | 'contact' | 'callback';

// A copy of the server's rules (server/src/modules/hotline/holder-steps.ts, callback.ts), only to decide
// which buttons to offer; a stale rule here shows a button whose click gets the server's refusal.
const withTheUnit = ['dispatched', 'in_progress', 'suspended', 'handled', 'checked'];
const judgeable = ['handled', 'checked', 'closed'];

/**
 * The ticket steps this user may take now, in the order they come. A ticket waiting for its unit (just
 * taken, or moved to another unit) is signed for, which accepts it; a caller who said "not solved" is
 * called back again once the unit has handled the rework.
 */
export function ticketSteps({ ticket, case: c }: TicketDetail, me: Me): TicketStep[] {
  if (ticket.closedOnCall) return [];
  const steps: TicketStep[] = [];
  const holder = holdsCase(me, c) && withTheUnit.includes(c.status);
  if (holder && (!ticket.signedAt || c.status === 'dispatched')) steps.push('sign');
  if (holder && ticket.signedAt && !ticket.contactedAt) steps.push('contact');
  const settled = ticket.callbackValid === true && ticket.resolved !== false;
  if (me.roles.includes('hotline_operator') && !settled && judgeable.includes(c.status)) {
    steps.push('callback');
  }
  return steps;
}
