import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the built extension (`.output/`) in a real Chromium, driven by
 * playwright-core, and in Firefox ESR over WebDriver BiDi (firefox.test.ts). Run after
 * `wxt build` and `wxt build -b firefox`; `npm test` does all. One file at a time: each
 * starts its own browser.
 */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
});
