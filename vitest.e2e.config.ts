import { defineConfig } from 'vitest/config';

// Browser tests: a real server (PGlite, demo data) driven through Debian's Chromium with playwright-core.
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    passWithNoTests: true,
  },
});
