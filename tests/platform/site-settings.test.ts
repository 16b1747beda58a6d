import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { copyManagedPolicy, MANAGED_COPY_KEY, parseManagedPolicy, readManagedPolicy } from '@/components/platform/managed';
import {
  enabledOrigins,
  highlightFrom,
  languageFrom,
  onPageSettingsChange,
  readPageSettings,
  readSiteSettings,
  writeEnabledOrigins,
  writeSiteProfiles,
} from '@/components/platform/site-settings';

const uiLanguage = (tag: string) => vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(tag);

describe('the interface settings, read defensively', () => {
  it.each([
    [undefined, true],
    [null, true],
    ['odd', true],
    [{}, true],
    [{ highlightFields: 'no' }, true],
    [{ highlightFields: true }, true],
    [{ highlightFields: false }, false],
  ])('highlight from %j → %s', (settings, on) => expect(highlightFrom(settings)).toBe(on));

  it.each([
    [{ language: 'nl' }, 'fr-BE', 'nl'],
    [{ language: null }, 'nl-BE', 'nl'],
    [{ language: 'xx' }, 'de-DE', 'de'],
    [undefined, 'es-ES', 'en'],
    [undefined, undefined, 'fr'],
  ] as const)('language from %j and browser %s → %s', (settings, browserLanguage, lang) => expect(languageFrom(settings, browserLanguage)).toBe(lang));
});

describe('readPageSettings (content script)', () => {
  it('defaults: highlight on, the browser language, no profile', async () => {
    uiLanguage('nl-BE');
    await expect(readPageSettings('http://127.0.0.1:8080')).resolves.toEqual({ highlight: true, language: 'nl', profile: undefined });
  });

  it("reads the clerk's settings, its profile, and IT's copied policy (IT's selectors win)", async () => {
    uiLanguage('fr-BE');
    await fakeBrowser.storage.local.set({
      settings: { language: 'de', highlightFields: false },
      siteProfiles: { 'https://his.be': { payer: ['#mine'], commune: ['#c'] } },
      [MANAGED_COPY_KEY]: { siteProfiles: { 'https://his.be': { payer: ['#it'] } } },
    });
    await expect(readPageSettings('https://his.be')).resolves.toEqual({ highlight: false, language: 'de', profile: { payer: ['#it'], commune: ['#c'] } });
  });

  it('ignores stored profiles that break the schema', async () => {
    uiLanguage('fr');
    await fakeBrowser.storage.local.set({ siteProfiles: { 'https://his.be': { payer: 'not a list' } } });
    await expect(readPageSettings('https://his.be')).resolves.toMatchObject({ profile: undefined });
  });

  it("validates its own origin's profile alone: another origin's broken profile does not drop it", async () => {
    uiLanguage('fr');
    await fakeBrowser.storage.local.set({
      siteProfiles: { 'https://his.be': { payer: ['#p'] }, 'https://other.be': { payer: 'not a list' } },
      [MANAGED_COPY_KEY]: { siteProfiles: { 'https://his.be': { passport: ['#typo'] } } },
    });
    await expect(readPageSettings('https://his.be')).resolves.toMatchObject({ profile: { payer: ['#p'] } });
  });

  it('hears changes to what it reads, and only those', async () => {
    const changed = vi.fn();
    onPageSettingsChange(changed);
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    expect(changed).not.toHaveBeenCalled();
    await fakeBrowser.storage.local.set({ settings: { language: null, highlightFields: false } });
    expect(changed).toHaveBeenCalledOnce();
  });
});

describe('site settings (options page, background)', () => {
  it("keeps the clerk's origins and profiles, validated, apart from IT's", async () => {
    await writeEnabledOrigins(['https://his.be', 'https://his.be']);
    await writeSiteProfiles({ 'https://his.be': { payer: ['#p'] } });
    await fakeBrowser.storage.managed.set({ enabledOrigins: ['https://it.be'] });
    const settings = await readSiteSettings();
    expect(settings).toEqual({ localOrigins: ['https://his.be'], managedOrigins: ['https://it.be'], localProfiles: { 'https://his.be': { payer: ['#p'] } }, managedProfiles: {} });
    expect(enabledOrigins(settings)).toEqual(['https://it.be', 'https://his.be']);
    await expect(writeEnabledOrigins(['his.be/path'])).rejects.toThrow();
    await expect(writeSiteProfiles({ 'https://his.be': { nope: ['#p'] } } as never)).rejects.toThrow();
  });
});

describe("IT's policy (managed storage)", () => {
  it('keeps the valid half of a half-valid policy', () => {
    expect(parseManagedPolicy({ enabledOrigins: ['https://his.be'], siteProfiles: { 'https://his.be': { payer: 3 } } })).toEqual({ enabledOrigins: ['https://his.be'] });
    expect(parseManagedPolicy(undefined)).toEqual({});
    expect(parseManagedPolicy({ enabledOrigins: 'https://his.be' })).toEqual({});
  });

  it('reads as no policy when the browser refuses or never answers', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error('Managed storage manifest not found'));
    await expect(readManagedPolicy()).resolves.toEqual({});
    vi.useFakeTimers();
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(new Promise(() => undefined));
    const pending = readManagedPolicy();
    await vi.advanceTimersByTimeAsync(2_000);
    await expect(pending).resolves.toEqual({});
    vi.useRealTimers();
  });

  it('copies the policy for the content script, writing only when it changed', async () => {
    await fakeBrowser.storage.managed.set({ enabledOrigins: ['https://it.be'] });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await copyManagedPolicy();
    await copyManagedPolicy();
    expect(set).toHaveBeenCalledOnce();
    expect((await fakeBrowser.storage.local.get(MANAGED_COPY_KEY))[MANAGED_COPY_KEY]).toEqual({ enabledOrigins: ['https://it.be'] });
  });
});
