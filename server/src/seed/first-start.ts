import type { Database } from '../db/database.js';
import { seedCategories } from '../modules/categories/categories.service.js';
import { DEMO_OPEN311_KEY } from '../modules/open311/seed-demo-client.js';
import type { RegionsService } from '../modules/regions/regions.service.js';
import { users } from '../modules/users/users.tables.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';
import { seedAdmin } from './seed-admin.js';
import { seedDemoCity } from './seed-demo-city.js';

/**
 * What a first start on an empty database gets: the embedded database is for trying Needle, so it
 * always gets the demo city; a real server gets it only when asked (NEEDLE_DEMO=1).
 * Returns lines to print, or nothing when the database was not empty.
 */
export async function seedOnFirstStart(
  database: Database,
  regions: RegionsService,
  opts: { demo: boolean; adminPassword: string | undefined },
): Promise<string[]> {
  // The category tree is reference data every database needs, whether or not it has users yet.
  await seedCategories(database.db);
  const anyone = await database.db.select({ id: users.id }).from(users).limit(1);
  if (anyone.length > 0) return [];
  if (database.kind === 'pglite' || opts.demo) {
    const { grids } = await seedDemoCity(database.db, regions);
    return [
      `Seeded the demo city 长春市朝阳区 with ${grids} grids.`,
      `Demo accounts (password ${DEMO_PASSWORD}):`,
      ...DEMO_ACCOUNTS.map(
        (a) => `  ${a.username.padEnd(11)} ${a.roles.join(',').padEnd(17)} ${a.displayName}`,
      ),
      `Open311 demo api_key (client open311.demo, the whole district): ${DEMO_OPEN311_KEY}`,
    ];
  }
  const admin = await seedAdmin(database.db, opts.adminPassword);
  return admin.generated
    ? [`Created the administrator "admin" with the password ${admin.password} (shown once: write it down).`]
    : ['Created the administrator "admin" with the password from NEEDLE_ADMIN_PASSWORD.'];
}
