import { and, count, desc, eq, inArray, like } from 'drizzle-orm';
import { forbidden } from '../../lib/errors/app-error.js';
import { unseal } from '../../lib/personal-data/seal.js';
import { maskName } from '../../lib/privacy/mask.js';
import type { AuthUser } from '../auth/auth-user.js';
import { jurisdictionPrefix } from '../auth/jurisdiction.js';
import { users } from '../users/users.tables.js';
import { keptResident } from './edit-resident.js';
import { placesOf } from './find-residents.js';
import { personalDataAccess, registryResidents } from './registry.tables.js';
import { nowOf, type RegistryDeps } from './registry-deps.js';
import { visibleRegionPrefix } from './registry-office.js';

function mayUnmask(viewer: AuthUser): void {
  if (!viewer.permissions.includes('people:unmask')) {
    throw forbidden(
      'UNMASK_NOT_ALLOWED',
      "Seeing a resident's full personal data needs the people:unmask permission",
    );
  }
}

/**
 * A resident's full name, ID number and phone, for a reason the viewer gives. The access record is
 * written in the same transaction as the read: no unmasked answer leaves without its record.
 */
export async function revealResident(
  deps: RegistryDeps,
  viewer: AuthUser,
  residentId: string,
  reason: string,
) {
  mayUnmask(viewer);
  return deps.db.transaction(async (tx) => {
    const r = await keptResident(tx, viewer, residentId);
    const fields = ['name', ...(r.idNumberSealed ? ['id_number'] : []), ...(r.phoneSealed ? ['phone'] : [])];
    await tx.insert(personalDataAccess).values({
      districtCode: r.districtCode,
      at: nowOf(deps),
      userId: viewer.id,
      residentId: r.id,
      regionCode: r.regionCode,
      fields,
      reason: reason.trim(),
    });
    const place = (await placesOf({ db: tx }, [r.householdId])).get(r.householdId);
    return {
      id: r.id,
      name: r.name,
      idNumber: r.idNumberSealed ? unseal(deps.keys, 'id_number', r.idNumberSealed) : null,
      phone: r.phoneSealed ? unseal(deps.keys, 'phone', r.phoneSealed) : null,
      room: place?.room ?? '',
      building: place?.building ?? '',
      unit: place?.unit ?? '',
    };
  });
}

/** Who looked at whose data in the viewer's area, newest first; for those who may look themselves. */
export async function listAccessRecords(
  deps: RegistryDeps,
  viewer: AuthUser,
  f: { regionCode?: string; residentId?: string; page?: number; pageSize?: number },
) {
  if (!viewer.permissions.includes('people:unmask') && !viewer.permissions.includes('audit:read')) {
    throw forbidden('ACCESS_RECORDS_NOT_ALLOWED', 'The access records are for those who keep personal data');
  }
  const prefix = f.regionCode
    ? visibleRegionPrefix(viewer, f.regionCode)
    : jurisdictionPrefix(viewer.jurisdiction);
  const page = f.page ?? 1;
  const pageSize = f.pageSize ?? 50;
  const where = and(
    like(personalDataAccess.regionCode, `${prefix}%`),
    f.residentId ? eq(personalDataAccess.residentId, f.residentId) : undefined,
  );
  const [rows, [total]] = await Promise.all([
    deps.db
      .select()
      .from(personalDataAccess)
      .where(where)
      .orderBy(desc(personalDataAccess.at), desc(personalDataAccess.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    deps.db.select({ n: count() }).from(personalDataAccess).where(where),
  ]);
  const [who, whom] = await Promise.all([
    rows.length
      ? deps.db
          .select({ id: users.id, name: users.displayName })
          .from(users)
          .where(
            inArray(
              users.id,
              rows.map((r) => r.userId),
            ),
          )
      : [],
    rows.length
      ? deps.db
          .select({ id: registryResidents.id, name: registryResidents.name })
          .from(registryResidents)
          .where(
            inArray(
              registryResidents.id,
              rows.map((r) => r.residentId),
            ),
          )
      : [],
  ]);
  return {
    total: Number(total?.n ?? 0),
    page,
    pageSize,
    items: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      userId: r.userId,
      user: who.find((u) => u.id === r.userId)?.name ?? '',
      residentId: r.residentId,
      resident: maskName(whom.find((p) => p.id === r.residentId)?.name ?? null) ?? '',
      fields: r.fields,
      reason: r.reason,
    })),
  };
}
