/**
 * The vocabulary's gates (components/page/literal-gate.ts, written ahead into
 * vocabulary-gates.generated.ts): the literals a match must contain are proven right on the
 * syntax the vocabulary uses, the committed file is up to date, and on every text of every
 * fixture page no gate turns away a text its expression matches.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { literalGate } from '../../components/page/literal-gate';
import { normalizeText } from '../../components/page/normalize-text';
import { compiledSourcesOf, gateKey, PATTERN_SOURCES, whole, words } from '../../components/page/vocabulary';
import { VOCABULARY_GATES } from '../../components/page/vocabulary-gates.generated';
import { PIECE_LENGTH, vocabularyGates, vocabularyGatesSource, VOCABULARY_GATES_PATH } from '../tools/write-vocabulary-gates';
import { FIXTURES_ROOT } from './load-fixture';

/** The vocabulary's own expressions, before this file builds any of its own. */
const VOCABULARY_SOURCES = [...PATTERN_SOURCES];

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
    expect(readFileSync(VOCABULARY_GATES_PATH, 'utf8')).toBe(vocabularyGatesSource(vocabularyGates(VOCABULARY_SOURCES)));
  });

  it('gate nearly every expression, each under a key of its own', () => {
    const unique = new Set(VOCABULARY_SOURCES);
    const gated = [...unique].filter((source) => VOCABULARY_GATES[gateKey(source)] !== undefined);
    expect(gated.length / unique.size).toBeGreaterThan(0.9);
    expect(vocabularyGates(VOCABULARY_SOURCES).size).toBe(Object.keys(VOCABULARY_GATES).length);
  });

  it(`keep at most ${PIECE_LENGTH} characters of each literal`, () => {
    for (const gate of Object.values(VOCABULARY_GATES)) for (const piece of gate.split('|')) expect(piece.length).toBeLessThanOrEqual(PIECE_LENGTH);
  });
});

/** Every text of every fixture page: text nodes, and the attributes labels come from, normalised. */
const texts = (() => {
  const out = new Set<string>();
  const add = (raw: string) => {
    const t = normalizeText(raw.replace(/&[a-z]+;|&#\d+;/g, ' '));
    if (t && t.length <= 160) out.add(t);
  };
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html')) {
        const html = readFileSync(path, 'utf8');
        for (const m of html.matchAll(/>([^<>]+)</g)) add(m[1]!);
        for (const m of html.matchAll(/\s(?:placeholder|title|aria-label|name|id|value)="([^"]*)"/g)) add(m[1]!.replace(/[_\-.[\]$:]+/g, ' '));
      }
    }
  };
  walk(FIXTURES_ROOT);
  return [...out];
})();

describe('no gate turns away a text its expression matches', () => {

  it('reads thousands of texts', () => {
    expect(texts.length).toBeGreaterThan(3000);
  });

  it('on each of them, for each gated expression', () => {
    const misses: string[] = [];
    for (const source of new Set(VOCABULARY_SOURCES)) {
      const gate = VOCABULARY_GATES[gateKey(source)]?.split('|');
      if (!gate) continue;
      const re = new RegExp(source);
      for (const text of texts) if (re.test(text) && !gate.some((piece) => text.includes(piece))) misses.push(`${source.slice(0, 60)} ← "${text}"`);
    }
    expect(misses).toEqual([]);
  });
});

describe('a long expression compiles only the alternatives a text could match', () => {
  const long = words('nom|prenoms?|naam|voornamen?|naissance|geboorte\\w*|geburt\\w*|birth\\w*|sexe|geslacht|langue|taal|sprache|language|' +
    'date d (entree|admission)|admission|chambre|kamer|zimmer|room|lit|bed|bett|dossier|episode|motif|reden|grund|reason|heure|uur|uhr|time|' +
    'poids|gewicht|weight|taille|lengte|height|compte|rekening|konto|account|montant|bedrag|betrag|amount');

  it('answers as the whole expression', () => {
    expect([long.test('date de naissance'), long.test('numero de chambre'), long.test('nationalite'), long.test('kamernummer')]).toEqual([true, true, false, false]);
  });

  it('compiles a few alternatives for a text, not the whole', () => {
    long.test('date de naissance');
    const compiled = compiledSourcesOf(long);
    expect(compiled.length).toBeGreaterThan(0);
    for (const source of compiled) expect(source.length).toBeLessThan(80);
  });

  it('on every fixture text, each of the vocabulary\'s long expressions answers as its whole source', () => {
    const misses: string[] = [];
    for (const source of new Set(VOCABULARY_SOURCES)) {
      const m = /^(\\b\(\?:|\^\(\?:)([\s\S]*)(\)\\b|\)\$)$/.exec(source);
      if (!m || source.length < 200) continue;
      const split = m[1] === '^(?:' ? whole(m[2]!) : words(m[2]!);
      const re = new RegExp(source);
      for (const text of texts) if (split.test(text) !== re.test(text)) misses.push(`${source.slice(0, 60)} ← "${text}"`);
    }
    expect(misses).toEqual([]);
  });
});

