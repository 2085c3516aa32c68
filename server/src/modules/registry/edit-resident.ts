import type { ResidentInput, ResidentPatch } from '@needle/contract';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { AppError, notFound } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { checkCareTags } from './care-tag-check.js';
import { householdView } from './household-view.js';
import { buildingUnits, registryHouseholds, registryResidents } from './registry.tables.js';
import { nowOf, type RegistryDeps } from './registry-deps.js';
import { keptBuilding } from './registry-office.js';
import { auditedResident, residentRow } from './save-household.js';
import { idNumberColumns, phoneColumns } from './sealed-fields.js';

const householdNotFound = () =>
  notFound('HOUSEHOLD_NOT_FOUND', 'No such household, or it is outside your jurisdiction');
const residentNotFound = () =>
  notFound('REGISTRY_RESIDENT_NOT_FOUND', 'No such resident, or they are outside your jurisdiction');

/** The household, if the actor keeps its building (and, for a unit leader, its unit). */
async function keptHousehold(tx: Executor, actor: AuthUser, householdId: string) {
  const [h] = await tx.select().from(registryHouseholds).where(eq(registryHouseholds.id, householdId));
  if (!h) throw householdNotFound();
  const [unit] = await tx.select().from(buildingUnits).where(eq(buildingUnits.id, h.unitId));
  try {
    await keptBuilding(tx, actor, h.buildingId, unit?.name);
  } catch (err) {
    if (err instanceof AppError && err.status === 404) throw householdNotFound();
    throw err;
  }
  return h;
}

/** A resident the actor may see and change: one of a household they keep. */
export async function keptResident(tx: Executor, actor: AuthUser, residentId: string) {
  const [r] = await tx.select().from(registryResidents).where(eq(registryResidents.id, residentId));
  if (!r) throw residentNotFound();
  try {
    await keptHousehold(tx, actor, r.householdId);
  } catch (err) {
    if (err instanceof AppError && err.status === 404) throw residentNotFound();
    throw err;
  }
  return r;
}

/** Someone moved in: added to the household, their ID number and phone sealed. */
export async function addResident(
  deps: RegistryDeps,
  actor: AuthUser,
  householdId: string,
  input: ResidentInput,
) {
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const h = await keptHousehold(tx, actor, householdId);
    await checkCareTags(tx, input.careTags);
    const [r] = await tx
      .insert(registryResidents)
      .values(residentRow(deps, actor, h, input, now))
      .returning();
    if (!r) throw new Error('the resident insert returned no row');
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'resident.create',
      entity: 'resident',
      entityId: r.id,
      regionCode: r.regionCode,
      after: auditedResident(r),
    });
    return householdView(tx, h);
  });
}

/** Keeps a resident current: only the fields sent change; a null clears an ID number or phone. */
export async function patchResident(
  deps: RegistryDeps,
  actor: AuthUser,
  residentId: string,
  patch: ResidentPatch,
) {
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const before = await keptResident(tx, actor, residentId);
    await checkCareTags(tx, patch.careTags);
    const [after] = await tx
      .update(registryResidents)
      .set({
        ...(patch.name !== undefined ? { name: patch.name.trim() } : {}),
        ...(patch.relation !== undefined ? { relation: patch.relation.trim() } : {}),
        ...(patch.birthYear !== undefined ? { birthYear: patch.birthYear } : {}),
        ...(patch.idNumber !== undefined ? idNumberColumns(deps.keys, patch.idNumber) : {}),
        ...(patch.phone !== undefined ? phoneColumns(deps.keys, patch.phone) : {}),
        ...(patch.careTags !== undefined ? { careTags: patch.careTags } : {}),
        ...(patch.movedOut !== undefined
          ? { movedOutAt: patch.movedOut ? (before.movedOutAt ?? now) : null }
          : {}),
        updatedBy: actor.id,
        updatedAt: now,
      })
      .where(eq(registryResidents.id, residentId))
      .returning();
    if (!after) throw residentNotFound();
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'resident.update',
      entity: 'resident',
      entityId: after.id,
      regionCode: after.regionCode,
      before: auditedResident(before),
      after: auditedResident(after),
    });
    const [h] = await tx
      .select()
      .from(registryHouseholds)
      .where(eq(registryHouseholds.id, after.householdId));
    if (!h) throw householdNotFound();
    return householdView(tx, h);
  });
}
