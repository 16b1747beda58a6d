import { describe, expect, it, vi } from 'vitest';
import { UI_LANGS, languageFor, lang, placeholders, t, tIn, tx } from '@/components/i18n/index';
import { DICTIONARIES } from '@/components/i18n/dictionaries';
import { FACT_VALUES } from '@/rules/index';

describe('the interface dictionaries', () => {
  const fr = DICTIONARIES.fr;
  const reference = Object.keys(fr).sort();

  it.each(UI_LANGS)('%s has exactly the French keys', (language) => {
    const keys = Object.keys(DICTIONARIES[language]).sort();
    expect(keys.filter((k) => !reference.includes(k)), 'extra keys').toEqual([]);
    expect(reference.filter((k) => !keys.includes(k)), 'missing keys').toEqual([]);
  });

  it.each(UI_LANGS)('%s uses the same {placeholders} as French, and no empty text', (language) => {
    for (const key of reference) {
      const text = DICTIONARIES[language][key as keyof typeof fr];
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(text), key).toEqual(placeholders(fr[key as keyof typeof fr]));
    }
  });

  it('names every fact the rules can ask about', () => {
    const facts = [...Object.keys(FACT_VALUES), 'nationality', 'monthsInBelgium', 'documentValidUntil'];
    for (const fact of facts) expect(reference, fact).toContain(`fact_${fact}`);
  });

  it('switches language at run time, for its own strings and the rules’ texts', () => {
    lang.value = 'nl';
    expect(t('newPatient')).toBe('Nieuwe patiënt');
    expect(tx({ fr: 'a', nl: 'b', de: 'c', en: 'd' })).toBe('b');
    lang.value = 'de';
    expect(t('resultCount', { count: 3 })).toBe('3 Dokumente');
    lang.value = 'fr';
    expect(tIn('en', 'noMatch', { query: 'xyz' })).toBe('No document matches “xyz”.');
  });

  it.each([
    ['fr-BE', 'fr'],
    ['nl', 'nl'],
    ['nl-BE', 'nl'],
    ['de-DE', 'de'],
    ['en-GB', 'en'],
    ['es-ES', 'en'],
    ['', 'fr'],
    [undefined, 'fr'],
  ] as const)('browser language %s → %s', (tag, expected) => {
    expect(languageFor(tag)).toBe(expected);
  });
});

describe('loading the dictionaries one language at a time', () => {
  /** A fresh copy of the module: nothing loaded yet (the test setup loads every language into the shared one). */
  async function freshI18n() {
    vi.resetModules();
    return import('@/components/i18n/index');
  }

  it('loads only the language asked for, and shows it once loaded', async () => {
    const i18n = await freshI18n();
    expect(UI_LANGS.filter((l) => i18n.hasDictionary(l))).toEqual([]);
    await i18n.switchLanguage('nl');
    expect(UI_LANGS.filter((l) => i18n.hasDictionary(l))).toEqual(['nl']);
    expect(i18n.lang.value).toBe('nl');
    expect(i18n.t('newPatient')).toBe('Nieuwe patiënt');
  });

  it('keeps showing the current language until the next one has loaded', async () => {
    const i18n = await freshI18n();
    await i18n.switchLanguage('fr');
    const switching = i18n.switchLanguage('de');
    expect(i18n.lang.value).toBe('fr');
    expect(i18n.t('newPatient')).toBe('Nouveau patient');
    await switching;
    expect(i18n.lang.value).toBe('de');
    expect(UI_LANGS.filter((l) => i18n.hasDictionary(l))).toEqual(['fr', 'de']);
  });

  it('loads the first screen’s words alone, then the rest', async () => {
    const i18n = await freshI18n();
    await i18n.switchLanguage('de', 'start');
    expect(i18n.hasDictionary('de', 'start')).toBe(true);
    expect(i18n.hasDictionary('de')).toBe(false);
    expect(i18n.t('searchLabel')).toBe(DICTIONARIES.de.searchLabel);
    expect(i18n.t('copySummary')).toBe('copySummary');
    await i18n.loadDictionary('de');
    expect(i18n.t('copySummary')).toBe(DICTIONARIES.de.copySummary);
  });

  it('lets the last of two overlapping switches win', async () => {
    const i18n = await freshI18n();
    await Promise.all([i18n.switchLanguage('en'), i18n.switchLanguage('nl')]);
    expect(i18n.lang.value).toBe('nl');
  });
});

