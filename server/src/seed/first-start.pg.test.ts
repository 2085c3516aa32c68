import { describe, expect, it } from 'vitest';
import { categories } from '../modules/categories/categories.tables.js';
import { users } from '../modules/users/users.tables.js';
import { firstStartWithoutDemo, onEmptyPostgresDatabase } from '../test/test-database.js';

// Only on PostgreSQL does a first start without NEEDLE_DEMO leave the demo city out; the embedded
// database always seeds it. These run in the PostgreSQL project only (*.pg.test.ts).
describe('a first start on an empty PostgreSQL database without NEEDLE_DEMO', () => {
  it('creates only an admin, with a generated password shown once', () =>
    onEmptyPostgresDatabase(async (empty) => {
      const lines = await firstStartWithoutDemo(empty);
      expect(lines.join('\n')).toMatch(/Created the administrator "admin" with the password \S{12,}/);
      const everyone = await empty.db
        .select({ username: users.username, regionCode: users.regionCode })
        .from(users);
      expect(everyone).toEqual([{ username: 'admin', regionCode: null }]);
    }));

  it('loads the category catalogue all the same', () =>
    onEmptyPostgresDatabase(async (empty) => {
      await firstStartWithoutDemo(empty);
      expect(await empty.db.$count(categories)).toBeGreaterThanOrEqual(60);
    }));
});
