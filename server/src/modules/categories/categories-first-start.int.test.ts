import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../db/database.js';
import { openDatabase } from '../../db/open-database.js';
import { seedOnFirstStart } from '../../seed/first-start.js';
import { openTestDatabase, testEngine } from '../../test/test-database.js';
import { RegionsService } from '../regions/regions.service.js';
import { categories, categoryAttributes, categoryClasses, categoryHistory } from './categories.tables.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

describe('categories on start-up', () => {
  it('a database that has people but no categories (made before they existed) gets them', async () => {
    await database.db.delete(categoryHistory);
    await database.db.delete(categoryAttributes);
    await database.db.delete(categories);
    await database.db.delete(categoryClasses);
    const lines = await seedOnFirstStart(database, await RegionsService.load(database.db), {
      demo: false,
      adminPassword: undefined,
    });
    expect(lines).toEqual([]);
    expect(await database.db.$count(categories)).toBeGreaterThanOrEqual(60);
    expect(await database.db.$count(categoryHistory)).toBe(await database.db.$count(categories));
    expect(await database.db.$count(categoryAttributes)).toBeGreaterThan(0);
  });

  // Only on PostgreSQL does a first start without NEEDLE_DEMO leave the demo city out; the embedded
  // database always seeds it, so there is nothing to check there.
  it.skipIf(testEngine() !== 'postgres')(
    'a real server without the demo city gets them too (PostgreSQL only: skipped on the embedded database)',
    async () => {
      const { createPostgresTestDatabase } = await import('../../test/test-database.js');
      const empty = await openDatabase({ kind: 'postgres', url: await createPostgresTestDatabase() });
      try {
        await seedOnFirstStart(empty, await RegionsService.load(empty.db), {
          demo: false,
          adminPassword: undefined,
        });
        expect(await empty.db.$count(categories)).toBeGreaterThanOrEqual(60);
      } finally {
        await empty.close();
      }
    },
  );
});
