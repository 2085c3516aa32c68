import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../db/open-database.js';
import { recreateDatabase } from '../db/recreate-database.js';
import { seedCategories } from '../modules/categories/categories.service.js';
import { RegionsService } from '../modules/regions/regions.service.js';
import { seedDemoCity } from '../seed/seed-demo-city.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const TEMPLATE = 'needle_template';

/**
 * Prepares, once per run, a migrated database holding the demo city: creating and seeding one
 * takes seconds, copying it takes a fraction of that, so every test file gets its own copy.
 */
export default async function setup(project: TestProject) {
  const engine = project.config.env?.NEEDLE_TEST_DB;
  if (engine === 'pglite') {
    const database = await openDatabase({ kind: 'pglite', dataDir: undefined });
    await seedDemoCity(database.db, await RegionsService.load(database.db));
    await seedCategories(database.db);
    const dump = await (database.db as unknown as PgliteDatabase).$client.dumpDataDir('none');
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'needle-pglite-')), 'seeded.tar');
    fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    await database.close();
    project.provide('pgliteDump', file);
    return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }

  let url = process.env.TEST_DATABASE_URL;
  let stopServer = () => {};
  if (!url) {
    // No server given: start a throwaway one, as CI does.
    const out = execFileSync(path.join(repoRoot, 'scripts/throwaway-postgres.sh'), { encoding: 'utf8' })
      .trim()
      .split('\n');
    const dir = out[0]?.replace(/^dir=/, '') ?? '';
    url = out[out.length - 1] ?? '';
    stopServer = () => execFileSync(path.join(repoRoot, 'scripts/throwaway-postgres.sh'), ['stop', dir]);
  }
  const templateUrl = await recreateDatabase(url, TEMPLATE);
  const database = await openDatabase({ kind: 'postgres', url: templateUrl });
  await seedDemoCity(database.db, await RegionsService.load(database.db));
  await seedCategories(database.db);
  await database.close();
  project.provide('postgresUrl', url);
  project.provide('postgresTemplate', TEMPLATE);
  return stopServer;
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteDump: string;
    postgresUrl: string;
    postgresTemplate: string;
  }
}
