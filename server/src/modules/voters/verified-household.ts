import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { residentVerifications } from './voters.tables.js';

/**
 * The household a resident has been verified against, or null when they are not verified: what the
 * modules that count one household one vote (民事民评) ask. Kept stable for them.
 */
export async function verifiedHouseholdOf(
  db: Executor,
  userId: string,
): Promise<{ householdId: string; communityCode: string } | null> {
  const [row] = await db
    .select({
      householdId: residentVerifications.householdId,
      communityCode: residentVerifications.regionCode,
    })
    .from(residentVerifications)
    .where(eq(residentVerifications.userId, userId));
  return row ?? null;
}
