import { and, eq, sql } from 'drizzle-orm';
import { conflict, notFound } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { users } from '../users/users.tables.js';
import { type CommunityDeps, nowOf } from './community-deps.js';
import { householdOf } from './households.js';
import { listVerifiedResidents } from './verified-residents.js';
import { residentVerifications } from './voters.tables.js';

/** A mainland number as people say it (13812345678) or as accounts store it (+8613812345678). */
function e164(phone: string): string {
  const digits = phone.replace(/[\s-]/g, '');
  if (digits.startsWith('+')) return digits;
  return /^1\d{10}$/.test(digits) ? `+86${digits}` : `+${digits}`;
}

/**
 * A grid worker (or community staff) at the door verifies the resident in front of them against the
 * household: the resident shows the number they signed up with. One identity, one household.
 */
export async function verifyResident(
  deps: CommunityDeps,
  actor: AuthUser,
  householdId: string,
  phone: string,
) {
  const now = nowOf(deps);
  const verified = await deps.db.transaction(async (tx) => {
    const household = await householdOf(tx, actor, householdId);
    const [resident] = await tx
      .select({ id: users.id })
      .from(users)
      .where(
        and(eq(users.phone, e164(phone)), eq(users.active, true), sql`'resident' = any(${users.roles})`),
      );
    if (!resident) throw notFound('RESIDENT_NOT_FOUND', 'No resident has signed up with this number');
    const [row] = await tx
      .insert(residentVerifications)
      .values({
        userId: resident.id,
        householdId: household.id,
        regionCode: household.regionCode,
        method: 'grid_worker',
        verifiedBy: actor.id,
        verifiedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) {
      throw conflict('RESIDENT_ALREADY_VERIFIED', 'This resident is already verified for a household');
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'resident.verify',
      entity: 'household',
      entityId: household.id,
      regionCode: household.regionCode,
      after: { userId: resident.id, method: 'grid_worker' },
    });
    return { userId: resident.id, regionCode: household.regionCode };
  });
  const { items } = await listVerifiedResidents(deps, actor, { regionCode: verified.regionCode });
  const view = items.find((r) => r.userId === verified.userId);
  if (!view) throw new Error('the verification just written was not found');
  return view;
}
