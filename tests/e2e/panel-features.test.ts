/**
 * The side panel in a real Chromium: a whole case from the keyboard alone, the language
 * switch, the copy summary, "New patient", the national number and expiry checks, changing
 * an answer, accessibility (axe) in light and dark at 320 and 600 px, and privacy (nothing
 * about the patient in any storage). Screenshots: test-results/panel/features/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENTS, PAYER_NAMES, decideSituation, type Situation } from '../../rules/index';
import { DICTIONARIES } from '../../components/i18n/dictionaries';
import { LANGUAGE_MIRROR_KEY } from '../../components/platform/start-settings';
import type { ExtensionBrowser } from '../support/launch-extension';
import { collectErrors } from '../support/page-errors';
import { answerQuestions, chooseDocument, readVerdict, setLanguage } from '../panel/driver';

/** Text that a language switch or an answer changes is polled: the words may arrive a moment later (dictionaries load on demand). */
const TEXT_SETTLES = { timeout: 5_000 };
import { overflowsHorizontally, seriousAxeViolations, shoot, launchWithBuildCopy } from '../panel/browser-helpers';

/** What `evaluate` callbacks see in an extension page. */
declare const chrome: {
  storage: Record<'local' | 'session' | 'sync', { get(keys: null): Promise<Record<string, unknown>> }>;
};

let ext: ExtensionBrowser;

beforeAll(async () => {
  ext = await launchWithBuildCopy();
  // Chromium grants no clipboard permission to extension origins from Playwright: record what
  // the page writes (the real navigator.clipboard still runs; its success shows as "copied").
  await ext.context.addInitScript(() => {
    const clipboard = navigator.clipboard;
    if (!clipboard) return;
    const write = clipboard.writeText.bind(clipboard);
    clipboard.writeText = (text: string) => {
      (globalThis as unknown as { __copied: string }).__copied = text;
      return write(text);
    };
  });
});

afterAll(async () => {
  await ext?.close();
});

async function openPanel(width = 420, colorScheme: 'light' | 'dark' = 'light'): Promise<{ page: Page; errors: string[] }> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme });
  const errors = collectErrors(page);
  await page.goto(ext.extensionUrl('sidepanel.html'));
  await page.locator('#app h1').waitFor();
  return { page, errors };
}

/**
 * Where the focus is, polled for up to two seconds: the panel moves the focus in the commit
 * that shows the new step, and the test must not race the frame that commits it.
 */
const focused = (page: Page, key: 'id' | 'text' | 'lang') => expect.poll(async () => (await activeElement(page))[key], { timeout: 2000 });

const activeElement = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { id: el?.id ?? '', tag: el?.tagName ?? '', text: el?.textContent?.trim() ?? '', lang: el?.getAttribute('lang') ?? '' };
  });

/** The text the page last put on the clipboard. */
const clipboard = (page: Page) => page.evaluate(() => (globalThis as unknown as { __copied?: string }).__copied ?? '');

