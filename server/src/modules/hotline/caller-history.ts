import { and, desc, eq } from 'drizzle-orm';
import type { AuthUser } from '../auth/auth-user.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { casesVisibleTo } from '../cases/case-scope.js';
import { cases } from '../cases/cases.tables.js';
import { callerKeyOf, normalisePhone } from './caller-key.js';
import { hotlineTickets } from './hotline.tables.js';
import { relatedTicketColumns } from './ticket-queries.js';

// As on a ticket's page: more than this is for the supervisor, not for the call screen.
const MAX_TICKETS = 50;
/** Fewer digits than this is a number still being typed, not a line. */
const MIN_DIGITS = 5;

/**
 * The caller's earlier tickets within the viewer's jurisdiction, newest first: what the operator sees
 * as soon as the number is in, before the caller has said what the call is about (so no category yet,
 * and none is "the same kind").
 */
export async function callerHistory(deps: CaseDeps, viewer: AuthUser, phone: string) {
  if (normalisePhone(phone).length < MIN_DIGITS) return [];
  const rows = await deps.db
    .select(relatedTicketColumns)
    .from(hotlineTickets)
    .innerJoin(cases, eq(cases.id, hotlineTickets.caseId))
    .where(and(eq(hotlineTickets.callerKey, callerKeyOf(phone)), casesVisibleTo(viewer)))
    .orderBy(desc(cases.createdAt), desc(cases.id))
    .limit(MAX_TICKETS);
  return rows.map((r) => ({ ...r, sameCategory: false, createdAt: r.createdAt.toISOString() }));
}
