import { MS_PER_HOUR } from '../../lib/calendar/china-time.js';
import { districtCodeOf } from '../../lib/codes/region-code.js';
import { badRequest, conflict, forbidden, notFound } from '../../lib/errors/app-error.js';
import type { AuthUser } from '../auth/auth-user.js';
import { notify } from '../notifications/notify.js';
import { awardWhistleBonus } from '../points/award-points.js';
import { type CallInput, resolveCalls } from './call-targets.js';
import { caseIsOpen, casesVisibleAmong } from './linked-cases.js';
import { chinaClockText } from './notice-time.js';
import { whistleCalls, whistleOrderCases, whistleOrders } from './whistle.tables.js';
import { nextWhistleCode } from './whistle-code.js';
import { nowOf, type WhistleDeps } from './whistle-deps.js';
import { recordWhistleEvents } from './whistle-events.js';
import { whistlingOffice } from './whistle-scope.js';
import { MAX_WHISTLE_REPORT_HOURS } from './whistle-settings.js';

export interface IssueInput {
  title: string;
  task: string;
  place: string;
  lat?: number;
  lng?: number;
  meetAt?: string;
  /** Overrides the default report-in window (whistleReportHours after issue). */
  reportDeadlineAt?: string;
  /** The cases the whistle is for; none for a campaign such as 酒吧一条街综合整治. */
  caseIds?: string[];
  calls: CallInput[];
}

function instant(text: string, what: string): Date {
  const at = new Date(text);
  if (Number.isNaN(at.getTime())) throw badRequest('INVALID_TIME', `${what} is not a valid time`);
  return at;
}

// An explicit deadline keeps to the bounds of the whistleReportHours setting.
function reportDeadline(input: IssueInput, now: Date, defaultHours: number): Date {
  if (input.reportDeadlineAt === undefined) return new Date(now.getTime() + defaultHours * MS_PER_HOUR);
  const deadline = instant(input.reportDeadlineAt, 'reportDeadlineAt');
  if (deadline <= now || deadline.getTime() > now.getTime() + MAX_WHISTLE_REPORT_HOURS * MS_PER_HOUR) {
    throw badRequest(
      'DEADLINE_OUT_OF_RANGE',
      `The report-in deadline must be after now and within ${MAX_WHISTLE_REPORT_HOURS} hours`,
    );
  }
  return deadline;
}

/**
 * Issues a whistle order (吹哨, 哨令): a community calls its grid members (level 2), a street its
 * departments and partner units (level 3), each with its part of the task, to report in by a deadline.
 * The order, its calls, the issue event and the notices to everyone called commit together.
 */
export async function issueWhistle(deps: WhistleDeps, issuer: AuthUser, input: IssueInput): Promise<string> {
  const office = whistlingOffice(issuer);
  if (!office) {
    throw forbidden(
      'NOT_A_WHISTLING_OFFICE',
      'Only the staff of a street or a community office issue whistle orders from it',
    );
  }
  if ((input.lat === undefined) !== (input.lng === undefined)) {
    throw badRequest('LOCATION_INCOMPLETE', 'Give both lat and lng, or neither');
  }
  const now = nowOf(deps);
  const settings = await deps.settings();
  const deadline = reportDeadline(input, now, settings.whistleReportHours);
  const meetAt = input.meetAt === undefined ? null : instant(input.meetAt, 'meetAt');
  const caseIds = [...new Set(input.caseIds ?? [])];

  return deps.db.transaction(async (tx) => {
    const found = await casesVisibleAmong(tx, issuer, caseIds);
    const missing = caseIds.filter((id) => !found.some((c) => c.id === id));
    if (missing.length > 0) {
      throw notFound(
        'CASE_NOT_FOUND',
        `Case ${missing.join(', ')} does not exist or is outside your jurisdiction`,
      );
    }
    const settled = found.filter((c) => !caseIsOpen(c));
    if (settled.length > 0) {
      throw conflict('CASE_NOT_OPEN', `Case ${settled.map((c) => c.code).join(', ')} is no longer open`);
    }
    const calls = await resolveCalls(tx, office, input.calls);
    const code = await nextWhistleCode(tx, office.regionCode, now);
    const districtCode = districtCodeOf(office.regionCode);
    const [order] = await tx
      .insert(whistleOrders)
      .values({
        districtCode,
        code,
        level: office.level,
        regionCode: office.regionCode,
        title: input.title.trim(),
        task: input.task.trim(),
        place: input.place.trim(),
        lat: input.lat ?? null,
        lng: input.lng ?? null,
        meetAt,
        reportDeadlineAt: deadline,
        status: 'open',
        issuedBy: issuer.id,
        issuedAt: now,
      })
      .returning({ id: whistleOrders.id });
    if (!order) throw new Error('the whistle order insert returned no row');
    if (caseIds.length > 0) {
      await tx
        .insert(whistleOrderCases)
        .values(caseIds.map((caseId) => ({ districtCode, orderId: order.id, caseId })));
      // The reporters whose problems took a whistle to solve earn their bonus (积分) with the order.
      await awardWhistleBonus(tx, caseIds, now, settings.pointsRules);
    }
    const written = await tx
      .insert(whistleCalls)
      .values(
        calls.map((c) => ({
          districtCode,
          orderId: order.id,
          targetKind: c.targetKind,
          departmentId: c.departmentId,
          partnerUnitId: c.partnerUnitId,
          userId: c.userId,
          task: c.task,
          regionCode: office.regionCode,
        })),
      )
      .returning({ id: whistleCalls.id });
    await recordWhistleEvents(
      tx,
      { orderId: order.id, regionCode: office.regionCode, actorId: issuer.id, at: now },
      {
        action: 'issue',
        data: { level: office.level, regionCode: office.regionCode, caseIds, calls: calls.length },
      },
    );
    for (const [i, call] of calls.entries()) {
      await notify(tx, {
        userIds: call.recipients,
        kind: 'assigned',
        caseId: caseIds[0] ?? null,
        title: `哨令 ${code}：${input.title.trim()}`,
        body: `${call.task}\n地点：${input.place.trim()}\n报到时限：${chinaClockText(deadline)}`,
        data: {
          whistleOrderId: order.id,
          callId: written[i]?.id ?? null,
          reportDeadlineAt: deadline.toISOString(),
        },
      });
    }
    return order.id;
  });
}
