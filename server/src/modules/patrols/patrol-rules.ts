import { asc } from 'drizzle-orm';
import { forbidden } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { regionVisible } from '../auth/jurisdiction.js';
import type { CaseDeps } from '../cases/case-deps.js';
import { registryRoleOf, visibleRegionPrefix } from '../registry/registry-office.js';
import { patrolRules } from './patrols.tables.js';

export async function listPatrolRules(deps: CaseDeps, viewer: AuthUser) {
  const rows = await deps.db.select().from(patrolRules).orderBy(asc(patrolRules.regionCode));
  return rows
    .filter((r) => r.regionCode === '' || regionVisible(viewer.jurisdiction, r.regionCode))
    .map((r) => ({ regionCode: r.regionCode, patrolsPerDay: r.patrolsPerDay, minMinutes: r.minMinutes }));
}

/** Sets a region's rule: a street's or community's staff for their area, an administrator the city's default. */
export async function setPatrolRule(
  deps: CaseDeps,
  actor: AuthUser,
  input: { regionCode?: string; patrolsPerDay: number; minMinutes: number },
) {
  const regionCode = input.regionCode ?? '';
  if (regionCode === '' ? !actor.permissions.includes('settings:write') : registryRoleOf(actor) !== 'staff') {
    throw forbidden(
      'PATROL_RULE_NOT_YOURS',
      'Staff set their area’s patrol rule; an administrator the city’s',
    );
  }
  if (regionCode !== '') visibleRegionPrefix(actor, regionCode);
  const now = deps.now?.() ?? new Date();
  return deps.db.transaction(async (tx) => {
    const values = {
      patrolsPerDay: input.patrolsPerDay,
      minMinutes: input.minMinutes,
      updatedBy: actor.id,
      updatedAt: now,
    };
    const [row] = await tx
      .insert(patrolRules)
      .values({ regionCode, ...values })
      .onConflictDoUpdate({ target: patrolRules.regionCode, set: values })
      .returning();
    if (!row) throw new Error('the patrol rule upsert returned no row');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'patrol_rule.update',
      entity: 'patrol_rule',
      entityId: regionCode || 'city',
      regionCode: regionCode || null,
      after: row,
    });
    return { regionCode: row.regionCode, patrolsPerDay: row.patrolsPerDay, minMinutes: row.minMinutes };
  });
}
