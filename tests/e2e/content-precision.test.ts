/**
 * The content script, built and loaded in a real Chromium, on every HIS fixture page served
 * over http://127.0.0.1 with a strict CSP: precision and recall of what it marks
 * (`data-payer-check-field`, the observable contract) against the fixtures' ground truth, over
 * all pages; and on each page, against the same page loaded where the content script does not
 * run: no control moved, no value changed, nothing thrown or logged as an error, the label
 * shown on focus and hover.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIELD_KIND_LABELS } from '../../components/page/kind-labels';
import type { FieldKind } from '../../components/page/field-kinds';
import { shownLabels, waitForMarksToSettle } from '../page/in-chromium';
import { fixturePages } from '../page/load-fixture';
import { MIN_PRECISION, MIN_RECALL, totals } from '../page/score';
import { measurePage, useFixtureSession, type Scored } from './fixture-session';

const session = useFixtureSession();
const scores = new Map<string, Scored>();

afterAll(() => {
  if (!scores.size) return;
  const dir = resolve(import.meta.dirname, '../../test-results');
  mkdirSync(dir, { recursive: true });
  const pages = Object.fromEntries([...scores].map(([name, s]) => [name, { tp: s.tp, fp: s.fp, fn: s.fn, controls: s.controls, mistakes: s.mistakes }]));
  writeFileSync(resolve(dir, 'content-precision.json'), `${JSON.stringify({ totals: totals([...scores.values()]), pages }, null, 2)}\n`);
});

describe('the content script on every HIS fixture (real Chromium, strict CSP)', () => {
  it.each(fixturePages())('%s: marks fields, moves and changes nothing, throws nothing', async (name) => {
    const { tab, errors, referenceReady, marked, score, moved } = await measurePage(session(), name);
    // The reference is a page where the content script does not run.
    expect(referenceReady).toBe(false);
    scores.set(name, score);
    expect(moved, 'highlighting moved or changed a control').toEqual([]);

    if (marked > 0) {
      // Focus the first marked control of the top document: its label shows, in the browser's language (English here).
      const kind = await tab.evaluate(() => {
        const el = document.querySelector<HTMLElement>('[data-payer-check-field]');
        el?.focus();
        return el?.getAttribute('data-payer-check-field') ?? null;
      });
      if (kind) {
        const labels = await shownLabels(tab);
        expect(labels.filter((l) => l.visible).map((l) => l.text)).toEqual([FIELD_KIND_LABELS.en[kind as FieldKind]]);
      }
    }
    expect(errors).toEqual([]);
    await tab.close();
  });

  it(`reaches precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL} over all fixtures, and on the pages without the 1,000-row grid`, () => {
    expect(scores.size).toBe(fixturePages().length);
    const all = totals([...scores.values()]);
    const withoutGrid = totals([...scores].filter(([name]) => name !== 'large-grid.html').map(([, s]) => s));
    console.info(
      `all fixtures: precision ${all.precision.toFixed(4)}, recall ${all.recall.toFixed(4)} (tp ${all.tp}, fp ${all.fp}, fn ${all.fn}); ` +
        `without the grid: precision ${withoutGrid.precision.toFixed(4)}, recall ${withoutGrid.recall.toFixed(4)} (tp ${withoutGrid.tp}, fp ${withoutGrid.fp}, fn ${withoutGrid.fn})`,
    );
    for (const t of [all, withoutGrid]) {
      expect(t.precision).toBeGreaterThanOrEqual(MIN_PRECISION);
      expect(t.recall).toBeGreaterThanOrEqual(MIN_RECALL);
    }
  });

  it('shows the label on hover, and hides it when the pointer leaves', async () => {
    const { tab, errors } = await session().open(session().server.url('/fr-admission-table.html'));
    await waitForMarksToSettle(tab);
    const target = tab.locator('[data-payer-check-field="national-number"]').first();
    await target.hover();
    expect((await shownLabels(tab)).filter((l) => l.visible).map((l) => l.text)).toEqual([FIELD_KIND_LABELS.en['national-number']]);
    await tab.mouse.move(1, 1);
    await tab.locator('body').hover({ position: { x: 1, y: 1 } });
    expect((await shownLabels(tab)).filter((l) => l.visible)).toEqual([]);
    expect(errors).toEqual([]);
    await tab.close();
  });
});
