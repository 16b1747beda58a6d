/**
 * What the fixture measurements share (content-precision.test.ts over our HIS fixtures,
 * held-out.ts over the pages written blind): a Chromium with the built extension and a fixture
 * server with a strict CSP, and one page measured — loaded first where the content script does
 * not run (the reference), then where it does, scored against the page's `data-expect` ground
 * truth (score.ts), its controls compared with the reference's.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { HOST_RESOLVER_ARGS, startFixtureServer, type FixtureServer } from '../page/fixture-server';
import { testToolsScript, waitForFixture, waitForMarksToSettle, type TestTools } from '../page/in-chromium';
import { compareSnapshots, type ControlSnapshot } from '../page/snapshot';
import { findChrome } from '../support/find-chrome';
import { launchWithExtension, type ExtensionBrowser } from '../support/launch-extension';
import { collectErrors } from '../support/page-errors';

declare const __payerCheckTest: TestTools;

export interface Scored {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly controls: number;
  readonly mistakes: { where: string; expected: string | null; detected: string | null }[];
}

export interface FixtureSession {
  readonly server: FixtureServer;
  /** A new tab on `url`, once the fixture says it is ready, with the test tools installed. */
  open(url: string): Promise<{ tab: Page; errors: string[] }>;
}

/** Starts the browser and the server (for `dir`, or the HIS fixtures) before the file's tests, stops them after. */
export function useFixtureSession(dir?: string): () => FixtureSession {
  let server: FixtureServer | undefined;
  let ext: ExtensionBrowser | undefined;
  let tools = '';
  beforeAll(async () => {
    const chromePath = findChrome();
    [server, tools] = await Promise.all([startFixtureServer(dir ? { dir } : undefined), testToolsScript()]);
    ext = await launchWithExtension({ chromePath, headless: true, args: HOST_RESOLVER_ARGS });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });
  return () => ({
    server: server!,
    async open(url) {
      const tab = await ext!.context.newPage();
      const errors = collectErrors(tab);
      await tab.goto(url);
      await waitForFixture(tab);
      await tab.evaluate(tools);
      return { tab, errors };
    },
  });
}

export interface MeasuredPage {
  readonly tab: Page;
  /** Errors the page reported with the extension. */
  readonly errors: string[];
  /** Errors the page reported on its own, without the extension. */
  readonly referenceErrors: string[];
  /** Whether the reference page (where the content script must not run) was marked ready anyway. */
  readonly referenceReady: boolean;
  readonly marked: number;
  readonly score: Scored;
  /** Controls that the highlighting moved or changed, against the reference. */
  readonly moved: string[];
}

const snapshot = (tab: Page): Promise<ControlSnapshot[]> => tab.evaluate(() => __payerCheckTest.snapshotControls(document));

/** Measures one page (leaves its tab open for more checks; close it). */
export async function measurePage(session: FixtureSession, name: string): Promise<MeasuredPage> {
  const reference = await session.open(session.server.referenceUrl(`/${name}`));
  await reference.tab.waitForTimeout(300);
  const before = await snapshot(reference.tab);
  const referenceReady = (await reference.tab.evaluate(() => document.documentElement.dataset.payerCheck)) !== undefined;
  await reference.tab.close();

  const { tab, errors } = await session.open(session.server.url(`/${name}`));
  await tab.waitForSelector('html[data-payer-check="ready"]', { state: 'attached', timeout: 10_000 });
  const marked = await waitForMarksToSettle(tab);
  const score = await tab.evaluate(() => {
    const s = __payerCheckTest.scorePage(document);
    return { ...s, mistakes: s.mistakes.map((m) => ({ where: m.where, expected: m.expected, detected: m.detected })) };
  });
  if (score.mistakes.length) console.info(`${name}: ${score.mistakes.map((m) => `${m.where} expected ${m.expected ?? 'none'}, got ${m.detected ?? 'none'}`).join('; ')}`);
  return { tab, errors, referenceErrors: reference.errors, referenceReady, marked, score, moved: compareSnapshots(before, await snapshot(tab)) };
}
