import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../test/actors.js';
import { firstStartWithoutDemo, onEmptyPostgresDatabase, testEngine } from '../../test/test-database.js';
import { categories, categoryAttributes, categoryClasses, categoryHistory } from './categories.tables.js';

const database = useTestDatabase();

describe('categories on start-up', () => {
  it('a database that has people but no categories (made before they existed) gets them', async () => {
    await database.db.delete(categoryHistory);
    await database.db.delete(categoryAttributes);
    await database.db.delete(categories);
    await database.db.delete(categoryClasses);
    const lines = await firstStartWithoutDemo(database);
    expect(lines).toEqual([]);
    expect(await database.db.$count(categories)).toBeGreaterThanOrEqual(60);
    expect(await database.db.$count(categoryHistory)).toBe(await database.db.$count(categories));
    expect(await database.db.$count(categoryAttributes)).toBeGreaterThan(0);
  });

  // Only on PostgreSQL does a first start without NEEDLE_DEMO leave the demo city out; the embedded
  // database always seeds it, so there is nothing to check there.
  it.skipIf(testEngine() !== 'postgres')(
    'a real server without the demo city gets them too (PostgreSQL only: skipped on the embedded database)',
    () =>
      onEmptyPostgresDatabase(async (empty) => {
        await firstStartWithoutDemo(empty);
        expect(await empty.db.$count(categories)).toBeGreaterThanOrEqual(60);
      }),
  );
});
