// @vitest-environment happy-dom
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { alternationPrefixes, wholePrefilter, wordsPrefilter } from '../../components/page/prefilter';

type Vocabulary = typeof import('../../components/page/vocabulary');

/** Every module that makes vocabulary patterns, loaded fresh (no pattern compiled yet). */
async function freshVocabulary(): Promise<{ vocabulary: Vocabulary; classifyText: typeof import('../../components/page/classify-text').classifyText }> {
  vi.resetModules();
  const vocabulary = await import('../../components/page/vocabulary');
  const { classifyText } = await import('../../components/page/classify-text');
  await import('../../components/page/detect-fields');
  await import('../../components/page/fill-payer');
  await import('../../components/page/classify-options');
  return { vocabulary, classifyText };
}

describe('prefixes of an alternation', () => {
  it.each([
    ['mere|pere', ['me', 'pe']],
    ['epou(x|se)', ['ep']],
    ['conjointe?', ['co']],
    ['n|no|nr', ['n', 'no', 'nr']],
    ['(?:n|no) bis', ['n ', 'no']],
    ['e ?mail', ['e ', 'em']],
    ['co ?pay\\w*', ['co']],
    ['a\\w*b', ['a']],
    ['(a\\w*)b', ['a']],
    ['(ab)?c', ['ab', 'c']],
    ['x(ab)+', ['xa']],
    ['\\.net', ['.n']],
  ])('%s → %j', (source, prefixes) => expect([...alternationPrefixes(source)!].sort()).toEqual([...prefixes].sort()));

  it.each(['\\w+x', '[ab]c', 'a|\\d', 'a{2}', '(?<=a)b', 'a?', '.x'])('%s: unknown, no prefilter', (source) =>
    expect(alternationPrefixes(source)).toBeNull(),
  );

  it('a words pattern matches only where a word begins with one of its prefixes', () => {
    const f = wordsPrefilter('mere|pere')!;
    expect(f.mayMatch('nom de la mere')).toBe(true);
    expect(f.mayMatch('merel')).toBe(true); // may match: the expression decides
    expect(f.mayMatch('commere')).toBe(false);
    expect(f.mayMatch('nationalite')).toBe(false);
    expect(wordsPrefilter('%|eur')).toBeNull(); // "%" begins no word: always run
    const w = wholePrefilter('numero|nr')!;
    expect(w.mayMatch('nr')).toBe(true);
    expect(w.mayMatch('le numero')).toBe(false);
  });
});

/** Texts of every fixture page (tags, attribute values, words), normalised as labels are. */
function fixtureTexts(normalize: (s: string) => string): string[] {
  const root = join(import.meta.dirname, '..', 'fixtures');
  const texts = new Set<string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(html|js)$/.test(name)) {
        const html = readFileSync(path, 'utf8');
        for (const m of html.matchAll(/>([^<>]+)</g)) texts.add(m[1]!);
        for (const m of html.matchAll(/="([^"]*)"/g)) texts.add(m[1]!);
        for (const m of html.matchAll(/'([^'\n]*)'/g)) texts.add(m[1]!);
      }
    }
  };
  walk(root);
  const out = new Set<string>();
  for (const t of texts) {
    out.add(t);
    out.add(normalize(t));
  }
  return [...out];
}

describe('the vocabulary with its prefilter', () => {
  it('compiles only the few expressions a label may match (fails without the prefilter)', async () => {
    const { vocabulary, classifyText } = await freshVocabulary();
    const patterns = vocabulary.vocabularyPatterns();
    expect(patterns.length).toBeGreaterThan(120);
    expect(patterns.filter((p) => p.hasPrefilter).length / patterns.length).toBeGreaterThan(0.9);
    expect(classifyText('Nationalité').kind).toBe('nationality');
    expect(classifyText('Chambre').kind).toBeUndefined();
    expect(classifyText('Mutualité').kind).toBe('insurer');
    const compiled = patterns.filter((p) => p.isCompiled).length;
    console.info(`${patterns.filter((p) => p.hasPrefilter).length} of ${patterns.length} patterns prefiltered; ${compiled} compiled after three labels`);
    expect(compiled).toBeLessThan(patterns.length * 0.25);
  });

  it('answers exactly as the expressions do, on every fixture text', async () => {
    const { vocabulary } = await freshVocabulary();
    const { normalizeText, identifierWords } = await import('../../components/page/normalize-text');
    const texts = fixtureTexts(normalizeText);
    for (const t of [...texts]) texts.push(identifierWords(t));
    expect(texts.length).toBeGreaterThan(2000);
    let matches = 0;
    for (const pattern of vocabulary.vocabularyPatterns()) {
      const re = pattern.regExp();
      for (const text of texts) {
        const expected = re.test(text);
        if (expected) matches++;
        if (pattern.test(text) !== expected) throw new Error(`${pattern.pattern} on ${JSON.stringify(text)}: prefilter says ${!expected}`);
      }
    }
    expect(matches).toBeGreaterThan(1000); // the corpus does exercise the expressions
  });

  it('answers exactly as the expressions do, on texts made of the vocabulary’s own fragments', async () => {
    const { vocabulary } = await freshVocabulary();
    const patterns = vocabulary.vocabularyPatterns();
    const fragments = [...new Set(patterns.flatMap((p) => p.pattern.match(/[a-z0-9+%]+/g) ?? []))];
    const piece = fc.oneof(fc.constantFrom(...fragments), fc.constantFrom(' ', '', '-', "'", '+', 'x', '1', 'S', '_', 'é'));
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), (parts) => {
        const text = parts.join(parts.length % 2 ? ' ' : '');
        for (const pattern of patterns) if (pattern.test(text) !== pattern.regExp().test(text)) return false;
        return true;
      }),
      { numRuns: 3000 },
    );
  });
});
