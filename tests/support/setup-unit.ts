/** Runs before every unit-test file (vitest.config.ts). */
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { UI_LANGS, loadDictionary } from '@/components/i18n/index';

// The extension loads one interface dictionary at a time (components/i18n/index.ts); tests
// switch language freely, so every one is here before they start (tests/ui/i18n.test.ts
// checks the one-at-a-time loading on a fresh module).
await Promise.all(UI_LANGS.map((language) => loadDictionary(language)));

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
