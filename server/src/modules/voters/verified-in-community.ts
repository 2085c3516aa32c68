import { and, eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { residentVerifications } from './voters.tables.js';

/** Which of the users are verified residents of the community: a vote's electorate is named from them. */
export async function verifiedInCommunity(
  db: Executor,
  userIds: readonly string[],
  communityCode: string,
): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .select({ userId: residentVerifications.userId })
    .from(residentVerifications)
    .where(
      and(
        inArray(residentVerifications.userId, [...userIds]),
        eq(residentVerifications.regionCode, communityCode),
      ),
    );
  return new Set(rows.map((r) => r.userId));
}
