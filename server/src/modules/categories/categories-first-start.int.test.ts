import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../test/actors.js';
import { firstStartWithoutDemo } from '../../test/test-database.js';
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
});
