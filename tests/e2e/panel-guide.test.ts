/**
 * The screenshots of the clerk's guide in the README, taken from the real extension at side
 * panel width: test-results/panel/guide/. A few chosen ones are copied by hand to
 * assets/screenshots/ (see README, "Using Payer Check at the desk"). Also checks each step
 * shows what the guide says it shows.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../support/launch-extension';
import { answerQuestions, chooseDocument, readVerdict, setLanguage } from '../panel/driver';
import { shoot, launchWithBuildCopy } from '../panel/browser-helpers';

let ext: ExtensionBrowser;

beforeAll(async () => {
  ext = await launchWithBuildCopy();
});

afterAll(async () => {
  await ext?.close();
});

async function panel(colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 400, height: 760 });
  await page.emulateMedia({ colorScheme });
  await page.goto(ext.extensionUrl('sidepanel.html'));
  await page.locator('#app h1').waitFor();
  return page;
}

/** Scrolls `selector` to the top of the view and takes the view. */
async function shootFrom(page: Page, selector: string, name: string): Promise<void> {
  await page.locator(selector).first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shoot(page, name, { fullPage: false });
}

describe('the clerk’s guide, step by step', () => {
  it('finds the document, answers, reads the verdict and its sources (English, light)', async () => {
    const page = await panel();
    await setLanguage(page, 'en');
    await page.locator('#doc-search').focus();
    await page.keyboard.type('orange');
    await shoot(page, 'guide/1-find-document', { fullPage: false });

    await page.keyboard.press('Enter');
    await page.getByTestId('verdict').waitFor();
    await shootFrom(page, '#step-document', 'guide/2-first-question');

    await answerQuestions(page, { reception: 'collective-centre', belgianInsurance: 'not-affiliated', nationality: 'ER' });
    expect((await readVerdict(page)).firstPayer).toBe('fedasil');
    await shootFrom(page, '[data-testid=verdict]', 'guide/3-verdict');

    await page.locator('[data-payer="fedasil"] input[type=checkbox]').first().check();
    await page.locator('[data-payer="fedasil"] details summary').click();
    await shootFrom(page, '#payers-heading', 'guide/4-checklist-and-sources');
    await page.close();
  });

  it('the same in Dutch, dark', async () => {
    const page = await panel('dark');
    await setLanguage(page, 'nl');
    await chooseDocument(page, 'bijlage 19');
    await answerQuestions(page, { indigent: true, nationality: 'PL', euStatus: 'job-seeker', familyOf: 'none', monthsInBelgium: 8 });
    expect((await readVerdict(page)).firstPayer).toBe('cpas-amu');
    await shootFrom(page, '[data-testid=verdict]', 'guide/5-verdict-nl-dark');
    await setLanguage(page, 'en');
    await page.close();
  });

  it('the popup: what a document opens, and "Check a patient"', async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 360, height: 600 });
    await page.goto(ext.extensionUrl('popup.html'));
    await page.locator('#popup-search').fill('bijlage 26');
    await page.locator('article[data-document="annexe-26"]').waitFor();
    await shoot(page, 'guide/6-popup', { fullPage: false });
    await page.close();
  });
});
