/**
 * The built Firefox add-on (.output/firefox-mv2) in a real Firefox: Debian's Firefox ESR,
 * headless, fresh profile, driven over WebDriver BiDi (tests/support/launch-firefox.ts).
 * Background, the sidebar / popup / options pages, one case typed into the sidebar page
 * from the keyboard, the content script on the demo HIS. Without Firefox it fails and says
 * what to install; it never skips.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAYER_NAMES, decideSituation, type Lang, type Situation } from '../../rules/index';
import { OPEN_PANEL_SHORTCUT } from '../../wxt.config';
import { DEMO_PAGES, startDemoServer, type DemoServer } from '../demo/server';
import { SAMPLE_CASE } from '../demo/sample-case';
import { findFirefox } from '../support/find-firefox';
import type { FirefoxTab } from '../support/firefox-tab';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../support/launch-firefox';

let demo: DemoServer;
let ff: FirefoxWithExtension;

beforeAll(async () => {
  // Throws, with what to install, when there is no Firefox: the suite fails, never skips.
  const firefoxPath = findFirefox();
  demo = await startDemoServer();
  ff = await launchFirefoxWithExtension({ firefoxPath, headless: true, timeoutMs: 40_000 });
}, 90_000);

afterAll(async () => {
  await ff?.close();
  await demo?.close();
}, 30_000);

/**
 * Records, from now on, what the page reports as errors (console.error, uncaught errors and
 * rejections): BiDi sends no log events for extension pages. Errors before this point (while
 * the page loaded) are in Firefox's output, which `ff.extensionErrors` reads.
 */
const WATCH_ERRORS = `(() => {
  const errors = (window.__errors = []);
  const original = console.error.bind(console);
  console.error = (...args) => (errors.push(args.map(String).join(' ')), original(...args));
  addEventListener('error', (e) => errors.push('uncaught: ' + e.message));
  addEventListener('unhandledrejection', (e) => errors.push('unhandled rejection: ' + String(e.reason)));
  return true;
})()`;

async function openExtensionPage(page: string, ready: string): Promise<FirefoxTab> {
  const tab = await ff.newTab();
  await tab.goto(ff.extensionUrl(page));
  await tab.evaluate(WATCH_ERRORS);
  await tab.waitFor(ready, `${page}: ${ready}`);
  return tab;
}

const pageErrors = (tab: FirefoxTab) => tab.evaluate<string[]>('window.__errors');

