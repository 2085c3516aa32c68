import { districtCodeOf } from '../../lib/codes/region-code.js';
import { badRequest, conflict, forbidden, notFound } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { regionVisible } from '../auth/jurisdiction.js';
import { chinaMonthOf } from './china-periods.js';
import { scoreStreet } from './street-score.js';
import { streetEvaluations } from './whistle.tables.js';
import { nowOf, type WhistleDeps } from './whistle-deps.js';

export interface StreetEvaluationInput {
  streetCode: string;
  month: string;
  coordination: number;
  support: number;
  comment?: string;
}

/**
 * A department scores a street it serves for a month (双向考核, seed 002: the street and the district
 * departments assess each other): how the street coordinated and supported it. Once per department,
 * street and month.
 */
export async function evaluateStreet(deps: WhistleDeps, actor: AuthUser, input: StreetEvaluationInput) {
  const j = actor.jurisdiction;
  if (j.kind !== 'department') {
    throw forbidden('NOT_A_DEPARTMENT', 'Streets are evaluated by the departments they whistle');
  }
  const street = deps.regions.directory.node(input.streetCode);
  if (street?.level !== 'street' || !regionVisible(j, street.code)) {
    throw notFound('STREET_NOT_FOUND', `Street ${input.streetCode} does not exist or is not served by you`);
  }
  const now = nowOf(deps);
  if (input.month > chinaMonthOf(now)) {
    throw badRequest('MONTH_IN_FUTURE', `${input.month} has not begun; evaluate a month that has`);
  }
  const score = scoreStreet(input);
  return deps.db.transaction(async (tx) => {
    const [created] = await tx
      .insert(streetEvaluations)
      .values({
        districtCode: districtCodeOf(street.code),
        departmentId: j.departmentId,
        streetCode: street.code,
        month: input.month,
        byUserId: actor.id,
        coordination: input.coordination,
        support: input.support,
        score,
        comment: input.comment?.trim() ?? '',
        createdAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!created) {
      throw conflict(
        'ALREADY_EVALUATED',
        `Your department has already evaluated ${street.name} for ${input.month}`,
      );
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'street_evaluation.create',
      entity: 'street_evaluation',
      entityId: created.id,
      regionCode: created.streetCode,
      after: created,
    });
    return { ...created, streetName: street.name, createdAt: created.createdAt.toISOString() };
  });
}