describe('keyboard only, from opening the panel to the verdict', () => {
  it('switches to Dutch, finds the orange card, answers, copies the summary, ticks the checklist and starts a new patient', async () => {
    const { page, errors } = await openPanel();
    // The search has the focus as soon as the panel opens.
    await focused(page, 'id').toBe('doc-search');

    // Shift+Tab back to the language buttons; Enter on NL.
    for (let i = 0; i < 10 && (await activeElement(page)).lang !== 'nl'; i++) await page.keyboard.press('Shift+Tab');
    await focused(page, 'lang').toBe('nl');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.documentElement.lang === 'nl');

    // "/" goes back to the document search.
    await page.keyboard.press('/');
    await focused(page, 'id').toBe('doc-search');
    await page.keyboard.type('oranje');
    await page.keyboard.press('ArrowDown'); // walk the list…
    await page.keyboard.press('ArrowUp'); // …and back to the best match
    await shoot(page, 'features/keyboard-01-search', { fullPage: false });
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('chosen-document').getAttribute('data-document')).resolves.toBe(
      'attestation-immatriculation',
    );

    const steps = await answerQuestions(page, {
      reception: 'no-show',
      attestationReason: 'international-protection',
      nationality: 'AF',
      belgianInsurance: 'not-affiliated',
      indigent: true,
    });
    const verdict = await readVerdict(page);
    expect(verdict.firstPayer).toBe('fedasil');
    expect(verdict.firstPayerText).toBe(PAYER_NAMES.fedasil.nl);
    // With no question left, the focus lands on "Copy summary": Enter copies, in Dutch.
    await focused(page, 'text').toBe(DICTIONARIES.nl.copySummary);
    await shoot(page, 'features/keyboard-02-verdict');
    await page.keyboard.press('Enter');
    await page.getByTestId('copy-status').filter({ hasText: DICTIONARIES.nl.copied }).waitFor();
    const summary = await clipboard(page);
    expect(summary).toContain(`Document: ${DOCUMENTS['attestation-immatriculation'].names.official.nl}`);
    expect(summary).toContain(`1. ${PAYER_NAMES.fedasil.nl}`);
    expect(summary, summary).toContain('- Opvang (code 207): Code 207 "no show" (buiten het opvangnetwerk)');
    for (const step of steps) expect(summary).toContain(`- ${DICTIONARIES.nl[`fact_${step.fact}` as keyof typeof DICTIONARIES.nl]}: `);
    expect(summary).toContain(`${DICTIONARIES.nl.summaryAmu}:`);
    expect(summary).toContain(`${DICTIONARIES.nl.summarySources}:`);

    // Tab to the first checklist item; Space ticks it.
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'checkbox')) break;
    }
    await page.keyboard.press('Space');
    await expect.poll(() => page.getByTestId('checklist-progress').innerText(), TEXT_SETTLES).toMatch(/^1 van \d+ gedaan$/);

    // Alt+Shift+C copies again from anywhere.
    await page.evaluate(() => ((globalThis as unknown as { __copied: string }).__copied = ''));
    await page.keyboard.press('Alt+Shift+C');
    await expect(clipboard(page)).resolves.toContain(PAYER_NAMES.fedasil.nl);

    // Alt+Shift+N: a new patient; the focus is back in the search, nothing remains.
    await page.keyboard.press('Alt+Shift+N');
    await page.getByTestId('verdict').waitFor({ state: 'detached' });
    await focused(page, 'id').toBe('doc-search');
    expect(await page.getByTestId('answers').count()).toBe(0);
    await shoot(page, 'features/keyboard-03-new-patient', { fullPage: false });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('languages', () => {
  it('switches between French, Dutch, German and English at once, verdict included, and remembers the choice', async () => {
    const { page, errors } = await openPanel();
    await setLanguage(page, 'fr');
    await chooseDocument(page, 'K');
    for (const lang of ['fr', 'nl', 'de', 'en'] as const) {
      await setLanguage(page, lang);
      const d = DICTIONARIES[lang];
      await expect.poll(() => page.locator('h1 + p').innerText(), TEXT_SETTLES).toBe(d.appTagline);
      await expect.poll(() => page.locator('#step-document').innerText(), TEXT_SETTLES).toContain(d.stepDocument);
      await expect.poll(() => page.getByTestId('first-payer').innerText(), TEXT_SETTLES).toBe(PAYER_NAMES['belgian-insurer'][lang]);
      await expect.poll(() => page.locator('.pc-chosen .pc-docname__short').innerText(), TEXT_SETTLES).toBe(DOCUMENTS['card-k'].names.short[lang]);
      await shoot(page, `features/language-${lang}`, { fullPage: false });
    }
    // The language is a setting: a new panel opens in it.
    await setLanguage(page, 'de');
    const again = await openPanel();
    await expect.poll(() => again.page.locator('h1 + p').innerText(), TEXT_SETTLES).toBe(DICTIONARIES.de.appTagline);
    await expect(again.page.evaluate(() => document.documentElement.lang)).resolves.toBe('de');
    await setLanguage(again.page, 'fr');
    expect([...errors, ...again.errors]).toEqual([]);
    await again.page.close();
    await page.close();
  });
});

