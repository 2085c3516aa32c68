import { loadConfig } from '../config.js';
import { databaseTargetOf, openDatabase } from '../db/open-database.js';
import { rebuildKpis } from '../modules/stats/rollup/rebuild.js';

/** npm run kpi:rebuild: recompute every KPI rollup from the case and whistle event logs. */
const config = loadConfig();
const database = await openDatabase(databaseTargetOf(config));
try {
  const started = Date.now();
  const { events, rows, cases } = await rebuildKpis(database.db);
  console.log(
    `Rebuilt the KPI rollups from ${events} events: ${rows} rows for ${cases} cases in ${Date.now() - started} ms.`,
  );
} catch (err) {
  console.error(`Could not rebuild the KPI rollups: ${(err as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
