import { defineConfig } from 'vitest/config';

const integration = 'server/src/**/*.int.test.ts';

// Unit tests run once; integration tests run twice, on embedded PGlite and on a real PostgreSQL server.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['server/src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: [integration],
        },
      },
      ...(['pglite', 'postgres'] as const).map((engine) => ({
        test: {
          name: `integration:${engine}`,
          include: [integration],
          env: { NEEDLE_TEST_DB: engine },
          globalSetup: ['server/src/test/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      })),
    ],
  },
});
