import { and, eq, like } from 'drizzle-orm';
import { badRequest, notFound } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { jurisdictionPrefix } from '../auth/jurisdiction.js';
import { chinaYearOf } from './china-periods.js';
import { partnerUnitView } from './partner-unit-view.js';
import { partnerUnits } from './whistle.tables.js';
import { nowOf, type WhistleDeps } from './whistle-deps.js';

export interface PartnerUnitChanges {
  name?: string;
  requiredYearlyResponses?: number;
  /** A unit that left the alliance is kept (its history stays) but can no longer be whistled. */
  active?: boolean;
}

/** Changes a partner unit's name, promised yearly responses or membership, audited. */
export async function updatePartnerUnit(
  deps: WhistleDeps,
  actor: AuthUser,
  id: string,
  changes: PartnerUnitChanges,
) {
  const name = changes.name?.trim();
  if (name === '') throw badRequest('NAME_REQUIRED', 'Give the unit its name');
  return deps.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(partnerUnits)
      .where(
        and(
          eq(partnerUnits.id, id),
          like(partnerUnits.regionCode, `${jurisdictionPrefix(actor.jurisdiction)}%`),
        ),
      )
      .for('update');
    if (!before) {
      throw notFound(
        'PARTNER_UNIT_NOT_FOUND',
        `Partner unit ${id} does not exist or is outside your jurisdiction`,
      );
    }
    const [after] = await tx
      .update(partnerUnits)
      .set({
        ...(name === undefined ? {} : { name }),
        ...(changes.requiredYearlyResponses === undefined
          ? {}
          : { requiredYearlyResponses: changes.requiredYearlyResponses }),
        ...(changes.active === undefined ? {} : { active: changes.active }),
      })
      .where(eq(partnerUnits.id, id))
      .returning();
    if (!after) throw new Error('the partner unit update returned no row');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'partner_unit.update',
      entity: 'partner_unit',
      entityId: id,
      regionCode: after.regionCode,
      before,
      after,
    });
    return partnerUnitView(tx, after, chinaYearOf(nowOf(deps)));
  });
}
