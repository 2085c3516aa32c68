import { type AnyColumn, and, count, desc, eq, isNotNull, isNull, ne, not, type SQL, sql } from 'drizzle-orm';
import type { AuthUser } from '../auth/auth-user.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { casesVisibleTo } from '../cases/case-scope.js';
import { caseView, stepLight } from '../cases/case-view.js';
import { cases } from '../cases/cases.tables.js';
import { hotlineTickets } from './hotline.tables.js';
import type { Urgency } from './hotline-settings.js';
import { type CaseRow, type TicketRow, ticketNotFound } from './locked-ticket.js';
import type { RequestType } from './take-call.js';
import { caseSummary, seesCallerPhone, ticketView } from './ticket-view.js';

// A caller with more tickets than this is a case for the supervisor, not for a list on the call screen.
const MAX_RELATED = 50;

/** What an operator sees of a caller's other tickets: the case in brief, and how the call was taken. */
export const relatedTicketColumns = {
  caseId: cases.id,
  code: cases.code,
  categoryCode: cases.categoryCode,
  status: cases.status,
  description: cases.description,
  createdAt: cases.createdAt,
  requestType: hotlineTickets.requestType,
  urgency: hotlineTickets.urgency,
};

/**
 * The same caller's other tickets (the same number, however it was typed), those about the same kind
 * of problem first: a repeated complaint (重复投诉) is seen next to the ones before it.
 */
export async function relatedTickets(deps: CaseDeps, viewer: AuthUser, t: TicketRow, c: CaseRow) {
  if (t.callerKey === null) return [];
  const sameCategory = sql`${cases.categoryCode} = ${c.categoryCode}`;
  const rows = await deps.db
    .select(relatedTicketColumns)
    .from(hotlineTickets)
    .innerJoin(cases, eq(cases.id, hotlineTickets.caseId))
    .where(and(eq(hotlineTickets.callerKey, t.callerKey), ne(cases.id, c.id), casesVisibleTo(viewer)))
    .orderBy(desc(sameCategory), desc(cases.createdAt), desc(cases.id))
    .limit(MAX_RELATED);
  return rows.map((r) => ({
    ...r,
    sameCategory: r.categoryCode === c.categoryCode,
    createdAt: r.createdAt.toISOString(),
  }));
}

/** One ticket with its case and the caller's other tickets; 404 outside the viewer's jurisdiction. */
export async function getTicket(deps: CaseDeps, viewer: AuthUser, caseId: string) {
  const now = deps.now?.() ?? new Date();
  const [row] = await deps.db
    .select()
    .from(hotlineTickets)
    .innerJoin(cases, eq(cases.id, hotlineTickets.caseId))
    .where(and(eq(cases.id, caseId), casesVisibleTo(viewer)));
  if (!row) throw ticketNotFound(caseId);
  const { hotline_tickets: t, cases: c } = row;
  const showPhone = seesCallerPhone(viewer);
  return {
    ticket: ticketView(t, c, showPhone),
    case: caseView(c, stepLight(deps.calendar.current(), c, now), showPhone),
    related: await relatedTickets(deps, viewer, t, c),
  };
}

export interface TicketFilter {
  requestType?: RequestType;
  urgency?: Urgency;
  signed?: boolean;
  contacted?: boolean;
  /** Validly called back (有效回访); an invalid callback leaves the ticket waiting for one. */
  calledBack?: boolean;
  page: number;
  pageSize: number;
}

const whether = (flag: boolean | undefined, column: AnyColumn): SQL | undefined =>
  flag === undefined ? undefined : flag ? isNotNull(column) : isNull(column);

/** Tickets in the viewer's jurisdiction, newest first; lists always mask the caller's number. */
export async function listTickets(deps: CaseDeps, viewer: AuthUser, f: TicketFilter) {
  const validCallback = eq(hotlineTickets.callbackValid, true);
  const condition = and(
    casesVisibleTo(viewer),
    f.requestType ? eq(hotlineTickets.requestType, f.requestType) : undefined,
    f.urgency ? eq(hotlineTickets.urgency, f.urgency) : undefined,
    whether(f.signed, hotlineTickets.signedAt),
    whether(f.contacted, hotlineTickets.contactedAt),
    f.calledBack === undefined
      ? undefined
      : f.calledBack
        ? validCallback
        : // callback_valid is null until the first callback: "not called back" includes those.
          not(sql`coalesce(${hotlineTickets.callbackValid}, false)`),
  );
  const [total] = await deps.db
    .select({ n: count() })
    .from(hotlineTickets)
    .innerJoin(cases, eq(cases.id, hotlineTickets.caseId))
    .where(condition);
  const rows = await deps.db
    .select()
    .from(hotlineTickets)
    .innerJoin(cases, eq(cases.id, hotlineTickets.caseId))
    .where(condition)
    .orderBy(desc(cases.createdAt), desc(cases.id))
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize);
  return {
    total: Number(total?.n ?? 0),
    page: f.page,
    pageSize: f.pageSize,
    items: rows.map(({ hotline_tickets: t, cases: c }) => ({
      ticket: ticketView(t, c, false),
      case: caseSummary(c),
    })),
  };
}
