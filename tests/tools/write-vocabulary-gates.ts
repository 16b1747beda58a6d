/**
 * `npm run vocabulary-gates`: regenerates components/page/vocabulary-gates.generated.ts from the
 * vocabulary's expressions.
 *
 * The content script tests ~150 large regular expressions against every label it reads; V8
 * compiles each on first use, which cost a HIS page 20-30 ms of main-thread time, and then runs
 * each against every label. For each expression this writes the pieces one of which every match
 * must contain (the first four characters of each literal that literal-gate.ts proves required),
 * so that a label holding none of them is turned away with a few `includes`, and an expression
 * that no label gets past is never compiled. tests/page/vocabulary-gates.test.ts fails when the
 * committed file is out of date (run this after changing the vocabulary), and checks on every
 * fixture page's texts that no gate turns away a text its expression matches.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { literalGate } from '../../components/page/literal-gate';
import { gateKey, PATTERN_SOURCES } from '../../components/page/vocabulary';
// Every module that builds vocabulary expressions, so that PATTERN_SOURCES holds them all.
import '../../components/page/detect-fields';
import '../../components/page/page-session';
import '../../components/page/fill-payer';

export const VOCABULARY_GATES_PATH = resolve(fileURLToPath(import.meta.url), '../../../components/page/vocabulary-gates.generated.ts');

/** How many leading characters of each required literal the gate keeps (shorter literals whole). */
export const PIECE_LENGTH = 4;

/** The gate of each expression source, by its key; throws when two sources would share a key. */
export function vocabularyGates(sources: readonly string[] = PATTERN_SOURCES): Map<string, string> {
  const gates = new Map<string, string>();
  const sourceOf = new Map<string, string>();
  for (const source of sources) {
    const key = gateKey(source);
    const other = sourceOf.get(key);
    if (other !== undefined && other !== source) throw new Error(`two vocabulary expressions share the gate key ${key}: lengthen gateKey's slices`);
    sourceOf.set(key, source);
    const literals = literalGate(source);
    if (!literals) continue;
    const pieces = [...new Set(literals.map((l) => l.slice(0, PIECE_LENGTH)))];
    // A piece that contains another adds nothing: the shorter one is tested anyway.
    const kept = pieces.filter((p) => !pieces.some((q) => q !== p && p.includes(q)));
    gates.set(key, kept.join('|'));
  }
  return gates;
}

export function vocabularyGatesSource(gates: Map<string, string> = vocabularyGates()): string {
  const lines = [...gates].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([key, gate]) => `  ${JSON.stringify(key)}: ${JSON.stringify(gate)},`);
  return [
    '/** Written by `npm run vocabulary-gates` (tests/tools/write-vocabulary-gates.ts); do not edit. */',
    'export const VOCABULARY_GATES: Readonly<Record<string, string>> = {',
    ...lines,
    '};',
    '',
  ].join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const gates = vocabularyGates();
  writeFileSync(VOCABULARY_GATES_PATH, vocabularyGatesSource(gates));
  console.log(`${VOCABULARY_GATES_PATH}: ${gates.size} gates for ${new Set(PATTERN_SOURCES).size} expressions`);
}
