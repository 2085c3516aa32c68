import type { Db } from '../../db/database.js';
import type { DemoDivision } from '../regions/demo-city/demo-division.js';
import type { generateDemoCity } from '../regions/demo-city/generate-demo-city.js';
import type { RegionsService } from '../regions/regions.service.js';
import { generateDemoGazetteer } from './demo-gazetteer.js';
import { importAddresses } from './import-addresses.js';

/** Imports the demo city's gazetteer through the same path as a city's file; returns how many entries. */
export async function seedDemoGazetteer(
  db: Db,
  regions: RegionsService,
  division: DemoDivision,
  drawn: ReturnType<typeof generateDemoCity>,
): Promise<number> {
  const result = await importAddresses(
    db,
    (lat, lng) => regions.locate(lat, lng),
    generateDemoGazetteer(division, drawn),
    { dryRun: false, actorId: null },
  );
  return result.rows;
}
