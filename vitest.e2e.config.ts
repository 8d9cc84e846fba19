import { defineConfig } from 'vitest/config';

/**
 * The browser tests (`npm run test:e2e`): the built site in dist/, served in-process with the production headers
 * (tests/e2e/global-setup.ts), driven in Debian's Chromium through playwright-core. Files run one after another:
 * the machine has two cores, and each file starts its own browser.
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    // Tests marked concurrent run two at a time: each waits on the browser most of the time.
    maxConcurrency: 2,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    reporters: ['default'],
  },
});
