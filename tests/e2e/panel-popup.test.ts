/**
 * The popup (quick look-ups) and the options page in a real Chromium: the search over the
 * same documents with a compact card each; "Check a patient" opens the REAL side panel with
 * that document chosen; the options' language and highlight settings; axe in light and dark.
 * Screenshots: test-results/panel/popup/, test-results/panel/options/.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENTS } from '../../rules/index';
import { DICTIONARIES } from '../../components/i18n/dictionaries';
import type { ExtensionBrowser } from '../support/launch-extension';
import { collectErrors } from '../support/page-errors';

/** Text that a language switch or an answer changes is polled: the words may arrive a moment later (dictionaries load on demand). */
const TEXT_SETTLES = { timeout: 5_000 };
import { evaluateInSidePanel, seriousAxeViolations, shoot, launchWithBuildCopy } from '../panel/browser-helpers';

declare const chrome: {
  storage: Record<'local' | 'session', { get(keys: null): Promise<Record<string, unknown>> }>;
  sidePanel: { onOpened: { addListener(listener: (info: { path: string }) => void): void } };
};

let ext: ExtensionBrowser;

beforeAll(async () => {
  ext = await launchWithBuildCopy();
});

afterAll(async () => {
  await ext?.close();
});

async function open(pageName: string, colorScheme: 'light' | 'dark' = 'light', width = 360): Promise<{ page: Page; errors: string[] }> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width, height: 700 });
  await page.emulateMedia({ colorScheme });
  const errors = collectErrors(page);
  await page.goto(ext.extensionUrl(pageName));
  await page.locator('#app h1').waitFor();
  return { page, errors };
}

/** Sets the interface language through the options page (the setting every page follows). */
async function chooseLanguage(language: 'fr' | 'nl' | 'de' | 'en'): Promise<void> {
  const { page } = await open('options.html', 'light', 700);
  const label = { fr: 'Français', nl: 'Nederlands', de: 'Deutsch', en: 'English' }[language];
  const radio = page.getByRole('radio', { name: label, exact: true });
  if (!(await radio.isChecked())) {
    await radio.check();
    await page.getByRole('status').filter({ hasText: DICTIONARIES[language].saved }).waitFor();
  }
  await page.close();
}

describe('popup', () => {
  it.each(['light', 'dark'] as const)('finds a document and shows what it opens (%s)', async (colorScheme) => {
    await chooseLanguage('nl');
    const { page, errors } = await open('popup.html', colorScheme);
    await page.locator('#popup-search').fill('oranje kaart');
    const card = page.locator('article[data-document="attestation-immatriculation"]');
    await card.waitFor();
    await expect.poll(() => card.locator('h2').innerText(), TEXT_SETTLES).toContain(DOCUMENTS['attestation-immatriculation'].names.short.nl);
    await expect.poll(() => card.getByTestId('insurance').innerText(), TEXT_SETTLES).toBe(DICTIONARIES.nl.insurance_insufficient);
    await expect.poll(() => card.getByTestId('register').innerText(), TEXT_SETTLES).toBe(DICTIONARIES.nl.register_yes);
    await expect.poll(() => card.getByTestId('fedasil').innerText(), TEXT_SETTLES).toBe(DICTIONARIES.nl.fedasilAsk);
    await expect.poll(() => card.getByTestId('cpas').innerText(), TEXT_SETTLES).toMatch(/^volledige hulp of enkel DMH: hangt af van /);
    await shoot(page, `popup/orange-card-${colorScheme}`);
    // Old and new names side by side: C → K.
    await page.locator('#popup-search').fill('C');
    await expect.poll(() => page.locator('article[data-document="card-c"] .pc-tag').innerText(), TEXT_SETTLES).toBe('oud model → K');
    await shoot(page, `popup/card-c-${colorScheme}`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('"Check a patient" opens the side panel with that document chosen, ready for the first question', async () => {
    await chooseLanguage('en');
    const his = await ext.context.newPage(); // the tab the side panel opens beside
    const opened = ext.serviceWorker.evaluate(
      () => new Promise<string>((done) => chrome.sidePanel.onOpened.addListener((info) => done(info.path))),
    );
    const { page, errors } = await open('popup.html');
    await page.locator('#popup-search').fill('K');
    await shoot(page, 'popup/card-k');
    await page.getByRole('button', { name: 'Check a patient with: K card' }).click();
    await expect(opened).resolves.toMatch(/sidepanel\.html$/);
    expect(errors).toEqual([]);

    // The real side panel (not a tab): the document is chosen and the first question has the focus.
    let state: unknown;
    for (let i = 0; i < 50; i++) {
      state = await evaluateInSidePanel(
        ext.context,
        his,
        `(() => ({
          document: document.querySelector('[data-testid=chosen-document]')?.getAttribute('data-document') ?? null,
          focusInFirstQuestion: !!document.querySelector('#questions .pc-question')?.contains(document.activeElement),
        }))()`,
      );
      // The focus moves a frame after the document is shown.
      if ((state as { focusInFirstQuestion?: boolean } | undefined)?.focusInFirstQuestion) break;
      await new Promise((done) => setTimeout(done, 100));
    }
    expect(state).toEqual({ document: 'card-k', focusInFirstQuestion: true });
    // The hand-over is consumed: storage.session keeps nothing.
    const session = await his.evaluate(() => chrome.storage.session.get(null)).catch(() => undefined);
    expect(session === undefined || Object.values(session).every((v) => v === null || typeof v !== 'object' || v === undefined || !('document' in (v as object)))).toBe(true);
    await his.close();
  });
});

describe('options', () => {
  it.each(['light', 'dark'] as const)('sets the language and the highlight switch, stored as settings (%s)', async (colorScheme) => {
    const { page, errors } = await open('options.html', colorScheme, 700);
    await page.getByRole('radio', { name: 'Deutsch', exact: true }).check();
    await expect.poll(() => page.locator('h1').innerText(), TEXT_SETTLES).toBe(DICTIONARIES.de.optionsTitle);
    const toggle = page.getByRole('switch');
    const before = await toggle.isChecked();
    await toggle.setChecked(!before);
    await page.getByRole('status').filter({ hasText: DICTIONARIES.de.saved }).waitFor();
    const stored = await page.evaluate(() => chrome.storage.local.get(null));
    expect(stored.settings).toEqual({ language: 'de', highlightFields: !before });
    await shoot(page, `options/options-${colorScheme}`);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await toggle.setChecked(before);
    await page.getByRole('radio', { name: 'Français', exact: true }).check();
    expect(errors).toEqual([]);
    await page.close();
  });
});
