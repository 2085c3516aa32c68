import path from 'node:path';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { databaseTargetOf, openDatabase, openReadReplica } from './db/open-database.js';
import { repeatEvery } from './lib/jobs/repeat-every.js';
import { loadKeyRing } from './lib/personal-data/key-ring.js';
import { CalendarService } from './modules/calendar/calendar.service.js';
import { CALENDAR_CHANGED } from './modules/calendar/calendar-changed.js';
import { caseDeps } from './modules/cases/case-deps.js';
import { startSweeper } from './modules/cases/sweeper.js';
import { startClaimDeadlineSweep } from './modules/community-lists/claim-deadline-sweep.js';
import { startHotspotSchedule } from './modules/hotspots/hotspot-schedule.js';
import { prune } from './modules/housekeeping/prune.js';
import { startOrderEscalationSweep } from './modules/inspections/escalation-sweep.js';
import { startWebhookDelivery } from './modules/notifications/webhook-delivery.js';
import { DiskPhotoStore } from './modules/photos/photo-store.js';
import { startPointsSweep } from './modules/points-shop/points-sweep.js';
import { RegionsService } from './modules/regions/regions.service.js';
import { REGIONS_CHANGED } from './modules/regions/regions-changed.js';
import { startRollupWorker } from './modules/stats/rollup/rollup-worker.js';
import { followReferenceChanges } from './reference-data.js';
import { seedOnFirstStart } from './seed/first-start.js';

async function start(): Promise<void> {
  const config = loadConfig();
  const database = await openDatabase(databaseTargetOf(config));
  const regions = await RegionsService.load(database.db);
  // The embedded database is for trying Needle (it always gets the demo city), and it has no SMS gateway:
  // like NEEDLE_DEMO=1, it is a demo installation, which shows sign-in codes on screen.
  const demo = config.demo || database.kind === 'pglite';
  const photos = new DiskPhotoStore(path.join(config.dataDir, 'photos'));
  // Residents' ID numbers and phones are sealed with these; a bad key stops the start with its reason.
  const dataKeys = loadKeyRing(process.env, config.dataDir);
  const seeded = await seedOnFirstStart(database, regions, {
    dataKeys,
    demo,
    adminPassword: config.adminPassword,
    history: config.demoHistory ? { photos } : undefined,
  });
  // Another process (a second server, or `npm run import:regions` against the same PostgreSQL) may redraw grids.
  await database.listen(REGIONS_CHANGED, () => {
    regions.reload().catch((err) => console.error('Could not reload the region tree', err));
  });
  // Settings, categories and departments are cached per process; a change through another drops ours.
  await followReferenceChanges(database);
  const calendar = await CalendarService.load(database.db);
  // An override or new office hours set through another server process moves deadlines here too.
  await database.listen(CALENDAR_CHANGED, () => {
    calendar.reload().catch((err) => console.error('Could not reload the working calendar', err));
  });
  // KPI and dashboard reads go to the replica when one is named; they may lag by its replication delay.
  const replica = config.readDatabaseUrl
    ? openReadReplica(config.readDatabaseUrl, config.dbPoolSize)
    : undefined;
  const app = await buildApp({
    db: database.db,
    readDb: replica?.db,
    regions,
    calendar,
    photos,
    dataKeys,
    sessionTtlHours: config.sessionTtlHours,
    secureCookies: config.secureCookies,
    demo,
    trustProxy: config.trustProxy,
    webDir: config.webDir,
    log: { level: config.logLevel },
  });

  // Notices wait in the outbox until a gateway URL is configured; then every process helps send them.
  const webhooks =
    config.webhookUrl && config.webhookSecret
      ? startWebhookDelivery(database.db, { url: config.webhookUrl, secret: config.webhookSecret })
      : undefined;
  // Every process sweeps; SKIP LOCKED keeps them from announcing the same overdue step twice.
  const sweeper = startSweeper(caseDeps(database.db, regions, calendar));
  // Events wait in the KPI outbox for a moment at most: one process at a time applies them, exactly once,
  // and no request waits for it.
  const kpiApplier = startRollupWorker(database.db);
  // Projects nobody claimed by their deadline fall to their community (兜底).
  const claimDeadlines = startClaimDeadlineSweep(database.db, config.claimSweepIntervalMs);
  // Redemptions not picked up in time are called off, and points past the expiry rule expire.
  const pointsSweep = startPointsSweep(database.db);
  // Overdue rectification orders go up to the community, then the street, as overdue cases do.
  const orderEscalation = startOrderEscalationSweep(database.db, () => regions.directory);
  // Hotspots (未诉先办): the detector looks at the new cases every minute, one process at a time.
  const hotspots = startHotspotSchedule(database.db);
  const housekeeping = repeatEvery('Housekeeping', 3_600_000, () => prune(database.db));
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping Needle`);
    await app.close();
    await sweeper.stop();
    await kpiApplier.stop();
    await claimDeadlines.stop();
    await pointsSweep.stop();
    await orderEscalation.stop();
    await hotspots.stop();
    await housekeeping.stop();
    await webhooks?.stop();
    await replica?.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    await sweeper.stop();
    await kpiApplier.stop();
    await claimDeadlines.stop();
    await pointsSweep.stop();
    await orderEscalation.stop();
    await hotspots.stop();
    await housekeeping.stop();
    await webhooks?.stop();
    await replica?.close();
    await database.close();
    if ((err as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new Error(`Port ${config.port} is in use by another program; set PORT to a free one.`);
    }
    throw err;
  }
  const where = config.databaseUrl ? 'PostgreSQL server' : `embedded database in ${config.dataDir}`;
  console.log(
    [
      `Needle (一根针) is running on http://localhost:${config.port} (${where}).`,
      `API docs: http://localhost:${config.port}/api/docs`,
      ...seeded,
    ].join('\n'),
  );
}

start().catch((err: Error) => {
  console.error(`Needle could not start: ${err.message}`);
  process.exit(1);
});
