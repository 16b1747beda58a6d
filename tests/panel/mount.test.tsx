// @vitest-environment happy-dom
/**
 * The side panel starts in two steps (components/panel/mount.tsx): the document search in the
 * clerk's language first, then the rest of the panel (the rules engine…) from a dynamic import.
 */
import { screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { mountSidePanel, FIRST_RENDER_MARK, PARTS_READY_MARK } from '@/components/panel/mount';
import type { PanelParts } from '@/components/panel/context';
import * as deferred from '@/components/panel/deferred';
import { LANGUAGE_MIRROR_KEY, readMirroredLanguage, readStoredLanguage } from '@/components/platform/start-settings';
import { lang } from '@/components/i18n/index';

let root: HTMLElement | undefined;
afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  lang.value = 'fr';
});

function later<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe('mounting the side panel', () => {
  it('renders the search in the stored language before the rest of the panel, then plugs the rest in', async () => {
    root = document.body.appendChild(document.createElement('div'));
    const parts = later<PanelParts>();
    const mounted = mountSidePanel(root, Promise.resolve('nl'), () => parts.promise);
    await waitFor(() => expect(performance.getEntriesByName(FIRST_RENDER_MARK).length).toBeGreaterThan(0));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Payer Check');
    expect(screen.getByRole('combobox', { name: 'Verblijfsdocument' })).toBeTruthy();
    expect(lang.value).toBe('nl');

    parts.resolve(deferred);
    await mounted;
    // The footer's words are not in the first screen's part: it comes with the rest.
    await waitFor(() => expect(document.querySelector('.pc-footer')?.textContent).toMatch(/Alt\+Shift\+N/));
    expect(document.querySelector('.pc-footer')?.textContent).not.toContain('shortcutsHint');
    expect(performance.getEntriesByName(PARTS_READY_MARK).length).toBeGreaterThan(0);
    // The engine is in: the contacts (from the rules) are shown.
    expect(document.querySelector('.pc-panel')?.textContent).toContain('Fedasil');
  });
});

describe('the language read before the first render', () => {
  it('is the stored one when it is one of ours, else none', async () => {
    expect(await readStoredLanguage()).toBeNull();
    await fakeBrowser.storage.local.set({ settings: { language: 'de', highlightFields: true } });
    expect(await readStoredLanguage()).toBe('de');
    await fakeBrowser.storage.local.set({ settings: { language: 'es' } });
    expect(await readStoredLanguage()).toBeNull();
    await fakeBrowser.storage.local.set({ settings: 'garbage' });
    expect(await readStoredLanguage()).toBeNull();
  });

  it('reads where the settings store writes', async () => {
    const { createSettingsStore } = await import('@/components/state/settings');
    await createSettingsStore().update({ language: 'en' });
    expect(await readStoredLanguage()).toBe('en');
  });

  it('is mirrored in localStorage by the settings store, so that the next start reads it at once', async () => {
    localStorage.removeItem(LANGUAGE_MIRROR_KEY);
    expect(readMirroredLanguage()).toBeUndefined();
    const { createSettingsStore } = await import('@/components/state/settings');
    const store = createSettingsStore();
    await store.update({ language: 'nl' });
    expect(readMirroredLanguage()).toBe('nl');
    await store.update({ language: null });
    // null: the clerk chose none, the browser's language is used (not "unknown, read the storage").
    expect(readMirroredLanguage()).toBeNull();
    // A setting changed elsewhere (the options page) reaches the mirror through the store's watch.
    await store.load();
    await fakeBrowser.storage.local.set({ settings: { language: 'de', highlightFields: true } });
    await waitFor(() => expect(readMirroredLanguage()).toBe('de'));
    store.dispose();
    localStorage.setItem(LANGUAGE_MIRROR_KEY, 'es');
    expect(readMirroredLanguage()).toBeUndefined();
    localStorage.removeItem(LANGUAGE_MIRROR_KEY);
  });
});


describe('the start language', () => {
  it('comes from the mirror when there is one, without waiting for the storage', async () => {
    const { vi } = await import('vitest');
    localStorage.setItem(LANGUAGE_MIRROR_KEY, 'de');
    await fakeBrowser.storage.local.set({ settings: { language: 'nl', highlightFields: true } });
    vi.resetModules();
    const { startLanguage } = await import('@/components/panel/start-language');
    expect(await startLanguage).toBe('de');
    localStorage.removeItem(LANGUAGE_MIRROR_KEY);
    vi.resetModules();
    const again = await import('@/components/panel/start-language');
    // No mirror (the panel's first start): the stored setting.
    expect(await again.startLanguage).toBe('nl');
  });
});
