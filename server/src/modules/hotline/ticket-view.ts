import { maskPhone } from '../../lib/privacy/mask.js';
import type { AuthUser } from '../auth/auth-user.js';
import type { CaseRow, TicketRow } from './locked-ticket.js';

/** The operators call the caller back, so they see the number in full; everyone else sees it masked. */
export const seesCallerPhone = (viewer: AuthUser): boolean => viewer.roles.includes('hotline_operator');

const iso = (d: Date | null): string | null => d?.toISOString() ?? null;

/** A ticket as the API shows it; the caller's name and number live on the case, as for any report. */
export function ticketView(
  t: TicketRow,
  c: Pick<CaseRow, 'code' | 'reporterName' | 'reporterPhone' | 'regionCode'>,
  showPhone: boolean,
) {
  return {
    caseId: t.caseId,
    caseCode: c.code,
    requestType: t.requestType,
    urgency: t.urgency,
    callerName: c.reporterName,
    callerPhone: showPhone ? c.reporterPhone : maskPhone(c.reporterPhone),
    signDueAt: t.signDueAt.toISOString(),
    signedAt: iso(t.signedAt),
    contactDueAt: t.contactDueAt.toISOString(),
    contactedAt: iso(t.contactedAt),
    closedOnCall: t.closedOnCall,
    callbackAt: iso(t.callbackAt),
    callbackValid: t.callbackValid,
    resolved: t.resolved,
    satisfaction: t.satisfaction,
    // Where the case is now: a relocation moves the case, and its ticket with it.
    regionCode: c.regionCode,
  };
}

/** What a list needs to know of a ticket's case. */
export function caseSummary(c: CaseRow) {
  return {
    id: c.id,
    code: c.code,
    status: c.status,
    categoryCode: c.categoryCode,
    description: c.description,
    address: c.address,
    unitDepartmentId: c.unitDepartmentId,
    unitRegionCode: c.unitRegionCode,
    dueAt: c.dueAt.toISOString(),
    closedAt: iso(c.closedAt),
    createdAt: c.createdAt.toISOString(),
  };
}
