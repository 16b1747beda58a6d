/**
 * An out-of-sample measurement, shared by the held-out sets (content-held-out.test.ts): the
 * built content script in a real Chromium on pages written without looking at the detection
 * code or its vocabulary, served over http://127.0.0.1 with a strict CSP and scored exactly as
 * content-precision.test.ts scores our HIS fixtures (score.ts, `data-payer-check-field`).
 *
 * It REPORTS precision and recall per page and in total (console and
 * test-results/<name>.json) and does not fail on them: these pages measure how the detection
 * generalises, they are not a target to tune on. It still fails on real errors: a page error
 * or console error, a control moved or changed by the highlighting, a page where the content
 * script never gets ready.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fixturePages } from '../page/load-fixture';
import { MIN_PRECISION, MIN_RECALL, totals } from '../page/score';
import { measurePage, useFixtureSession, type Scored } from './fixture-session';

export interface HeldOutSet {
  /** The folder of pages (tests/fixtures/unseen…). */
  readonly dir: string;
  /** The result file's name in test-results/, without .json. */
  readonly resultName: string;
  /** How the set is named in the console and the test names. */
  readonly title: string;
}

/** Defines the measurement of one held-out set; call it at the top level of a test file. */
export function measureHeldOutSet({ dir, resultName, title }: HeldOutSet): void {
  const session = useFixtureSession(dir);
  const scores = new Map<string, Scored>();
  const pages = fixturePages(dir);

  const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

  afterAll(() => {
    if (!scores.size) return;
    const byPage = Object.fromEntries(
      [...scores].map(([name, s]) => [
        name,
        { precision: ratio(s.tp, s.tp + s.fp), recall: ratio(s.tp, s.tp + s.fn), tp: s.tp, fp: s.fp, fn: s.fn, controls: s.controls, mistakes: s.mistakes },
      ]),
    );
    const all = totals([...scores.values()]);
    const resultsDir = resolve(import.meta.dirname, '../../test-results');
    mkdirSync(resultsDir, { recursive: true });
    writeFileSync(
      resolve(resultsDir, `${resultName}.json`),
      `${JSON.stringify({ thresholds: { precision: MIN_PRECISION, recall: MIN_RECALL }, meetsThresholds: all.precision >= MIN_PRECISION && all.recall >= MIN_RECALL, totals: all, pages: byPage }, null, 2)}\n`,
    );
    const lines = [...scores].map(
      ([name, s]) => `  ${name.padEnd(40)} precision ${ratio(s.tp, s.tp + s.fp).toFixed(3)}  recall ${ratio(s.tp, s.tp + s.fn).toFixed(3)}  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn}, controls ${s.controls})`,
    );
    console.info(
      `${title} (held out, not a gate; bar is precision ≥ ${MIN_PRECISION}, recall ≥ ${MIN_RECALL}):\n${lines.join('\n')}\n` +
        `  TOTAL precision ${all.precision.toFixed(4)}, recall ${all.recall.toFixed(4)} (tp ${all.tp}, fp ${all.fp}, fn ${all.fn}, controls ${all.controls})`,
    );
  });

  describe(`${title} (real Chromium, strict CSP): measured, not gated`, () => {
    it('has pages to measure', () => {
      expect(pages.length).toBeGreaterThan(0);
    });

    it.each(pages)('%s: measured; moves and changes nothing, throws nothing', async (name) => {
      const { tab, errors, referenceErrors, score, moved } = await measurePage(session(), name);
      expect(referenceErrors, 'the page itself reports errors without the extension').toEqual([]);
      scores.set(name, score);
      expect(score.controls, 'no scored control found: the page did not render').toBeGreaterThan(0);
      expect(moved, 'highlighting moved or changed a control').toEqual([]);
      expect(errors).toEqual([]);
      await tab.close();
    });
  });
}
