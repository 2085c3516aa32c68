import type { RegistryHouseholdInput, ResidentInput } from '@needle/contract';
import { and, eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { AppError, badRequest, conflict } from '../../lib/errors/app-error.js';
import { maskName } from '../../lib/privacy/mask.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { requestHash } from '../cases/idempotency.js';
import { checkCareTags } from './care-tag-check.js';
import { householdView } from './household-view.js';
import { buildingUnits, registryHouseholds, registryResidents } from './registry.tables.js';
import { nowOf, type RegistryDeps } from './registry-deps.js';
import { keptBuilding } from './registry-office.js';
import { idNumberColumns, phoneColumns } from './sealed-fields.js';

/** The row a resident becomes: ID number and phone sealed, never stored as typed. */
export function residentRow(
  deps: RegistryDeps,
  actor: AuthUser,
  household: { districtCode: string; id: string; regionCode: string },
  r: ResidentInput,
  now: Date,
) {
  return {
    districtCode: household.districtCode,
    householdId: household.id,
    regionCode: household.regionCode,
    name: r.name.trim(),
    relation: r.relation?.trim() ?? '',
    birthYear: r.birthYear ?? null,
    ...idNumberColumns(deps.keys, r.idNumber ?? null),
    ...phoneColumns(deps.keys, r.phone ?? null),
    careTags: r.careTags ?? [],
    updatedBy: actor.id,
    createdAt: now,
    updatedAt: now,
  };
}

/** What the audit log keeps of a resident: no sealed value, no index, only the masked copies. */
export const auditedResident = (r: typeof registryResidents.$inferSelect) => ({
  id: r.id,
  name: maskName(r.name),
  relation: r.relation,
  birthYear: r.birthYear,
  idNumber: r.idNumberMasked,
  phone: r.phoneMasked,
  careTags: r.careTags,
  movedOutAt: r.movedOutAt,
});

async function replayOf(tx: Executor, actor: AuthUser, key: string, hash: string) {
  const [earlier] = await tx
    .select()
    .from(registryHouseholds)
    .where(and(eq(registryHouseholds.updatedBy, actor.id), eq(registryHouseholds.clientKey, key)));
  if (!earlier) return null;
  if (earlier.clientKeyHash !== hash) {
    throw new AppError(
      422,
      'IDEMPOTENCY_KEY_REUSED',
      'This Idempotency-Key was used for a different household',
    );
  }
  return { household: await householdView(tx, earlier), replayed: true };
}

/**
 * Registers a household (户) in a unit with the people living there. A leader's or grid worker's phone
 * retrying with the same Idempotency-Key gets the first answer back, not a second household.
 */
export async function createHousehold(
  deps: RegistryDeps,
  actor: AuthUser,
  input: RegistryHouseholdInput,
  key?: string,
) {
  const hash = requestHash(input);
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const replay = key ? await replayOf(tx, actor, key, hash) : null;
    if (replay) return replay;
    const [unit] = await tx.select().from(buildingUnits).where(eq(buildingUnits.id, input.unitId));
    const building = await keptBuilding(tx, actor, input.buildingId, unit?.name);
    if (!unit || unit.buildingId !== building.id) {
      throw badRequest('UNIT_NOT_IN_BUILDING', 'The unit is not one of the building’s');
    }
    if (input.floor > building.floors) {
      throw badRequest('FLOOR_ABOVE_BUILDING', `The building has ${building.floors} floors`);
    }
    await checkCareTags(
      tx,
      input.residents.flatMap((r) => r.careTags ?? []),
    );
    const [h] = await tx
      .insert(registryHouseholds)
      .values({
        districtCode: building.districtCode,
        buildingId: building.id,
        unitId: unit.id,
        regionCode: building.regionCode,
        room: input.room,
        floor: input.floor,
        note: input.note?.trim() ?? '',
        updatedBy: actor.id,
        createdAt: now,
        updatedAt: now,
        clientKey: key ?? null,
        clientKeyHash: key ? hash : null,
      })
      .onConflictDoNothing()
      .returning();
    if (!h) {
      const raced = key ? await replayOf(tx, actor, key, hash) : null;
      if (raced) return raced;
      throw conflict('ROOM_TAKEN', `${unit.name} already has room ${input.room}`);
    }
    const people =
      input.residents.length === 0
        ? []
        : await tx
            .insert(registryResidents)
            .values(input.residents.map((r) => residentRow(deps, actor, h, r, now)))
            .returning();
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'household.create',
      entity: 'household',
      entityId: h.id,
      regionCode: h.regionCode,
      after: { ...h, clientKeyHash: undefined, residents: people.map(auditedResident) },
    });
    return { household: await householdView(tx, h), replayed: false };
  });
}
