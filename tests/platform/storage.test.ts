import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defineValidatedItem } from '@/components/platform/storage';
import { DEFAULT_SETTINGS, createSettingsStore, settingsItem } from '@/components/state/settings';
import { lang } from '@/components/i18n/index';

describe('validated storage items', () => {
  const item = () =>
    defineValidatedItem('local:test', { schema: z.object({ n: z.number() }), fallback: { n: 0 }, version: 1 });

  it('reads the fallback when nothing, or something invalid, is stored', async () => {
    expect(await item().get()).toEqual({ n: 0 });
    await fakeBrowser.storage.local.set({ test: { n: 'not a number' } });
    expect(await item().get()).toEqual({ n: 0 });
  });

  it('stores valid values and refuses invalid ones', async () => {
    await item().set({ n: 3 });
    expect(await item().get()).toEqual({ n: 3 });
    await expect(item().set({ n: 'x' } as unknown as { n: number })).rejects.toThrow('invalid value under local:test');
  });

  it('tells watchers about new valid values', async () => {
    const seen: unknown[] = [];
    const unwatch = item().watch((v) => seen.push(v));
    await fakeBrowser.storage.local.set({ test: { n: 5 } });
    await fakeBrowser.storage.local.set({ test: 'garbage' });
    unwatch();
    expect(seen).toEqual([{ n: 5 }, { n: 0 }]);
  });
});

describe('settings', () => {
  it('default to the browser’s language and highlighting on', async () => {
    expect(await settingsItem().get()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS).toEqual({ language: null, highlightFields: true });
  });

  it('apply the stored language, and follow changes made in another page', async () => {
    await settingsItem().set({ language: 'de', highlightFields: false });
    const store = createSettingsStore();
    await store.load();
    expect(lang.value).toBe('de');
    expect(store.settings.value.highlightFields).toBe(false);
    await settingsItem().set({ language: 'nl', highlightFields: false });
    await new Promise((done) => setTimeout(done, 0));
    expect(lang.value).toBe('nl');
    store.dispose();
  });

  it('are version 1 (WXT keeps the version beside the value, for future migrations)', async () => {
    await createSettingsStore().update({ language: 'en' });
    const raw = await fakeBrowser.storage.local.get(null);
    expect(raw.settings).toEqual({ language: 'en', highlightFields: true });
    expect(raw.settings$).toEqual({ v: 1 });
  });
});
