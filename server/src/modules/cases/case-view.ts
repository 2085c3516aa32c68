import type { WorkingCalendar } from '../../lib/calendar/index.js';
import { trafficLight } from '../../lib/calendar/index.js';
import { maskPhone } from '../../lib/privacy/mask.js';
import type { cases } from './cases.tables.js';
import { type CaseStatus, isOpen } from './lifecycle/case-status.js';

export type CaseRow = typeof cases.$inferSelect;

/** How far along its current step a case is: green under 80 % of the limit, yellow to 100 %, red over. */
export function stepLight(
  calendar: WorkingCalendar,
  c: CaseRow,
  now: Date,
): 'green' | 'yellow' | 'red' | null {
  if (!c.stepDueAt || !isOpen(c.status as CaseStatus)) return null;
  const limit = calendar.workingMillisBetween(c.stepStartedAt, c.stepDueAt);
  if (limit === 0) return now >= c.stepDueAt ? 'red' : 'green';
  // Past its deadline the office time used is the limit plus what came after: red at the first office
  // hour after it. Not summed from the step's start: a queue of steps overdue for months read a year of
  // days each (18 ms a page of twenty).
  if (now > c.stepDueAt) return calendar.hasWorkingTimeBetween(c.stepDueAt, now) ? 'red' : 'yellow';
  return trafficLight(calendar.workingMillisBetween(c.stepStartedAt, now), limit);
}

/**
 * A case as the API shows it. The caller's phone number is personal data: shown in full only to those
 * who must call back, masked everywhere else.
 */
export function caseView(c: CaseRow, light: ReturnType<typeof stepLight>, showPhone: boolean) {
  return {
    id: c.id,
    code: c.code,
    channel: c.channel,
    categoryCode: c.categoryCode,
    status: c.status,
    description: c.description,
    address: c.address,
    lat: c.lat,
    lng: c.lng,
    gridCode: c.gridCode,
    communityCode: c.communityCode,
    streetCode: c.streetCode,
    districtCode: c.districtCode,
    routing: c.routing,
    unitDepartmentId: c.unitDepartmentId,
    unitRegionCode: c.unitRegionCode,
    reporterName: c.reporterName,
    reporterPhone: showPhone ? c.reporterPhone : maskPhone(c.reporterPhone),
    stepStartedAt: c.stepStartedAt.toISOString(),
    stepDueAt: c.stepDueAt?.toISOString() ?? null,
    overdue: c.stepOverdueAt !== null,
    light,
    dueAt: c.dueAt.toISOString(),
    extensionRequested: c.extensionRequested,
    reworkCount: c.reworkCount,
    reopenCount: c.reopenCount,
    masterCaseId: c.masterCaseId,
    rating: c.rating,
    closedAt: c.closedAt?.toISOString() ?? null,
    createdAt: c.createdAt.toISOString(),
  };
}
export type CaseView = ReturnType<typeof caseView>;