describe('the patient', () => {
  it('checks the national number as it is typed: BIS means not in the National Register', async () => {
    const { page } = await openPanel();
    await setLanguage(page, 'en');
    await chooseDocument(page, 'sans papiers');
    const field = page.locator('#national-number');
    const status = page.getByTestId('national-number-status');
    await field.fill('85.47.30-033.17');
    await expect.poll(() => status.innerText(), TEXT_SETTLES).toBe(DICTIONARIES.en.nnBis.replace('{formatted}', '85.47.30-033.17'));
    await shoot(page, 'features/national-number-bis', { fullPage: false });
    await field.fill('85073003328');
    await expect.poll(() => status.innerText(), TEXT_SETTLES).toBe(DICTIONARIES.en.nnNiss.replace('{formatted}', '85.07.30-033.28'));
    await field.fill('85.07.30-033.29');
    await expect.poll(() => status.innerText(), TEXT_SETTLES).toBe(DICTIONARIES.en.nnErrorCheck);
    await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
    await page.close();
  });

  it('flags an expired document with the engine’s warning', async () => {
    const { page } = await openPanel();
    await setLanguage(page, 'en');
    await chooseDocument(page, 'K');
    await page.locator('#valid-until').fill('2020-01-31');
    await page.getByTestId('expired').waitFor();
    await expect(page.locator('[data-warning="document-expired"]').count()).resolves.toBe(1);
    await shoot(page, 'features/expired-document');
    const future = `${new Date().getFullYear() + 2}-06-30`;
    await page.locator('#valid-until').fill(future);
    await page.getByTestId('expired').waitFor({ state: 'detached' });
    await expect(page.locator('[data-warning="document-expired"]').count()).resolves.toBe(0);
    await page.close();
  });

  it('lets the clerk change an answer: the question comes back with the focus', async () => {
    const { page } = await openPanel();
    await setLanguage(page, 'en');
    await chooseDocument(page, 'annex 19');
    await answerQuestions(page, { indigent: true, euStatus: 'job-seeker', nationality: 'PL', familyOf: 'none', monthsInBelgium: 8 });
    await expect(readVerdict(page).then((v) => v.firstPayer)).resolves.toBe('cpas-amu');
    await page.getByRole('button', { name: 'Change the answer “EU citizen’s quality”' }).click();
    const question = page.locator('#questions .pc-question[data-fact="euStatus"]');
    await question.waitFor();
    expect(await question.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    const workerDigit = await question.locator('button[data-value="worker"] kbd').innerText();
    await page.keyboard.press(workerDigit);
    await expect(readVerdict(page).then((v) => v.amu)).resolves.toBe('not-required');
    // Clearing an answer makes the fact unknown again.
    await page.getByRole('button', { name: 'Clear the answer “EU citizen’s quality”' }).click();
    await page.locator('#questions .pc-question[data-fact="euStatus"]').waitFor();
    await page.close();
  });

  it('copies the summary with the button, in the interface language', async () => {
    const { page } = await openPanel();
    await setLanguage(page, 'fr');
    await chooseDocument(page, 'annexe 26');
    const steps = await answerQuestions(page, { reception: 'collective-centre', belgianInsurance: 'not-affiliated', nationality: 'SY' });
    await page.getByTestId('copy-summary').click();
    await page.getByTestId('copy-status').filter({ hasText: DICTIONARIES.fr.copied }).waitFor();
    const summary = await clipboard(page);
    const lines = summary.split('\n');
    expect(lines[0]).toMatch(/^Payer Check — résumé du \d\d\/\d\d\/\d{4}$/);
    expect(lines).toContain(`Document\u202f: ${DOCUMENTS['annexe-26'].names.official.fr}`);
    expect(lines).toContain('- Accueil (code 207)\u202f: Centre d’accueil collectif');
    expect(lines).toContain('- Mutualité belge\u202f: Non, pas affilié');
    // Every question answered "je ne sais pas" is in the summary too.
    for (const step of steps.filter((s) => s.value === 'dont-know')) {
      expect(lines).toContain(`- ${DICTIONARIES.fr[`fact_${step.fact}` as keyof typeof DICTIONARIES.fr]}\u202f: Je ne sais pas`);
    }
    const given = Object.fromEntries(
      steps.filter((s) => s.value !== 'dont-know').map((s) => [s.fact, s.value]),
    ) as Partial<Situation>;
    const engine = decideSituation({ ...given, document: 'annexe-26' } as Situation);
    expect(lines).toContain(`1. ${PAYER_NAMES.fedasil.fr} — ${engine.payers[0]!.why.fr}`);
    expect(summary).toMatch(/Attestation AMU\u202f: pas nécessaire — /);
    expect(summary).toMatch(/\nSources\u202f:\n- /);
    await page.close();
  });
});

describe('accessibility and layout', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [320, 600]) {
      it(`has no serious axe violation and no horizontal scrolling (${colorScheme}, ${width} px)`, async () => {
        const { page, errors } = await openPanel(width, colorScheme);
        await setLanguage(page, 'fr');
        expect(await seriousAxeViolations(page)).toEqual([]);
        await chooseDocument(page, 'annexe 19');
        await answerQuestions(page, { indigent: true, nationality: 'PL' });
        // Open every "Sources" and the contacts, so that axe sees the quotes too.
        await page.locator('details').evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
        await page.locator('#valid-until').fill('2020-01-31');
        await page.getByTestId('expired').waitFor();
        await shoot(page, `features/layout-${colorScheme}-${width}`);
        expect(await seriousAxeViolations(page)).toEqual([]);
        expect(await overflowsHorizontally(page)).toBe(false);
        expect(errors).toEqual([]);
        await page.close();
      });
    }
  }

  it('shows where the focus is (a visible outline on every control the keyboard reaches)', async () => {
    const { page } = await openPanel();
    await chooseDocument(page, 'K');
    const outlines: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      outlines.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const style = getComputedStyle(el);
          return `${el.tagName}:${style.outlineStyle}:${style.outlineWidth}`;
        }),
      );
    }
    for (const outline of outlines) expect(outline).toMatch(/:solid:3px$/);
    await page.close();
  });
});

