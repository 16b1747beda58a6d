/**
 * The vocabulary's gates (components/page/literal-gate.ts, written ahead into
 * vocabulary-gates.generated.ts): the literals a match must contain are proven right on the
 * syntax the vocabulary uses, the committed file is up to date, and on every text of every
 * fixture page no gate turns away a text its expression matches.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { literalGate } from '../../components/page/literal-gate';
import { gateKey, PATTERN_SOURCES } from '../../components/page/vocabulary';
import { VOCABULARY_GATES } from '../../components/page/vocabulary-gates.generated';
import { PIECE_LENGTH, vocabularyGates, vocabularyGatesSource, VOCABULARY_GATES_PATH } from '../tools/write-vocabulary-gates';
import { fixtureTexts } from './fixture-texts';

describe('literalGate: the literals every match contains', () => {
  it.each([
    ['\\b(?:cpas|ocmw)\\b', ['cpas', 'ocmw']],
    ['^(?:fund|fund (n|no))$', ['fund', 'fund ']],
    ['\\b(?:mutuelles?|ziekenfonds\\w*)\\b', ['mutuelle', 'ziekenfonds']],
    // an optional character or group ends the run before it; the longest required piece is kept
    ['\\b(?:spp ?is|(te )?verwittigen)\\b', ['spp', 'verwittigen']],
    ['\\b(?:(?<!who )pays(?! (the|for)\\b))\\b', ['pays']],
    ['\\b(?:\\w*aanvraag verstuurd)\\b', ['aanvraag verstuurd']],
    ['\\b(?:(commune|gemeente) (de |van )?(la )?delivrance)\\b', ['delivrance']],
    ['\\b(?:ab{2}c)\\b', ['ab']],
    ['\\b(?:x[a-z]+yz)\\b', ['yz']],
  ])('%s → %j', (source, expected) => {
    expect(literalGate(source)).toEqual(expected);
  });

  it.each([
    // an alternative with no required literal: nothing can be proven
    ['\\b(?:cpas|\\d{3})\\b'],
    ['\\b(?:montant|%)\\b'],
    ['\\b(?:(te )?)\\b'],
    ['(?<name>x)'],
    ['a{'],
  ])('%s → null', (source) => {
    expect(literalGate(source)).toBeNull();
  });
});

describe('the committed gates', () => {
  it('are those the vocabulary gives now (npm run vocabulary-gates after changing it)', () => {
    expect(readFileSync(VOCABULARY_GATES_PATH, 'utf8')).toBe(vocabularyGatesSource());
  });

  it('gate nearly every expression, each under a key of its own', () => {
    const unique = new Set(PATTERN_SOURCES);
    const gated = [...unique].filter((source) => VOCABULARY_GATES[gateKey(source)] !== undefined);
    expect(gated.length / unique.size).toBeGreaterThan(0.9);
    expect(vocabularyGates().size).toBe(Object.keys(VOCABULARY_GATES).length);
  });

  it(`keep at most ${PIECE_LENGTH} characters of each literal`, () => {
    for (const gate of Object.values(VOCABULARY_GATES)) for (const piece of gate.split('|')) expect(piece.length).toBeLessThanOrEqual(PIECE_LENGTH);
  });
});

describe('no gate turns away a text its expression matches', () => {
  const texts = fixtureTexts();

  it('reads thousands of texts', () => {
    expect(texts.length).toBeGreaterThan(3000);
  });

  it('on each of them, for each gated expression', () => {
    const misses: string[] = [];
    for (const source of new Set(PATTERN_SOURCES)) {
      const gate = VOCABULARY_GATES[gateKey(source)]?.split('|');
      if (!gate) continue;
      const re = new RegExp(source);
      for (const text of texts) if (re.test(text) && !gate.some((piece) => text.includes(piece))) misses.push(`${source.slice(0, 60)} ← "${text}"`);
    }
    expect(misses).toEqual([]);
  });
});
