import { and, eq } from 'drizzle-orm';
import { districtCodeOf } from '../../lib/codes/region-code.js';
import { badRequest, conflict, notFound } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { jurisdictionRoot, regionVisible } from '../auth/jurisdiction.js';
import { chinaYearOf } from './china-periods.js';
import { partnerUnitView } from './partner-unit-view.js';
import { partnerUnits } from './whistle.tables.js';
import { nowOf, type WhistleDeps } from './whistle-deps.js';

export interface PartnerUnitInput {
  name: string;
  kind: (typeof partnerUnits.$inferInsert)['kind'];
  /** The street or community whose alliance it joins; defaults to the user's own. */
  regionCode?: string;
  requiredYearlyResponses?: number;
}

/** Enrols a unit in the street's alliance (区域化党建联盟), with the whistles a year it promises to answer. */
export async function createPartnerUnit(deps: WhistleDeps, actor: AuthUser, input: PartnerUnitInput) {
  const code = input.regionCode ?? jurisdictionRoot(actor.jurisdiction);
  const region = code ? deps.regions.directory.node(code) : undefined;
  if (!code || !region || !regionVisible(actor.jurisdiction, code)) {
    throw notFound('REGION_NOT_FOUND', `Region ${code ?? ''} does not exist or is outside your jurisdiction`);
  }
  if (region.level !== 'street' && region.level !== 'community') {
    throw badRequest(
      'STREET_OR_COMMUNITY_REQUIRED',
      'A partner unit joins the alliance of a street or a community',
    );
  }
  const name = input.name.trim();
  if (!name) throw badRequest('NAME_REQUIRED', 'Give the unit its name');
  return deps.db.transaction(async (tx) => {
    const [same] = await tx
      .select({ id: partnerUnits.id })
      .from(partnerUnits)
      .where(and(eq(partnerUnits.regionCode, region.code), eq(partnerUnits.name, name)));
    if (same) throw conflict('PARTNER_UNIT_EXISTS', `${name} is already a partner unit of ${region.name}`);
    const [created] = await tx
      .insert(partnerUnits)
      .values({
        districtCode: districtCodeOf(region.code),
        name,
        kind: input.kind,
        regionCode: region.code,
        requiredYearlyResponses: input.requiredYearlyResponses ?? 2,
      })
      .returning();
    if (!created) throw new Error('the partner unit insert returned no row');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'partner_unit.create',
      entity: 'partner_unit',
      entityId: created.id,
      regionCode: created.regionCode,
      after: created,
    });
    return partnerUnitView(tx, created, chinaYearOf(nowOf(deps)));
  });
}
