import { and, count, eq, gte } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { AppError, badRequest, conflict, forbidden } from '../../lib/errors/app-error.js';
import { recordAudit } from '../audit/audit.service.js';
import type { AuthUser } from '../auth/auth-user.js';
import { type CommunityDeps, nowOf } from './community-deps.js';
import { DOOR_CODE_MAX_FAILURES, DOOR_CODE_WINDOW_MS, doorCodeHash, newDoorCode } from './door-code.js';
import { householdOf } from './households.js';
import { myHousehold } from './verified-residents.js';
import { doorCodeAttempts, households, residentVerifications } from './voters.tables.js';

/**
 * Prints a new one-time door code for a household: the plain code is in this answer only, the registry
 * keeps its hash. A new code replaces one not yet used, so a lost slip is simply printed again.
 */
export async function issueDoorCode(deps: CommunityDeps, actor: AuthUser, id: string) {
  const now = nowOf(deps);
  return deps.db.transaction(async (tx) => {
    const household = await householdOf(tx, actor, id, true);
    const code = await unheldDoorCode(tx);
    const [after] = await tx
      .update(households)
      .set({ doorCodeHash: doorCodeHash(code), doorCodeIssuedAt: now, doorCodeUsedAt: null })
      .where(and(eq(households.districtCode, household.districtCode), eq(households.id, household.id)))
      .returning();
    await recordAudit(tx, {
      actorId: actor.id,
      action: 'household.issue_door_code',
      entity: 'household',
      entityId: household.id,
      regionCode: household.regionCode,
      // The hash stays out of the audit trail too: it is what a guess would be checked against.
      before: { doorCodeIssuedAt: household.doorCodeIssuedAt, doorCodeUsedAt: household.doorCodeUsedAt },
      after: { doorCodeIssuedAt: after?.doorCodeIssuedAt ?? now },
    });
    return {
      householdId: household.id,
      placeLabel: household.placeLabel,
      code,
      issuedAt: now.toISOString(),
    };
  });
}

/** Draws at most this many codes for one household before giving up: each clash is a 2⁻⁵⁰ chance. */
const CODE_DRAWS = 5;

/**
 * A door code no household anywhere holds. The key keeps a code unique within its district; a resident
 * types it without naming a district, so the issuing keeps it unique across districts too.
 */
async function unheldDoorCode(tx: Executor): Promise<string> {
  for (let draw = 0; draw < CODE_DRAWS; draw++) {
    const code = newDoorCode();
    const [held] = await tx
      .select({ id: households.id })
      .from(households)
      .where(eq(households.doorCodeHash, doorCodeHash(code)))
      .limit(1);
    if (!held) return code;
  }
  throw new Error(`no free door code in ${CODE_DRAWS} draws`);
}

/**
 * A signed-in resident redeems the code from their door and is verified for that household. A wrong
 * code counts against the resident; after DOOR_CODE_MAX_FAILURES in an hour they must wait, so codes
 * cannot be guessed. A used code verifies nobody else.
 */
export async function redeemDoorCode(deps: CommunityDeps, user: AuthUser, typed: string) {
  if (!user.roles.includes('resident')) {
    throw forbidden('RESIDENTS_ONLY', 'Only a resident is verified for a household');
  }
  const now = nowOf(deps);
  const [failures] = await deps.db
    .select({ n: count() })
    .from(doorCodeAttempts)
    .where(
      and(
        eq(doorCodeAttempts.userId, user.id),
        gte(doorCodeAttempts.at, new Date(now.getTime() - DOOR_CODE_WINDOW_MS)),
      ),
    );
  if (Number(failures?.n ?? 0) >= DOOR_CODE_MAX_FAILURES) {
    throw new AppError(429, 'DOOR_CODE_ATTEMPTS', 'Too many wrong door codes: try again in an hour');
  }
  const outcome = await deps.db.transaction(async (tx) => {
    const held = await tx
      .select()
      .from(households)
      .where(eq(households.doorCodeHash, doorCodeHash(typed)))
      .limit(2)
      .for('update');
    const [household] = held;
    if (!household) return 'wrong' as const;
    if (held.length > 1) {
      // Issued codes are unique across districts; two holders would mean a clash made elsewhere.
      throw conflict('DOOR_CODE_USED', 'This door code was already used: ask the community for a new one');
    }
    if (household.doorCodeUsedAt !== null) {
      // A phone that lost the answer retries: the code it used verified this very user, so say so again.
      const [mine] = await tx
        .select({ householdId: residentVerifications.householdId })
        .from(residentVerifications)
        .where(eq(residentVerifications.userId, user.id));
      if (mine?.householdId === household.id) return 'verified' as const;
      throw conflict('DOOR_CODE_USED', 'This door code was already used: ask the community for a new one');
    }
    const [verified] = await tx
      .insert(residentVerifications)
      .values({
        userId: user.id,
        householdId: household.id,
        regionCode: household.regionCode,
        method: 'door_code',
        verifiedBy: null,
        verifiedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    if (!verified) {
      throw conflict('RESIDENT_ALREADY_VERIFIED', 'You are already verified for a household');
    }
    await tx
      .update(households)
      .set({ doorCodeUsedAt: now })
      .where(and(eq(households.districtCode, household.districtCode), eq(households.id, household.id)));
    await recordAudit(tx, {
      actorId: user.id,
      action: 'resident.verify',
      entity: 'household',
      entityId: household.id,
      regionCode: household.regionCode,
      after: { userId: user.id, method: 'door_code' },
    });
    return 'verified' as const;
  });
  if (outcome === 'wrong') {
    // Counted outside the refused transaction, so the refusal does not roll the count back.
    await deps.db.insert(doorCodeAttempts).values({ userId: user.id, at: now });
    throw badRequest('DOOR_CODE_WRONG', 'This door code is not right: check it against the slip');
  }
  return myHousehold(deps.db, user.id);
}
