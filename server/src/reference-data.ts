import type { Database } from './db/database.js';
import { catalogueCache } from './modules/categories/category-catalogue.js';
import { departmentsCache } from './modules/departments/departments.queries.js';
import { settingsCache } from './modules/settings/settings.service.js';

/** The reference data each server process keeps in memory, read by every intake. */
export const REFERENCE_CACHES = [settingsCache, catalogueCache, departmentsCache] as const;

/**
 * Drops this process's copy whenever any process (or a command-line tool) announces a change, so that
 * an admin's edit through one server is in force on all of them once it commits.
 */
export async function followReferenceChanges(database: Database): Promise<void> {
  for (const cache of REFERENCE_CACHES) {
    await database.listen(cache.channel, () => cache.forget(database.db));
  }
}
