/** Runs before every unit-test file (vitest.config.ts). */
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

beforeEach(() => {
  fakeBrowser.reset();
  // Real browsers set runtime.lastError only inside the callback of a failed call; the fake
  // browser always has one (with an empty message).
  (fakeBrowser.runtime as { lastError?: unknown }).lastError = undefined;
});

afterEach(async () => {
  vi.restoreAllMocks();
  // Component tests (happy-dom) unmount what they rendered; node tests have no document.
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/preact');
    cleanup();
  }
});
