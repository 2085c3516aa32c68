import { and, arrayOverlaps, eq, isNull } from 'drizzle-orm';
import { badRequest, conflict, forbidden, notFound } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { notify } from '../notifications/notify.js';
import { users } from '../users/users.tables.js';
import { caseIsOpen, casesVisibleAmong } from './linked-cases.js';
import type { WhistleDeps } from './whistle-deps.js';
import { whistlingOffice } from './whistle-scope.js';

/**
 * What the community cannot solve goes up to the street (社区解决不了的问题，再上报街道继续"吹哨",
 * seed 002): the street's staff are told, with the reason, and the street decides whether to issue a
 * level-3 whistle order. The escalation itself is an audit record, not a whistle.
 */
export async function escalateCase(
  deps: WhistleDeps,
  actor: AuthUser,
  input: { caseId: string; reason: string },
): Promise<{ caseId: string; caseCode: string; streetCode: string; notified: number }> {
  const office = whistlingOffice(actor);
  if (office?.level !== 2) {
    throw forbidden('NOT_A_COMMUNITY_OFFICE', 'A community office escalates its cases to the street');
  }
  const reason = input.reason.trim();
  if (!reason) throw badRequest('REASON_REQUIRED', 'Say why the community cannot solve it');
  return deps.db.transaction(async (tx) => {
    const [found] = await casesVisibleAmong(tx, actor, [input.caseId]);
    if (!found) {
      throw notFound('CASE_NOT_FOUND', `Case ${input.caseId} does not exist or is outside your jurisdiction`);
    }
    if (!caseIsOpen(found)) throw conflict('CASE_NOT_OPEN', `Case ${found.code} is no longer open`);
    const street = await tx
      .select({ id: users.id })
      .from(users)
      .where(
        and(
          eq(users.regionCode, found.streetCode),
          isNull(users.departmentId),
          eq(users.active, true),
          arrayOverlaps(users.roles, ['street_staff']),
        ),
      );
    if (street.length === 0) {
      throw conflict('NO_STREET_STAFF', 'Nobody at the street office has an account to receive it');
    }
    await notify(tx, {
      userIds: street.map((u) => u.id),
      kind: 'assigned',
      caseId: found.id,
      title: `社区上报：${found.code}`,
      body: reason,
      data: { communityCode: office.regionCode, streetCode: found.streetCode },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'whistle.escalate',
      entity: 'case',
      entityId: found.id,
      regionCode: found.regionCode,
      after: { reason, from: office.regionCode, to: found.streetCode },
    });
    return { caseId: found.id, caseCode: found.code, streetCode: found.streetCode, notified: street.length };
  });
}
