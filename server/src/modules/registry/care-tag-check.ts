import { inArray } from 'drizzle-orm';
import type { Executor } from '../../db/database.js';
import { badRequest } from '../../lib/errors/app-error.js';
import { careTags } from '../care/care.tables.js';

/** Refuses care tags the city has not defined, so a typo does not make a group nobody visits. */
export async function checkCareTags(db: Executor, tags: readonly string[] | undefined): Promise<void> {
  if (!tags || tags.length === 0) return;
  const known = new Set(
    (
      await db
        .select({ code: careTags.code })
        .from(careTags)
        .where(inArray(careTags.code, [...tags]))
    ).map((t) => t.code),
  );
  const unknown = tags.filter((t) => !known.has(t));
  if (unknown.length > 0) {
    throw badRequest(
      'UNKNOWN_CARE_TAG',
      `No care group ${unknown.join(', ')}; an administrator adds new ones`,
    );
  }
}
