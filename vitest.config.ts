import { defineConfig } from 'vitest/config';

const integration = 'server/src/**/*.int.test.ts';
// What only a PostgreSQL server has (several processes, several connections): its project only.
const postgresOnly = 'server/src/**/*.pg.test.ts';
// The city generator writes with PostgreSQL's own functions; its test runs there.
const benchOnPostgres = 'bench/**/*.pg.test.ts';
// Files whose subject is the HTTP layer, or the same SQL on either engine, at a size that costs the
// embedded engine minutes: they run on PostgreSQL only. The embedded engine still runs every other
// integration file (the rollup rules and worker among them), and the e2e suite runs on it whole.
const postgresEnough = [
  'server/src/http/malformed-input.int.test.ts',
  'server/src/http/openapi-document.int.test.ts',
  'server/src/http/https.int.test.ts',
  'server/src/http/same-origin.int.test.ts',
  // 2,500 random events through every route of the loop; rollup-rules and rollup-worker cover the
  // embedded engine's rollups.
  'server/src/modules/stats/rollup/rollup-rebuild.int.test.ts',
];
// Tests read the contract from its source, as the web's bundle does; the built server reads contract/dist.
const resolve = {
  alias: { '@needle/contract': new URL('./contract/src/index.ts', import.meta.url).pathname },
};

// Unit tests run once; integration tests run twice, on embedded PGlite and on a real PostgreSQL server.
export default defineConfig({
  test: {
    // Vitest's default leaves a core idle (one worker on this 2-core machine), while integration files
    // spend much of their time waiting on PostgreSQL: two at once took the run from 24 to 15
    // minutes, and sharing the loaded modules (isolate: false below) to 8.
    maxWorkers: 2,
    projects: [
      {
        resolve,
        test: {
          name: 'unit',
          include: [
            'server/src/**/*.test.ts',
            'scripts/**/*.test.ts',
            'contract/src/**/*.test.ts',
            // The web's plain logic (no DOM): search, outbox states.
            'web/src/**/*.test.ts',
            // The bench's plain logic: the hotspot detector's scoring.
            'bench/**/*.test.ts',
          ],
          exclude: [integration, postgresOnly, benchOnPostgres],
        },
      },
      ...(['pglite', 'postgres'] as const).map((engine) => ({
        resolve,
        test: {
          name: `integration:${engine}`,
          include: engine === 'postgres' ? [integration, postgresOnly, benchOnPostgres] : [integration],
          exclude: engine === 'pglite' ? postgresEnough : [],
          env: { NEEDLE_TEST_DB: engine },
          // Files share a worker's loaded modules instead of importing the whole server again each:
          // each builds its own app on its own database, and no module keeps state between apps.
          isolate: false,
          globalSetup: ['server/src/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      })),
    ],
  },
});
