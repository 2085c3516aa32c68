/**
 * `npm run gen:city -- --districts 16 --streets 152 --cases 1000000`: writes a Beijing-like city into the
 * PostgreSQL database at DATABASE_URL (migrated first), with a progress bar. See city/generate-city.ts.
 *
 * Options (defaults in brackets): --districts [16], --streets [152] in all or --streets-per-district,
 * --communities-per-street [21], --grids-per-community [3], --cases [1000000], --days [365],
 * --patrol-days [7] (patrols carry their tracks, a few kilobytes each: about 60 MB a day for 10,000 grids),
 * --plant-hotspots [0]: known growing clusters, recurrences and repeated callers to plant (city/plant-hotspots.ts),
 * their truth written to --truth [bench/results/hotspots-truth.json].
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openDatabase } from '../server/src/db/open-database.js';
import { seedCategories } from '../server/src/modules/categories/categories.service.js';
import { generateCity } from './city/generate-city.js';

const { values } = parseArgs({
  options: {
    districts: { type: 'string', default: '16' },
    streets: { type: 'string' },
    'streets-per-district': { type: 'string' },
    'communities-per-street': { type: 'string', default: '21' },
    'grids-per-community': { type: 'string', default: '3' },
    cases: { type: 'string', default: '1000000' },
    days: { type: 'string', default: '365' },
    'patrol-days': { type: 'string', default: '7' },
    'plant-hotspots': { type: 'string', default: '0' },
    truth: { type: 'string' },
  },
});

function whole(name: string, text: string | undefined, min: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min) {
    console.error(`--${name} must be a whole number of at least ${min} (got ${text})`);
    process.exit(2);
  }
  return n;
}

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('Set DATABASE_URL to the PostgreSQL database to write the city into (it is migrated first).');
  process.exit(2);
}
const districts = whole('districts', values.districts, 1);
const streets = values['streets-per-district']
  ? districts * whole('streets-per-district', values['streets-per-district'], 1)
  : whole('streets', values.streets ?? '152', districts);
const shape = {
  districts,
  streets,
  communitiesPerStreet: whole('communities-per-street', values['communities-per-street'], 1),
  gridsPerCommunity: whole('grids-per-community', values['grids-per-community'], 1),
  cases: whole('cases', values.cases, 1),
  days: whole('days', values.days, 1),
  patrolDays: whole('patrol-days', values['patrol-days'], 0),
  plantHotspots: whole('plant-hotspots', values['plant-hotspots'], 0),
};
const truthFile =
  values.truth ?? path.join(path.dirname(fileURLToPath(import.meta.url)), 'results', 'hotspots-truth.json');

const started = Date.now();
function bar(step: string, done: number, total: number) {
  const width = 30;
  const filled = Math.round((width * done) / Math.max(total, 1));
  const line = `${step.padEnd(8)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done.toLocaleString()} / ${total.toLocaleString()}  ${Math.round((Date.now() - started) / 1000)} s`;
  process.stderr.write(process.stderr.isTTY ? `\r${line}` : `${line}\n`);
  if (done >= total && process.stderr.isTTY) process.stderr.write('\n');
}

const database = await openDatabase({ kind: 'postgres', url });
const client = new pg.Client({ connectionString: url });
await client.connect();
try {
  await seedCategories(database.db);
  const city = await generateCity(client, database.db, { ...shape, now: new Date(), onProgress: bar });
  console.log(
    `Generated ${city.regions.toLocaleString()} regions (${city.grids.toLocaleString()} grids), ${city.departments} departments, ${city.cases.toLocaleString()} cases and ${city.events.toLocaleString()} case events, ${city.whistleOrders.toLocaleString()} whistle orders and ${city.patrols.toLocaleString()} patrols in ${Math.round((Date.now() - started) / 1000)} s`,
  );
  console.log('Rollup rows:', city.cutRows);
  if (city.truth) {
    mkdirSync(path.dirname(truthFile), { recursive: true });
    writeFileSync(truthFile, `${JSON.stringify(city.truth, null, 2)}\n`);
    console.log(
      `Planted ${city.truth.clusters.length} growing clusters, ${city.truth.recurrences.length} recurrences and ${city.truth.repeatCallers.length} repeated callers: ${truthFile}`,
    );
  }
  console.log(
    'Seconds per step:',
    Object.fromEntries(Object.entries(city.ms).map(([k, v]) => [k, Math.round(v / 100) / 10])),
  );
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  await client.end();
  await database.close();
}
