/**
 * An out-of-sample measurement, shared by the held-out sets (content-unseen*.test.ts): the
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
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_RESOLVER_ARGS, startFixtureServer, type FixtureServer } from '../page/fixture-server';
import { testToolsScript, waitForFixture, waitForMarksToSettle, type TestTools } from '../page/in-chromium';
import { fixturePages } from '../page/load-fixture';
import { compareSnapshots, type ControlSnapshot } from '../page/snapshot';
import { MIN_PRECISION, MIN_RECALL, totals } from '../page/score';
import { findChrome } from '../support/find-chrome';
import { launchWithExtension, type ExtensionBrowser } from '../support/launch-extension';
import { collectErrors } from '../support/page-errors';

declare const __payerCheckTest: TestTools;

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
  let server: FixtureServer;
  let ext: ExtensionBrowser;
  let tools: string;
  interface Scored {
    readonly tp: number;
    readonly fp: number;
    readonly fn: number;
    readonly controls: number;
    readonly mistakes: { where: string; expected: string | null; detected: string | null }[];
  }
  const scores = new Map<string, Scored>();
  const pages = fixturePages(dir);

  const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

  beforeAll(async () => {
    const chromePath = findChrome();
    [server, tools] = await Promise.all([startFixtureServer({ dir }), testToolsScript()]);
    ext = await launchWithExtension({ chromePath, headless: true, args: HOST_RESOLVER_ARGS });
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
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

  async function open(url: string): Promise<{ tab: Page; errors: string[] }> {
    const tab = await ext.context.newPage();
    const errors = collectErrors(tab);
    await tab.goto(url);
    await waitForFixture(tab);
    await tab.evaluate(tools);
    return { tab, errors };
  }

  const snapshot = (tab: Page): Promise<ControlSnapshot[]> => tab.evaluate(() => __payerCheckTest.snapshotControls(document));

  describe(`${title} (real Chromium, strict CSP): measured, not gated`, () => {
    it('has pages to measure', () => {
      expect(pages.length).toBeGreaterThan(0);
    });

    it.each(pages)('%s: measured; moves and changes nothing, throws nothing', async (name) => {
      // The reference: the same page where the content script does not run.
      const reference = await open(server.referenceUrl(`/${name}`));
      await reference.tab.waitForTimeout(300);
      const before = await snapshot(reference.tab);
      expect(reference.errors, 'the page itself reports errors without the extension').toEqual([]);
      await reference.tab.close();

      const { tab, errors } = await open(server.url(`/${name}`));
      await tab.waitForSelector('html[data-payer-check="ready"]', { state: 'attached', timeout: 10_000 });
      await waitForMarksToSettle(tab);
      const score = await tab.evaluate(() => {
        const s = __payerCheckTest.scorePage(document);
        return { ...s, mistakes: s.mistakes.map((m) => ({ where: m.where, expected: m.expected, detected: m.detected })) };
      });
      scores.set(name, score);
      if (score.mistakes.length) console.info(`${name}: ${score.mistakes.map((m) => `${m.where} expected ${m.expected ?? 'none'}, got ${m.detected ?? 'none'}`).join('; ')}`);
      expect(score.controls, 'no scored control found: the page did not render').toBeGreaterThan(0);

      expect(compareSnapshots(before, await snapshot(tab)), 'highlighting moved or changed a control').toEqual([]);
      expect(errors).toEqual([]);
      await tab.close();
    });
  });
}
