import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.js';
import { notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { casesVisibleTo } from '../cases/case-scope.js';
import { cases } from '../cases/cases.tables.js';
import { hotlineTickets } from './hotline.tables.js';

export type CaseRow = typeof cases.$inferSelect;
export type TicketRow = typeof hotlineTickets.$inferSelect;

/**
 * The case and its ticket, locked for an overlay step. The case row is locked as the case actions lock
 * it, so a step reads a status that cannot change before its event is written.
 */
export async function lockTicket(
  tx: Tx,
  viewer: AuthUser,
  caseId: string,
): Promise<{ c: CaseRow; t: TicketRow }> {
  const [c] = await tx
    .select()
    .from(cases)
    .where(and(eq(cases.id, caseId), casesVisibleTo(viewer)))
    .for('update');
  const [t] = c
    ? await tx.select().from(hotlineTickets).where(eq(hotlineTickets.caseId, c.id)).for('update')
    : [];
  if (!c || !t) throw ticketNotFound(caseId);
  return { c, t };
}

export const ticketNotFound = (caseId: string) =>
  notFound('TICKET_NOT_FOUND', `No 12345 ticket for case ${caseId} in your jurisdiction`);
