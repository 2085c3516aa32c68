import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.e2e.ts'],
    environment: 'node',
    // One server for the whole run: a fresh embedded database costs seconds to create and seed.
    globalSetup: ['./harness/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
