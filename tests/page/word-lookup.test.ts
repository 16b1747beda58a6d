/**
 * The vocabulary's plain words looked up instead of compiled (components/page/word-lookup.ts):
 * the split of an alternation, the lookup's answers on the cases that decide exactness, and, on
 * every text of every fixture page, the same answer as the expression it stands for.
 */
import { describe, expect, it } from 'vitest';
import { PATTERN_SOURCES, whole, words } from '../../components/page/vocabulary';
import { hasPhrase, isPhrase, phrasesOf, plainWords, topLevelAlternatives, wordLookup } from '../../components/page/word-lookup';
import '../../components/page/detect-fields';
import '../../components/page/page-session';
import { fixtureTexts } from './fixture-texts';

describe('wordLookup: which alternatives are looked up and which are left to an expression', () => {
  it('splits at the top level only, past groups, classes and escapes', () => {
    expect(topLevelAlternatives('a|b(c|d)|[|]|e\\|f|g')).toEqual(['a', 'b(c|d)', '[|]', 'e\\|f', 'g']);
  });

  it('looks up plain words and phrases, their variants, an open end; leaves the rest', () => {
    const lookup = wordLookup('cpas|organisme assureur|mutuelles?|ziekenfonds\\w*|third party\\w*|n ?r|(?<!who )pays|\\d+ bis');
    expect([...lookup.byFirstWord.keys()].sort()).toEqual(['cpas', 'mutuelle', 'mutuelles', 'n', 'nr', 'organisme', 'third']);
    expect(lookup.prefixes).toEqual(['ziekenfonds']);
    expect(lookup.rest).toBe('(?<!who )pays|\\d+ bis');
  });

  it.each([
    ['mutualites?', ['mutualites', 'mutualite'], false],
    ['date d (expiration|echeance)', ['date d expiration', 'date d echeance'], false],
    ['(date )?(de )?fin de (validite|valabilite)', ['date de fin de validite', 'date de fin de valabilite', 'date fin de validite', 'date fin de valabilite', 'de fin de validite', 'de fin de valabilite', 'fin de validite', 'fin de valabilite'], false],
    ['e ?mail', ['e mail', 'email'], false],
    ['national regist(er|ry)( number)?', ['national register number', 'national register', 'national registry number', 'national registry'], false],
    ['(?:krankenhaus ?)?zusatz\\w*', ['krankenhaus zusatz', 'krankenhauszusatz', 'zusatz'], true],
  ])('%s stands for %j', (alternative, phrases, open) => {
    expect(phrasesOf(alternative)).toEqual({ phrases, open });
  });

  it.each([
    ['(?<!who )pays'], // a lookaround
    ['\\d+ bis'], // a class
    ['date.*fin'], // any text between
    ['valable? jusqu (au|a)?'], // "valable jusqu " would end in a space: not a phrase
    ['a(b|c)(d|e)(f|g)(h|i)(j|k)(l|m)(n|o)'], // 128 phrases: more than is worth it
    ['abc+'],
    ['a(?<name>b)'],
  ])('%s is left to an expression', (alternative) => {
    expect(phrasesOf(alternative)).toBeNull();
  });
});

describe('the lookup answers as `\\b(?:…)\\b` and `^(?:…)$` do on plain text', () => {
  const lookup = wordLookup('cpas|organisme assureur|mutuelles?|ziekenfonds\\w*|third party\\w*');
  const has = (text: string) => hasPhrase(lookup, plainWords(text)!);
  const is = (text: string) => isPhrase(lookup, plainWords(text)!);

  it.each([
    ['cpas', true],
    ['nom du cpas', true],
    ['cpas2', false], // a digit continues the word: no word boundary
    ['ocpas', false],
    ['organisme assureur', true],
    ['organisme de l assureur', false], // a phrase's words follow each other
    ['organisme', false],
    ['mutuelle', true],
    ['les mutuelles belges', true],
    ['mutuellesx', false],
    ['ziekenfondsnummer', true], // an open end: the word starts so
    ['oziekenfonds', false],
    ['third partypayer', true],
    ['third', false],
  ])('words: %s → %s', (text, expected) => {
    expect(has(text)).toBe(expected);
    expect(new RegExp('\\b(?:cpas|organisme assureur|mutuelles?|ziekenfonds\\w*|third party\\w*)\\b').test(text)).toBe(expected);
  });

  it.each([
    ['cpas', true],
    ['cpas x', false],
    ['organisme assureur', true],
    ['organisme assureur x', false],
    ['ziekenfondsen', true],
    ['ziekenfonds nr', false],
  ])('whole: %s → %s', (text, expected) => {
    expect(is(text)).toBe(expected);
  });

  it('reads only plain text: lower-case letters, digits and single spaces', () => {
    expect(plainWords('carte f')).toEqual(['carte', 'f']);
    for (const text of ['carte f+', 'Cpas', 'cpas ', ' cpas', 'cpas  x', 'cpas:', '']) expect(plainWords(text)).toBeNull();
  });

  it('leaves text that is not plain to the whole expression (the "+" ends a word there)', () => {
    const f = words('f|carte f');
    expect(f.test('carte f+')).toBe(true);
    expect(f.test('F')).toBe(false);
    expect(whole('f').test('f+')).toBe(false);
  });
});

/** The body if it is one alternation (its groups close inside it), as words() and whole() build them. */
function alternationBody(body: string | undefined): string | undefined {
  if (body === undefined) return undefined;
  let depth = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') i++;
    else if (body[i] === '(') depth++;
    else if (body[i] === ')' && --depth < 0) return undefined;
  }
  return body;
}

describe('on every text of every fixture page, the same answer as the expression', () => {
  // Each expression rebuilt through words() / whole() (its lookups and its rest), against the
  // expression compiled whole; raw texts (upper case, punctuation) take the fallback.
  const texts = fixtureTexts({ raw: true });
  const sources = [...new Set(PATTERN_SOURCES)];

  it('covers the vocabulary and thousands of texts', () => {
    expect(sources.length).toBeGreaterThan(150);
    expect(texts.length).toBeGreaterThan(5000);
  });

  it('for each expression built from words', () => {
    const differences: string[] = [];
    let rebuilt = 0;
    for (const source of sources) {
      const wordsBody = alternationBody(/^\\b\(\?:([\s\S]*)\)\\b$/.exec(source)?.[1]);
      const wholeBody = alternationBody(/^\^\(\?:([\s\S]*)\)\$$/.exec(source)?.[1]);
      const pattern = wordsBody !== undefined ? words(wordsBody) : wholeBody !== undefined ? whole(wholeBody) : null;
      if (!pattern) continue;
      rebuilt++;
      const re = new RegExp(source);
      for (const text of texts) if (pattern.test(text) !== re.test(text)) differences.push(`${source.slice(0, 60)} on "${text}"`);
    }
    expect(rebuilt).toBeGreaterThan(150);
    expect(differences).toEqual([]);
  });
});
