/**
 * Five full cases typed through the side panel in a real Chromium, keyboard only, each in
 * one of the four languages: the same situations as five shared scenarios
 * (../shared/scenarios/seed-documents.json), with the verdict's text checked against the
 * scenario's `expect` and the engine's own names. Screenshots of every step:
 * test-results/panel/cases/<scenario>/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAYER_NAMES, decideSituation, type Lang, type Situation } from '../../rules/index';
import { DICTIONARIES } from '../../components/i18n/dictionaries';
import type { ExtensionBrowser } from '../support/launch-extension';
import { collectErrors } from '../support/page-errors';
import { ROOT } from '../support/tools';
import { answerQuestions, chooseDocument, readVerdict, setLanguage } from '../panel/driver';
import { seriousAxeViolations, shoot, launchWithBuildCopy } from '../panel/browser-helpers';

interface SharedScenario {
  id: string;
  situation: Situation & Record<string, string | number | boolean | undefined>;
  expect: {
    firstPayer?: string;
    amuAttestation?: 'required' | 'not-required' | 'depends';
    payersInclude?: string[];
    payersExclude?: string[];
    warningsInclude?: string[];
    insuranceAccess?: string;
    nationalRegister?: string;
  };
}

const SHARED = process.env.PAYER_CHECK_SHARED ?? resolve(ROOT, '../shared');

function sharedScenario(id: string): SharedScenario {
  const file = resolve(SHARED, 'scenarios/seed-documents.json');
  if (!existsSync(file)) throw new Error(`${file} not found: the shared specification must sit beside the checkout`);
  const found = (JSON.parse(readFileSync(file, 'utf8')) as { scenarios: SharedScenario[] }).scenarios.find((s) => s.id === id);
  if (!found) throw new Error(`scenario ${id} is not in ${file}`);
  return found;
}

/** Which scenario, in which language, found by which words. */
const CASES: { id: string; lang: Lang; query: string }[] = [
  { id: 'none-indigent', lang: 'fr', query: 'sans papiers' },
  { id: 'annexe-19-jobseeker', lang: 'nl', query: 'bijlage 19' },
  { id: 'ai-collective-centre', lang: 'de', query: 'orange Karte' },
  { id: 'annexe-3ter-ehic', lang: 'en', query: 'annex 3ter' },
  { id: 'annexe-19ter-family-of-belgian', lang: 'fr', query: '19ter' },
];

let ext: ExtensionBrowser;

beforeAll(async () => {
  ext = await launchWithBuildCopy();
});

afterAll(async () => {
  await ext?.close();
});

async function openPanel(width = 420): Promise<{ page: Page; errors: string[] }> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const errors = collectErrors(page);
  await page.goto(ext.extensionUrl('sidepanel.html'));
  await page.locator('#app h1').waitFor();
  return { page, errors };
}

describe('five shared scenarios typed through the side panel, keyboard only', () => {
  it.each(CASES)('$id ($lang, "$query")', async ({ id, lang, query }) => {
    const scenario = sharedScenario(id);
    const { page, errors } = await openPanel();
    const dir = `cases/${id}`;
    await setLanguage(page, lang);
    await page.locator('#doc-search').focus();
    await shoot(page, `${dir}/01-start`, { fullPage: false });

    await page.keyboard.type(query);
    await shoot(page, `${dir}/02-search`, { fullPage: false });
    await page.keyboard.press('Backspace'); // chooseDocument types the query again
    await page.locator('#doc-search').fill('');
    const chosen = await chooseDocument(page, query);
    expect(chosen).toBe(scenario.situation.document);
    await shoot(page, `${dir}/03-document`);

    const steps = await answerQuestions(page, scenario.situation, (step, i) =>
      shoot(page, `${dir}/${String(i + 4).padStart(2, '0')}-${step.fact}`, { fullPage: false }),
    );
    expect(steps.length).toBeGreaterThan(0);
    await shoot(page, `${dir}/99-verdict`);

    const shown = await readVerdict(page);
    // The panel shows what the engine decides for the facts the clerk gave…
    const given = Object.fromEntries(steps.filter((s) => s.value !== 'dont-know').map((s) => [s.fact, scenario.situation[s.fact]]));
    const engine = decideSituation({ ...given, document: scenario.situation.document } as Situation);
    expect(shown.firstPayer).toBe(engine.firstPayer);
    expect(shown.payers).toEqual(engine.payers.map((p) => p.id));
    // …and that is what the shared scenario expects.
    const e = scenario.expect;
    if (e.firstPayer) {
      expect(shown.firstPayer).toBe(e.firstPayer);
      expect(shown.firstPayerText).toBe(PAYER_NAMES[e.firstPayer as keyof typeof PAYER_NAMES][lang]);
    }
    if (e.amuAttestation) {
      expect(shown.amu).toBe(e.amuAttestation);
      const d = DICTIONARIES[lang];
      if (e.amuAttestation === 'required') expect(shown.amuText).toBe(d.amuRequired);
      if (e.amuAttestation === 'not-required') expect(shown.amuText).toBe(d.amuNotRequired);
      if (e.amuAttestation === 'depends') {
        const named = shown.amuText.startsWith(d.amuDepends.split('{')[0]!.trim());
        expect(named || shown.amuText === d.amuDependsShort, shown.amuText).toBe(true);
      }
    }
    for (const p of e.payersInclude ?? []) expect(shown.payers).toContain(p);
    for (const p of e.payersExclude ?? []) expect(shown.payers).not.toContain(p);
    for (const w of e.warningsInclude ?? []) expect(shown.warnings).toContain(w);
    if (e.insuranceAccess) {
      await expect(page.getByTestId('insurance-access').getAttribute('data-value')).resolves.toBe(e.insuranceAccess);
    }
    if (e.nationalRegister) {
      await expect(page.getByTestId('national-register').getAttribute('data-value')).resolves.toBe(e.nationalRegister);
    }
    // The announcement screen readers hear names the first payer and the AMU answer.
    expect(shown.line).toContain(shown.firstPayerText);
    expect(shown.line).toContain(shown.amuText);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
