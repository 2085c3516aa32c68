import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.e2e.ts'],
    environment: 'node',
    // One server for the whole run: a fresh embedded database costs seconds to create and seed.
    globalSetup: ['./harness/global-setup.ts'],
    testTimeout: 60_000,
    // A page is judged by what it ends up showing; the first load of a fresh browser context on a busy
    // 2-core machine (the server's background jobs included) may take more than the default second; a service worker taking over a page, more than five.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 90_000,
  },
});
