import type { Database } from '../db/database.js';
import type { KeyRing } from '../lib/personal-data/key-ring.js';
import { CalendarService } from '../modules/calendar/calendar.service.js';
import { seedCategories } from '../modules/categories/categories.service.js';
import { DEMO_OPEN311_KEY } from '../modules/open311/seed-demo-client.js';
import type { PhotoStore } from '../modules/photos/photo-store.js';
import type { RegionsService } from '../modules/regions/regions.service.js';
import { users } from '../modules/users/users.tables.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.js';
import { seedDemoFieldwork } from './demo-fieldwork/seed-demo-fieldwork.js';
import { DEMO_HISTORY, seedDemoHistory } from './demo-history/seed-demo-history.js';
import { plantDemoHotspot } from './demo-hotspot.js';
import { seedDemoParticipation } from './demo-participation/seed-demo-participation.js';
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
  opts: {
    demo: boolean;
    adminPassword: string | undefined;
    /**
     * The demo city's three months of history, seeded with it unless NEEDLE_DEMO_HISTORY=0; tests that
     * count what they create start without it.
     */
    history?: { photos: PhotoStore; now?: Date };
    /** The keys the demo registry's ID numbers and phones are sealed with; without them it is left out. */
    dataKeys?: KeyRing;
  },
): Promise<string[]> {
  // The category tree is reference data every database needs, whether or not it has users yet.
  await seedCategories(database.db);
  const anyone = await database.db.select({ id: users.id }).from(users).limit(1);
  if (anyone.length > 0) return [];
  if (database.kind === 'pglite' || opts.demo) {
    const { grids } = await seedDemoCity(database.db, regions);
    return [
      `Seeded the demo city 长春市朝阳区 with ${grids} grids.`,
      ...(opts.history
        ? [
            ...(await historyLines(database, regions, opts.history)),
            // A year of 永昌街道's participation, whatever became of the cases' history.
            await participationLine(database, regions, opts.history.now ?? new Date()),
            ...(opts.dataKeys
              ? [await fieldworkLine(database, opts.dataKeys, opts.history.now ?? new Date())]
              : []),
          ]
        : []),
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

async function historyLines(
  database: Database,
  regions: RegionsService,
  history: { photos: PhotoStore; now?: Date },
): Promise<string[]> {
  try {
    const done = await seedDemoHistory(
      { db: database.db, regions, photos: history.photos },
      { now: history.now ?? new Date() },
    );
    // The week's morning-market stalls in 永昌街道, for the hotspot detector to find (未诉先办).
    const planted = await plantDemoHotspot({ db: database.db, regions }, history.now ?? new Date());
    const seconds = (ms: number) => (ms / 1000).toFixed(1);
    return [
      `Seeded ${DEMO_HISTORY.days} days of demo history: ${done.cases} cases (${done.tickets} of them 12345 tickets), ${done.whistles} whistle orders, ${done.steps} steps, in ${seconds(done.ms)} s (${seconds(done.cpuMs)} s of CPU; NEEDLE_DEMO_HISTORY=0 leaves it out).`,
      `Planted a hotspot for the detector: ${planted} reports of stalls on the road in 永昌街道 over four days.`,
    ];
  } catch (err) {
    // The city and its accounts are there: a demo that starts with part of its history beats none.
    return [`The demo history stopped part way: ${(err as Error).message}`];
  }
}

async function participationLine(database: Database, regions: RegionsService, now: Date): Promise<string> {
  const seconds = (ms: number) => (ms / 1000).toFixed(1);
  try {
    const year = await seedDemoParticipation({ db: database.db, regions }, { now });
    if (!year) return 'The demo year of participation was there already.';
    return `Seeded a year of participation in 永昌街道: ${year.projects} projects, ${year.deliberations} deliberations (${year.ballots} ballots), ${year.teams} volunteer teams with ${year.activities} activities (${year.volunteerHours} hours), ${year.wishes} micro-wishes, ${year.shopItems} items in the points shops, ${year.residents} verified residents, in ${seconds(year.ms)} s (${seconds(year.cpuMs)} s of CPU).`;
  } catch (err) {
    return `The demo year of participation stopped part way: ${(err as Error).message}`;
  }
}

async function fieldworkLine(database: Database, keys: KeyRing, now: Date): Promise<string> {
  try {
    const calendar = (await CalendarService.load(database.db)).current();
    const done = await seedDemoFieldwork({ db: database.db, keys, calendar }, { now });
    if (!done) return 'The demo field work was there already.';
    return `Seeded 义和社区's field work: ${done.buildings} buildings with ${done.households} households and ${done.residents} residents in ${done.grids} grids (${done.underCare} under care, ID numbers and phones sealed), ${done.patrols} patrols and ${done.visits} care visits since the first of last month, ${done.errands} errands and ${done.disputes} disputes, in ${(done.ms / 1000).toFixed(1)} s.`;
  } catch (err) {
    return `The demo field work stopped part way: ${(err as Error).message}`;
  }
}
