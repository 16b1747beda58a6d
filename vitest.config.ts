import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Unit and component tests. `WxtVitest()` replaces `wxt/browser` with WXT's in-memory fake
 * browser. Node is the default environment; a component test starts with
 * `// @vitest-environment happy-dom`. The end-to-end tests have their own config
 * (vitest.e2e.config.ts) and need a build first.
 */
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/support/setup-unit.ts'],
    // A guard against hangs, not a speed check (speed is `npm run bench`): vitest's 5 s default
    // fails happy-dom tests that build large pages when the 2 cores are shared with other work.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