describe('Firefox ESR with the built add-on', () => {
  it('installs the add-on and starts its background page without error', async () => {
    expect(ff.extensionId).toBe('payer-check@hospital-tools');
    const tab = await openExtensionPage('options.html', "document.querySelector('#app h1')");
    const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    await expect(
      tab.evaluate(`browser.runtime.sendMessage({ channel: 'payer-check', type: 'ping', data: {} })`),
    ).resolves.toEqual({ ok: true, data: { version } });
    await expect(
      tab.evaluate(`browser.runtime.getBackgroundPage().then((w) => w.document.readyState)`),
    ).resolves.toBe('complete');
    await tab.close();
    expect(ff.extensionErrors()).toEqual([]);
  });

  it('declares the sidebar and its keyboard shortcut', async () => {
    const tab = await openExtensionPage('options.html', "document.querySelector('#app h1')");
    await expect(tab.evaluate('browser.sidebarAction.getPanel({})')).resolves.toBe(ff.extensionUrl('sidepanel.html'));
    const commands = await tab.evaluate<{ name: string; shortcut: string }[]>('browser.commands.getAll()');
    expect(commands).toContainEqual(expect.objectContaining({ name: '_execute_sidebar_action', shortcut: OPEN_PANEL_SHORTCUT }));
    expect(await pageErrors(tab)).toEqual([]);
    await tab.close();
  });

  it('opens the real sidebar at install (sidebar_action), with the document search in it', async () => {
    const tab = await openExtensionPage('options.html', "document.querySelector('#app h1')");
    await tab.waitFor(
      `browser.extension.getViews({ type: 'sidebar' }).some((w) => w.location.pathname === '/sidepanel.html' && w.document.querySelector('#doc-search'))`,
      'the sidebar view with its document search',
    );
    await expect(tab.evaluate('browser.sidebarAction.isOpen({})')).resolves.toBe(true);
    expect(await pageErrors(tab)).toEqual([]);
    await tab.close();
  });

  it.each([
    ['sidepanel.html', "document.querySelector('#doc-search')"],
    ['popup.html', "document.querySelector('#popup-search')"],
    ['options.html', "document.querySelector('#app h1')"],
  ])('%s renders, with no console error', async (page, ready) => {
    const mark = ff.mark();
    const tab = await openExtensionPage(page, ready);
    await expect(tab.evaluate("document.querySelector('#app h1')?.textContent")).resolves.toMatch(/Payer Check/);
    // Let anything the page does after its first render happen.
    await new Promise((done) => setTimeout(done, 300));
    expect(await pageErrors(tab)).toEqual([]);
    expect(ff.extensionErrors(mark)).toEqual([]);
    await tab.close();
  });

  it('runs the sample case through the sidebar page, keyboard only', async () => {
    const tab = await openExtensionPage('sidepanel.html', "document.activeElement?.id === 'doc-search'");
    await tab.type(SAMPLE_CASE.document.query);
    await tab.press('Enter');
    await tab.waitFor("document.querySelector('[data-testid=chosen-document]')", 'the chosen document');
    await expect(tab.evaluate("document.querySelector('[data-testid=chosen-document]').dataset.document")).resolves.toBe(
      SAMPLE_CASE.document.id,
    );

    // Each question the panel asks: its digit, the country's code + Enter, or 0 (don't know).
    const facts: Record<string, string> = SAMPLE_CASE.facts;
    const given: Record<string, string> = {};
    for (let i = 0; ; i++) {
      expect(i, 'the panel keeps asking').toBeLessThan(20);
      const question = await tab.evaluate<{ fact: string; kind: string | null; values: string[] } | null>(`(() => {
        const q = document.querySelector('#questions .pc-question');
        if (!q) return null;
        const values = [...q.querySelectorAll('button[data-value]')].map((b) => b.dataset.value).filter((v) => v !== 'dont-know');
        return { fact: q.dataset.fact, kind: q.dataset.kind ?? null, values };
      })()`);
      if (!question) break;
      const { fact, kind, values } = question;
      await tab.waitFor("document.querySelector('#questions .pc-question')?.contains(document.activeElement)", `the focus on question ${fact}`, 3_000);
      const value = facts[fact];
      if (value === undefined) await tab.press('0');
      else if (kind === 'country') (await tab.type(value), await tab.press('Enter'));
      else {
        expect(values, `question ${fact}`).toContain(value);
        await tab.press(String(values.indexOf(value) + 1));
      }
      if (value !== undefined) given[fact] = value;
      await tab.waitFor(`!document.querySelector('#questions .pc-question[data-fact="${fact}"]')`, `question ${fact} answered`, 5_000);
    }

    const expected = decideSituation({ ...given, document: SAMPLE_CASE.document.id } as Situation).firstPayer;
    expect(expected).toBe('fedasil');
    const verdict = await tab.evaluate<{ firstPayer: string; text: string; lang: Lang }>(`({
      firstPayer: document.querySelector('[data-testid=verdict]')?.dataset.firstPayer,
      text: document.querySelector('[data-testid=first-payer]')?.innerText.trim(),
      lang: document.documentElement.lang,
    })`);
    expect(verdict.firstPayer).toBe(expected);
    expect(verdict.text).toBe(PAYER_NAMES[expected as keyof typeof PAYER_NAMES][verdict.lang]);
    expect(await pageErrors(tab)).toEqual([]);
    await tab.close();
  });

  it.each(Object.entries(DEMO_PAGES))('runs the content script in the %s demo HIS page and its admission frame', async (_language, paths) => {
    const tab = await ff.newTab();
    await tab.goto(demo.url(paths.shell));
    await tab.waitFor(`document.documentElement.dataset.payerCheck === 'ready'`, 'the content script in the page');
    let frame: { context: string; url: string } | undefined;
    for (let attempt = 0; attempt < 50 && !frame; attempt++) {
      frame = (await tab.frames()).find((f) => f.url === demo.url(paths.form));
      if (!frame) await new Promise((done) => setTimeout(done, 100));
    }
    expect(frame, `frame ${paths.form}`).toBeDefined();
    await tab.waitFor(`document.documentElement.dataset.payerCheck === 'ready'`, 'the content script in the frame', 10_000, frame!.context);
    await tab.close();
  });

  it('printed no error from the add-on during the whole run', () => {
    expect(ff.extensionErrors()).toEqual([]);
  });
});
