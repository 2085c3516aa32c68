import fs from 'node:fs';
import { importRegions } from '../modules/regions/import-regions.js';
import { REGIONS_CHANGED } from '../modules/regions/regions-changed.js';
import { exitWith, withDatabase } from './with-database.js';

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
  return withDatabase(async (database) => {
    const { created, updated } = await importRegions(database.db, collection, null);
    await database.notify(REGIONS_CHANGED);
    console.log(`Imported ${file}: ${created} regions created, ${updated} updated.`);
    return 0;
  });
}

await exitWith(main);
