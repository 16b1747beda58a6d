// @vitest-environment happy-dom
/**
 * Precision and recall of detection over all our HIS fixture pages (happy-dom). The
 * real-Chromium test (phase 2) measures the same pages with the same scorer and thresholds.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { detectFields } from '../../components/page/detect-fields';
import { fixtureDone, fixturePages, fixtureScripts, loadFixture, runFixtureScript } from './load-fixture';
import { MIN_PRECISION, MIN_RECALL, scorePage, totals, type PageScore } from './score';

const scores = new Map<string, PageScore>();

async function scoreFixture(name: string): Promise<PageScore> {
  loadFixture(name);
  const scripts = fixtureScripts(name);
  for (const script of scripts) runFixtureScript(script);
  if (document.body.hasAttribute('data-fixture-state')) await fixtureDone();
  const detected = new Map(detectFields(document).map((f) => [f.element as Element, f.kind]));
  return scorePage(document, (el) => detected.get(el) ?? null);
}

describe('detection over the HIS fixtures', () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  it.each(fixturePages())('%s', async (name) => {
    if (name === 'large-grid.html') document.body.setAttribute('data-rows', '1000');
    const score = await scoreFixture(name);
    scores.set(name, score);
    const mistakes = score.mistakes.map((m) => `${m.where}: expected ${m.expected ?? 'none'}, got ${m.detected ?? 'none'}`);
    expect(score.controls, 'the fixture has controls').toBeGreaterThan(0);
    // Each page is reported; the thresholds apply to the whole set (below).
    if (mistakes.length) console.info(`${name}\n  ${mistakes.join('\n  ')}`);
  }, 60_000); // the 1,000-row grid takes a few seconds in happy-dom, more on a busy machine

  it(`reaches precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL} over all fixtures`, () => {
    const all = totals([...scores.values()]);
    console.info(`fixtures: ${scores.size}, controls: ${all.controls}, tp ${all.tp}, fp ${all.fp}, fn ${all.fn}, precision ${all.precision.toFixed(4)}, recall ${all.recall.toFixed(4)}`);
    expect(scores.size).toBe(fixturePages().length);
    expect(all.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
    expect(all.recall).toBeGreaterThanOrEqual(MIN_RECALL);
  });
});
