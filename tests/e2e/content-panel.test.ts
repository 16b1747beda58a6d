/**
 * The content script and an extension page talking over the page protocol, in a real Chromium
 * with the built extension, on the frames fixture (top page, srcdoc frame, about:blank frame
 * filled by script, same-origin child page) under a strict CSP: every frame reports its
 * fields; focus, read and fill reach the right frame; malformed requests are refused; the
 * highlight setting and a site profile apply at once; no site is registered without access.
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOST_RESOLVER_ARGS, UNMATCHED_HOST, startFixtureServer, type FixtureServer } from '../page/fixture-server';
import { countMarks, waitForFixture, waitForMarksToSettle } from '../page/in-chromium';
import { findChrome } from '../support/find-chrome';
import { launchWithExtension, type ExtensionBrowser } from '../support/launch-extension';
import { collectErrors } from '../support/page-errors';

/** What `evaluate` callbacks see in an extension page. */
declare const chrome: {
  runtime: { onMessage: { addListener(l: (m: unknown, s: { tab?: { id?: number }; frameId?: number }, r: (x: unknown) => void) => void): void } };
  tabs: {
    getCurrent(): Promise<{ id?: number }>;
    query(q: object): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  };
  storage: { local: { set(items: object): Promise<void>; remove(keys: string[]): Promise<void> } };
  scripting: { getRegisteredContentScripts(): Promise<unknown[]> };
};

const CHANNEL = 'payer-check:page';
let server: FixtureServer;
let ext: ExtensionBrowser;
let his: Page;
let panel: Page;
let errors: string[];
let tabId: number;

interface Push {
  frameId: number;
  data: { fields: { id: string; kind: string; label: string }[]; total: number; title: string; top: boolean; highlight: boolean };
}

const send = (message: unknown, frameId?: number): Promise<unknown> =>
  panel.evaluate(([tab, m, f]) => chrome.tabs.sendMessage(tab as number, m, f === null ? undefined : { frameId: f as number }), [tabId, message, frameId ?? null] as const);

const pushes = (): Promise<Push[]> => panel.evaluate(() => (globalThis as unknown as { pushes: Push[] }).pushes);

/** Says hello and returns the latest push of each frame. */
async function hello(): Promise<Map<number, Push['data']>> {
  await panel.evaluate(() => ((globalThis as unknown as { pushes: Push[] }).pushes = []));
  await expect(send({ channel: CHANNEL, type: 'page:hello', data: {} })).resolves.toMatchObject({ ok: true });
  await expect.poll(async () => new Set((await pushes()).map((p) => p.frameId)).size, { timeout: 5_000 }).toBe(4);
  return new Map((await pushes()).map((p) => [p.frameId, p.data]));
}

function frameWith(selector: string): Promise<Frame> {
  return (async () => {
    for (const frame of his.frames()) if (await frame.$(selector)) return frame;
    throw new Error(`no frame has ${selector}`);
  })();
}

beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension({ chromePath: findChrome(), headless: true, args: HOST_RESOLVER_ARGS });
  his = await ext.context.newPage();
  errors = collectErrors(his);
  await his.goto(server.url('/frames.html'));
  await waitForFixture(his);
  await waitForMarksToSettle(his);
  panel = await ext.context.newPage();
  await panel.goto(ext.extensionUrl('options.html'));
  await panel.evaluate(() => {
    const store = ((globalThis as unknown as { pushes: Push[] }).pushes = []);
    chrome.runtime.onMessage.addListener((message, sender, reply) => {
      const m = message as { channel?: string; type?: string; data?: Push['data'] };
      if (m?.channel === 'payer-check:page' && m.type === 'page:fields') {
        (globalThis as unknown as { pushes: Push[] }).pushes.push({ frameId: sender.frameId ?? -1, data: m.data! });
        reply({ ok: true });
      }
    });
    void store;
  });
  // The HIS tab: the one (besides this page) whose content script answers.
  tabId = await panel.evaluate(async (channel) => {
    const me = await chrome.tabs.getCurrent();
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined || tab.id === me.id) continue;
      const reply = await chrome.tabs.sendMessage(tab.id, { channel, type: 'page:hello', data: {} }).catch(() => null);
      if (reply) return tab.id;
    }
    return -1;
  }, CHANNEL);
}, 90_000);

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('the page protocol with a real content script in every frame', () => {
  it('every frame (srcdoc, about:blank, child page) reports its own fields', async () => {
    expect(tabId).toBeGreaterThan(0);
    const frames = await hello();
    const kinds = [...frames.values()].map((f) => f.fields.map((x) => x.kind).join(',')).sort();
    expect(kinds).toEqual(['commune,cpas,arrival-date', 'insurer,ehic,payer', 'nationality', 'residence-document,document-number,document-expiry']);
    const top = [...frames.values()].find((f) => f.top)!;
    expect(top.fields[0]).toMatchObject({ kind: 'nationality', label: 'Nationalité' });
  });

  it('focuses a field in its own frame', async () => {
    const frames = await hello();
    const [frameId, data] = [...frames].find(([, f]) => f.fields.some((x) => x.kind === 'ehic'))!;
    const ehic = data.fields.find((x) => x.kind === 'ehic')!;
    await expect(send({ channel: CHANNEL, type: 'page:focus', data: { id: ehic.id } }, frameId)).resolves.toEqual({ ok: true, data: { focused: true } });
    const frame = await frameWith('#ceam');
    expect(await frame.evaluate(() => document.activeElement?.id)).toBe('ceam');
  });

  it('reads values only when asked, and fills the payer list only when asked', async () => {
    const top = await frameWith('#top-nat');
    await top.fill('#top-nat', 'Marokkaans');
    const frames = await hello();
    const topId = [...frames].find(([, f]) => f.top)![0];
    await expect(send({ channel: CHANNEL, type: 'page:read', data: {} }, topId)).resolves.toEqual({
      ok: true,
      data: { values: [{ id: expect.any(String), kind: 'nationality', text: 'Marokkaans' }] },
    });
    const insurance = await frameWith('#deb');
    expect(await insurance.$eval('#deb', (s) => (s as HTMLSelectElement).value)).toBe('Mutualité');
    const insuranceId = [...frames].find(([, f]) => f.fields.some((x) => x.kind === 'payer'))![0];
    await expect(send({ channel: CHANNEL, type: 'page:fill-payer', data: { payer: 'cpas' } }, insuranceId)).resolves.toMatchObject({
      ok: true,
      data: { ok: true, option: 'CPAS', changed: true },
    });
    expect(await insurance.$eval('#deb', (s) => (s as HTMLSelectElement).value)).toBe('CPAS');
  });

  it('refuses malformed requests', async () => {
    await expect(send({ channel: CHANNEL, type: 'page:fill-payer', data: { payer: 'my-cousin' } })).resolves.toMatchObject({ ok: false });
    await expect(send({ channel: CHANNEL, type: 'page:emphasise', data: { kinds: 'payer' } })).resolves.toMatchObject({ ok: false });
  });

  it('emphasises the fields to act on', async () => {
    const frames = await hello();
    const insuranceId = [...frames].find(([, f]) => f.fields.some((x) => x.kind === 'payer'))![0];
    await expect(send({ channel: CHANNEL, type: 'page:emphasise', data: { kinds: ['payer', 'ehic'] } }, insuranceId)).resolves.toEqual({ ok: true, data: { count: 2 } });
    const insurance = await frameWith('#deb');
    expect(await insurance.$eval('#deb', (el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    expect(await insurance.$eval('#deb', (el) => getComputedStyle(el).outlineWidth)).toBe('3px');
    await expect(send({ channel: CHANNEL, type: 'page:emphasise', data: { kinds: [] } }, insuranceId)).resolves.toMatchObject({ ok: true });
    expect(await insurance.$eval('#deb', (el) => getComputedStyle(el).outlineWidth)).toBe('2px');
  });

  it('follows the highlight setting at once: off removes every mark, on brings them back', async () => {
    const before = await countMarks(his);
    expect(before).toBeGreaterThan(0);
    await panel.evaluate(() => chrome.storage.local.set({ settings: { language: 'nl', highlightFields: false } }));
    await expect.poll(() => countMarks(his), { timeout: 5_000 }).toBe(0);
    const frames = await hello();
    expect([...frames.values()].every((f) => !f.highlight && f.fields.length > 0)).toBe(true);
    await panel.evaluate(() => chrome.storage.local.set({ settings: { language: 'nl', highlightFields: true } }));
    await expect.poll(() => countMarks(his), { timeout: 5_000 }).toBe(before);
  });

  it('applies a site profile for this origin at once: its selectors replace the heuristics for their kind', async () => {
    const top = await frameWith('#top-nom');
    await panel.evaluate((origin) => chrome.storage.local.set({ siteProfiles: { [origin]: { commune: ['#top-nom'] } } }), server.origin);
    await expect.poll(() => top.$eval('#top-nom', (el) => el.getAttribute('data-payer-check-field')), { timeout: 5_000 }).toBe('commune');
    await panel.evaluate(() => chrome.storage.local.remove(['siteProfiles']));
    await expect.poll(() => top.$eval('#top-nom', (el) => el.getAttribute('data-payer-check-field')), { timeout: 5_000 }).toBeNull();
  });

  it('registers no content script for an enabled origin the browser has not granted', async () => {
    await panel.evaluate((origin) => chrome.storage.local.set({ enabledOrigins: [origin] }), `http://${UNMATCHED_HOST}`);
    await his.waitForTimeout(500);
    await expect(panel.evaluate(() => chrome.scripting.getRegisteredContentScripts())).resolves.toEqual([]);
  });

  it('offers "Check this page" on a right-click, beside "Open side panel"', async () => {
    const update = (id: string) =>
      ext.serviceWorker.evaluate(
        (menuId) =>
          new Promise<string | null>((done) =>
            (globalThis as unknown as { chrome: { contextMenus: { update(i: string, p: object, cb: () => void): void }; runtime: { lastError?: { message?: string } } } }).chrome.contextMenus.update(
              menuId,
              {},
              () => done((globalThis as unknown as { chrome: { runtime: { lastError?: { message?: string } } } }).chrome.runtime.lastError?.message ?? null),
            ),
          ),
        id,
      );
    await expect(update('payer-check-check-page')).resolves.toBeNull();
    await expect(update('payer-check-open-side-panel')).resolves.toBeNull();
  });

  it('threw nothing into the page', () => {
    expect(errors).toEqual([]);
  });
});
