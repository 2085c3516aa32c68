import fs from 'node:fs';
import type { AddressImportBody } from '@needle/contract';
import { describeProblems, importAddresses } from '../modules/addresses/import-addresses.js';
import { RegionsService } from '../modules/regions/regions.service.js';
import { exitWith, withDatabase } from './with-database.js';

const USAGE = 'Usage: npm run import:addresses -- FILE.geojson|FILE.csv [--dry-run]';

/** The file as the API takes it: CSV text, or a parsed GeoJSON FeatureCollection. */
function readFile(file: string): AddressImportBody {
  const text = fs.readFileSync(file, 'utf8');
  if (file.toLowerCase().endsWith('.csv')) return text;
  const parsed = JSON.parse(text) as { type?: unknown; features?: unknown };
  if (parsed?.type !== 'FeatureCollection' || !Array.isArray(parsed.features)) {
    throw new Error(`${file} is not a GeoJSON FeatureCollection`);
  }
  return { type: 'FeatureCollection', features: parsed.features };
}

/** npm run import:addresses -- FILE: the gazetteer's rows, all of them or none; --dry-run only checks. */
async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) {
    console.error(USAGE);
    return 2;
  }
  let body: AddressImportBody;
  try {
    body = readFile(file);
  } catch (err) {
    console.error(`Cannot read ${file}: ${(err as Error).message}`);
    return 1;
  }
  return withDatabase(async (database) => {
    const regions = await RegionsService.load(database.db);
    const result = await importAddresses(database.db, (lat, lng) => regions.locate(lat, lng), body, {
      dryRun,
      actorId: null,
    });
    const kinds = Object.entries(result.byKind)
      .map(([kind, n]) => `${n} ${kind}`)
      .join(', ');
    if (result.problems.length > 0) console.error(describeProblems(result.problems));
    console.log(
      `${dryRun ? 'Checked' : 'Imported'} ${file}: ${result.rows} rows (${kinds || 'none valid'}), ` +
        `${result.outsideGrids} outside every grid.`,
    );
    return result.problems.length > 0 ? 1 : 0;
  });
}

await exitWith(main);
