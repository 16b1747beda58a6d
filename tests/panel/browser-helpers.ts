/** Tools for the end-to-end tests of the extension's pages: axe, screenshots, the real side panel. */
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { ROOT } from '../support/tools';
import { CHROME_BUILD_DIR, launchWithExtension, type ExtensionBrowser } from '../support/launch-extension';
import { findChrome } from '../support/find-chrome';

/**
 * Starts Chromium with a private copy of the Chrome build: another `wxt build` in the same
 * checkout (a second session, `npm run dev`) rewrites .output/ and would pull files from under
 * a running test. Closing the browser deletes the copy.
 */
/** Copies the Chrome build to a temporary folder, once it is complete. */
export async function copyChromeBuild(): Promise<string> {
  const complete = (dir: string) => existsSync(resolve(dir, 'manifest.json')) && existsSync(resolve(dir, 'sidepanel.html'));
  for (let attempt = 0; attempt < 20; attempt++) {
    if (complete(CHROME_BUILD_DIR)) {
      const dir = await mkdtemp(resolve(tmpdir(), 'payer-check-build-'));
      await cp(CHROME_BUILD_DIR, dir, { recursive: true });
      if (complete(dir)) return dir;
      await rm(dir, { recursive: true, force: true });
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  throw new Error(`no complete Chrome build in ${CHROME_BUILD_DIR} (npm run build)`);
}

export async function launchWithBuildCopy(): Promise<ExtensionBrowser> {
  const dir = await copyChromeBuild();
  const ext = await launchWithExtension({ chromePath: findChrome(), headless: true, extensionDir: dir }).catch(async (error: unknown) => {
    await rm(dir, { recursive: true, force: true });
    throw error;
  });
  return {
    ...ext,
    close: async () => {
      await ext.close();
      await rm(dir, { recursive: true, force: true }).catch(() => undefined);
    },
  };
}

const axeSource = readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** axe-core's serious and critical violations on `page` as it is now (WCAG 2 A/AA rules and best practices). */
export async function seriousAxeViolations(page: Page): Promise<AxeViolation[]> {
  // axe runs through the debugging protocol, which the extension's CSP does not restrict.
  await page.evaluate(await axeSource);
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as {
      axe: {
        run(): Promise<{
          violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
        }>;
      };
    }).axe;
    const result = await axe.run();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  });
}

export const SCREENSHOT_ROOT = resolve(ROOT, 'test-results/panel');

/** Saves a screenshot under test-results/panel/<name>.png: the whole page, or only what is in view. */
export async function shoot(page: Page, name: string, { fullPage = true } = {}): Promise<string> {
  const file = resolve(SCREENSHOT_ROOT, `${name}.png`);
  await mkdir(dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage });
  return file;
}

/** Does the page fit its width (no horizontal scrolling)? */
export function overflowsHorizontally(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);
}

/**
 * Evaluates `expression` in the REAL side panel (the one Chrome opened beside a tab, which
 * Playwright does not expose as a page), through the DevTools protocol. Resolves with its
 * value, or undefined while there is no side panel.
 */
export async function evaluateInSidePanel(context: BrowserContext, anyPage: Page, expression: string): Promise<unknown> {
  const cdp = await context.newCDPSession(anyPage);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] };
    const panel = targetInfos.find((t) => t.url.endsWith('/sidepanel.html'));
    if (!panel) return undefined;
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: panel.targetId, flatten: false })) as {
      sessionId: string;
    };
    const reply = new Promise<unknown>((done) =>
      cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
        const message = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: unknown } } };
        if (message.id === 1) done(message.result?.result?.value);
      }),
    );
    await cdp.send('Target.sendMessageToTarget', {
      sessionId,
      message: JSON.stringify({ id: 1, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }),
    });
    return await reply;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
