/**
 * The built Chrome extension in a real Chromium: background, pages, content script, and
 * the promise that it talks to nobody.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPEN_PANEL_SHORTCUT } from '../../wxt.config';
import { DEMO_PAGES, startDemoServer, type DemoServer } from '../demo/server';
import { findChrome } from '../support/find-chrome';
import { launchWithExtension, type ExtensionBrowser } from '../support/launch-extension';
import { collectErrors } from '../support/page-errors';

/** What `page.evaluate` callbacks see in an extension page. */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown>; lastError?: { message?: string } };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  contextMenus: { update(id: string, props: object, done: () => void): void };
  sidePanel: { onOpened: { addListener(listener: (info: { path: string }) => void): void } };
};

const READY = 'ready';
let demo: DemoServer;
let ext: ExtensionBrowser;
const requests: string[] = [];

beforeAll(async () => {
  // Throws, with what to install, when there is no Chromium: the suite fails, never skips.
  const chromePath = findChrome();
  demo = await startDemoServer();
  ext = await launchWithExtension({ chromePath, headless: true });
  ext.context.on('request', (request: Request) => requests.push(request.url()));
});

afterAll(async () => {
  await ext?.close();
  await demo?.close();
});

async function openExtensionPage(page: string): Promise<{ tab: Page; errors: string[] }> {
  const tab = await ext.context.newPage();
  const errors = collectErrors(tab);
  await tab.goto(ext.extensionUrl(page));
  return { tab, errors };
}

describe('background', () => {
  it('starts as a service worker of the extension', () => {
    expect(ext.serviceWorker.url()).toBe(ext.extensionUrl('background.js'));
  });

  it('answers a valid ping from an extension page with the version', async () => {
    const { tab } = await openExtensionPage('options.html');
    const reply = await tab.evaluate(() =>
      chrome.runtime.sendMessage({ channel: 'payer-check', type: 'ping', data: {} }),
    );
    const { version } = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(reply).toEqual({ ok: true, data: { version } });
    await tab.close();
  });

  it('refuses a malformed message instead of answering it', async () => {
    const { tab } = await openExtensionPage('options.html');
    const reply = await tab.evaluate(() =>
      chrome.runtime.sendMessage({ channel: 'payer-check', type: 'ping', data: 'not an object' }),
    );
    expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('Invalid "ping" request') });
    await tab.close();
  });

  it('registers the keyboard shortcut and the context-menu entry', async () => {
    const commands = await ext.serviceWorker.evaluate(() => chrome.commands.getAll());
    expect(commands).toContainEqual(expect.objectContaining({ name: 'open-side-panel', shortcut: OPEN_PANEL_SHORTCUT }));
    const menuError = await ext.serviceWorker.evaluate(
      () =>
        new Promise<string | null>((done) =>
          chrome.contextMenus.update('payer-check-open-side-panel', {}, () =>
            done(chrome.runtime.lastError?.message ?? null),
          ),
        ),
    );
    expect(menuError).toBeNull();
  });
});

describe('extension pages', () => {
  const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

  it.each(['sidepanel.html', 'popup.html', 'options.html'])(
    '%s renders a heading, with no console error and no serious accessibility issue',
    async (page) => {
      const { tab, errors } = await openExtensionPage(page);
      await expect(tab.locator('#app h1').first().textContent({ timeout: 10_000 })).resolves.toMatch(/Payer Check/);
      // axe runs through the debugging protocol, which the extension's CSP does not restrict.
      await tab.evaluate(await axeSource);
      const violations = await tab.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string | null }[] }> } }).axe;
        const result = await axe.run();
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
      });
      expect(violations).toEqual([]);
      expect(errors).toEqual([]);
      await tab.close();
    },
  );

  it('opens the side panel from the popup button', async () => {
    const opened = ext.serviceWorker.evaluate(
      () =>
        new Promise<string>((done) => chrome.sidePanel.onOpened.addListener((info) => done(info.path))),
    );
    const { tab, errors } = await openExtensionPage('popup.html');
    // The first button opens the panel ("Check this page" follows it).
    await tab.getByRole('button').first().click();
    await expect(opened).resolves.toMatch(/sidepanel\.html$/);
    expect(errors).toEqual([]);
    if (!tab.isClosed()) await tab.close();
  });
});

describe('content script on the demo HIS', () => {
  it.each(Object.entries(DEMO_PAGES))('runs in the %s page and in its admission frame', async (_language, paths) => {
    const tab = await ext.context.newPage();
    const errors = collectErrors(tab);
    await tab.goto(demo.url(paths.shell));
    await tab.waitForSelector(`html[data-payer-check="${READY}"]`, { state: 'attached', timeout: 10_000 });
    const frame = tab.frames().find((f) => f.url() === demo.url(paths.form));
    expect(frame, `frame ${paths.form}`).toBeDefined();
    await frame!.waitForSelector(`html[data-payer-check="${READY}"]`, { state: 'attached', timeout: 10_000 });
    expect(errors).toEqual([]);
    await tab.close();
  });
});

describe('privacy', () => {
  it('forbids extension pages and the service worker to fetch anything (CSP connect-src none)', async () => {
    const target = demo.url('/fr/admission.html');
    const attempt = (url: string) =>
      fetch(url, { mode: 'no-cors' }).then(
        () => 'fetched',
        () => 'blocked',
      );
    const { tab } = await openExtensionPage('sidepanel.html');
    await expect(tab.evaluate(attempt, target)).resolves.toBe('blocked');
    await expect(ext.serviceWorker.evaluate(attempt, target)).resolves.toBe('blocked');
    await tab.close();
  });

  it('made no network request beyond the extension and the demo HIS', () => {
    expect(requests.length).toBeGreaterThan(0);
    const outside = requests.filter(
      (url) => !url.startsWith(`chrome-extension://${ext.extensionId}/`) && !url.startsWith(`${demo.origin}/`),
    );
    expect(outside).toEqual([]);
  });
});
