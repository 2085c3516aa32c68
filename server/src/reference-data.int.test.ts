import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, inject, it } from 'vitest';
import type { Database } from './db/database.js';
import { openDatabase } from './db/open-database.js';
import { toAuthUser } from './modules/auth/auth-user.js';
import { updateCategory } from './modules/categories/categories.service.js';
import { catalogueCache } from './modules/categories/category-catalogue.js';
import { settingsCache, updateSetting } from './modules/settings/settings.service.js';
import { users } from './modules/users/users.tables.js';
import { followReferenceChanges } from './reference-data.js';
import { createPostgresTestDatabase, openTestDatabase, testEngine } from './test/test-database.js';

/**
 * Two server processes on one PostgreSQL are two pools with their own caches: the change goes in
 * through one and must reach the other's cache. The embedded engine has one process only, whose own
 * cache must follow its own change.
 */
async function twoProcesses(): Promise<[Database, Database]> {
  if (testEngine() === 'pglite') {
    const only = await openTestDatabase();
    return [only, only];
  }
  const url = await createPostgresTestDatabase(inject('postgresTemplate'));
  return [await openDatabase({ kind: 'postgres', url }), await openDatabase({ kind: 'postgres', url })];
}

const [writer, reader] = await twoProcesses();
afterAll(async () => {
  await writer.close();
  if (reader !== writer) await reader.close();
});
await followReferenceChanges(reader);
const [adminRow] = await writer.db.select().from(users).where(eq(users.username, 'admin'));
if (!adminRow) throw new Error('no demo admin');
const admin = toAuthUser(adminRow);

describe('reference data kept in memory', () => {
  it('follows a setting changed through another process', async () => {
    expect((await settingsCache.get(reader.db)).duplicateRadiusMeters).toBe(50);
    await updateSetting(writer.db, admin, 'duplicateRadiusMeters', 80);
    await expect.poll(async () => (await settingsCache.get(reader.db)).duplicateRadiusMeters).toBe(80);
  });

  it('follows a category taken out of use through another process', async () => {
    expect((await catalogueCache.get(reader.db)).byCode.get('E0550')?.active).toBe(true);
    await updateCategory(writer.db, admin, 'E0550', { active: false });
    await expect
      .poll(async () => (await catalogueCache.get(reader.db)).byCode.get('E0550')?.active)
      .toBe(false);
  });
});
