import { describe, expect, it } from 'vitest';
import { countries, countryGroupKey, countryName, searchCountries } from '@/components/ui/countries';

describe('countries for the nationality question', () => {
  it.each([
    ['FR', 'eu'],
    ['BE', 'eu'],
    ['NO', 'eu'],
    ['CH', 'swiss'],
    ['GB', 'uk'],
    ['MA', 'treaty'],
    ['TR', 'treaty'],
    ['US', 'other'],
    ['SY', 'other'],
  ] as const)('%s is in group %s', (code, group) => {
    expect(countryGroupKey(code)).toBe(group);
  });

  it('names countries in the interface language with Intl.DisplayNames', () => {
    expect(countryName('MA', 'fr')).toBe('Maroc');
    expect(countryName('MA', 'nl')).toBe('Marokko');
    expect(countryName('DE', 'de')).toBe('Deutschland');
    expect(countryName('CD', 'en')).toMatch(/Congo/);
  });

  it('sorts by name in the language and lists each code once', () => {
    const list = countries('fr');
    const codes = list.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.length).toBeGreaterThan(230);
    expect(list[0]!.name).toBe('Afghanistan');
  });

  it('finds a country by its code or its name in any of the four languages', () => {
    expect(searchCountries('ma', 'fr')[0]!.countries[0]!.code).toBe('MA');
    expect(searchCountries('Marokko', 'fr').flatMap((g) => g.countries.map((c) => c.code))).toEqual(['MA']);
    expect(searchCountries('pologne', 'en')[0]!.countries[0]!.code).toBe('PL');
    expect(searchCountries('suisse', 'nl')[0]).toMatchObject({ group: 'swiss' });
  });

  it('groups an empty search as the rules tell countries apart', () => {
    expect(searchCountries('', 'en').map((g) => g.group)).toEqual(['eu', 'swiss', 'uk', 'treaty', 'other']);
  });
});
