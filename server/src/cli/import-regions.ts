import fs from 'node:fs';
import { loadConfig } from '../config.js';
import { databaseTargetOf, openDatabase } from '../db/open-database.js';
import { AppError } from '../lib/errors/app-error.js';
import { importRegions } from '../modules/regions/import-regions.js';
import { REGIONS_CHANGED } from '../modules/regions/regions-changed.js';

/** npm run import:regions -- FILE.geojson: all the file's regions, or none of them. */
async function main(): Promise<number> {
  const file = process.argv[2];
  if (!file) {
    console.error('Usage: npm run import:regions -- FILE.geojson');
    return 2;
  }
  let collection: unknown;
  try {
    collection = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    console.error(`Cannot read ${file} as JSON: ${(err as Error).message}`);
    return 1;
  }
  const config = loadConfig();
  const database = await openDatabase(databaseTargetOf(config));
  try {
    const { created, updated } = await importRegions(database.db, collection, null);
    await database.notify(REGIONS_CHANGED);
    console.log(`Imported ${file}: ${created} regions created, ${updated} updated.`);
    return 0;
  } catch (err) {
    if (err instanceof AppError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  } finally {
    await database.close();
  }
}

process.exitCode = await main().catch((err: Error) => {
  console.error(err.message);
  return 1;
});