describe('privacy', () => {
  it('keeps nothing about the patient in any storage: a whole case adds nothing, and no patient value is anywhere', async () => {
    const { page } = await openPanel();
    await setLanguage(page, 'en');
    const snapshot = () =>
      page.evaluate(async () => ({
        local: await chrome.storage.local.get(null),
        session: await chrome.storage.session.get(null),
        sync: await chrome.storage.sync.get(null),
        localStorage: Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])),
        sessionStorage: sessionStorage.length,
        indexedDB: (await indexedDB.databases()).length,
      }));
    // Other parts of the extension (the background) may still be writing their own keys at
    // start-up: wait until storage is quiet before taking the picture.
    let before = await snapshot();
    for (let i = 0; i < 20; i++) {
      await new Promise((done) => setTimeout(done, 250));
      const again = await snapshot();
      if (JSON.stringify(again) === JSON.stringify(before)) break;
      before = again;
    }
    await chooseDocument(page, 'annex 19');
    await answerQuestions(page, { indigent: true, nationality: 'PL', euStatus: 'job-seeker' });
    await page.locator('#national-number').fill('85.47.30-033.17');
    await page.locator('#valid-until').fill('2031-05-17');
    await page.locator('[data-testid="verdict"] ~ * input[type="checkbox"]').first().check();
    await page.getByTestId('copy-summary').click();
    const after = await snapshot();
    // The case changed no storage area at all (the settings were written before it started)…
    expect(after).toEqual(before);
    expect(after.local.settings).toEqual({ language: 'en', highlightFields: expect.any(Boolean) });
    // …and no value of the patient is anywhere in them.
    const text = JSON.stringify(after);
    for (const patientValue of ['85.47.30', '85473003317', '2031-05-17', '"PL"', 'job-seeker', 'annexe-19', 'indigent']) {
      expect(text, `"${patientValue}" found in storage: ${text}`).not.toContain(patientValue);
    }
    // localStorage: only the mirror of the language setting, which the panel reads before its first render.
    expect(after.localStorage).toEqual({ [LANGUAGE_MIRROR_KEY]: 'en' });
    expect(after.sessionStorage + after.indexedDB).toBe(0);
    await page.close();
  });
});
