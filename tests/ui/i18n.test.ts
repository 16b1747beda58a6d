import { describe, expect, it } from 'vitest';
import { DICTIONARIES, UI_LANGS, languageFor, lang, placeholders, t, tIn, tx } from '@/components/i18n/index';
import { fr } from '@/components/i18n/fr';
import { FACT_VALUES } from '@/rules/index';

describe('the interface dictionaries', () => {
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
