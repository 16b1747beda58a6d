import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Worker } from 'playwright-core';

/** Where `wxt build` puts the Chrome extension. */
export const CHROME_BUILD_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface ExtensionBrowser {
  context: BrowserContext;
  /** The background service worker. */
  serviceWorker: Worker;
  extensionId: string;
  /** `chrome-extension://<id>/<page>` */
  extensionUrl(page: string): string;
  /** Closes the browser and deletes its throw-away profile. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  chromePath: string;
  extensionDir?: string;
  headless: boolean;
  /** How long to wait for the browser and for the extension's service worker. */
  timeoutMs?: number;
  /** Extra Chromium flags. */
  args?: string[];
}

/**
 * Starts Chromium with a fresh profile and the unpacked extension loaded (flags measured
 * to work with Debian's Chromium, see ../shared/TOOLCHAIN.md), and waits for the
 * extension's service worker.
 */
export async function launchWithExtension(options: LaunchOptions): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? CHROME_BUILD_DIR;
  const timeout = options.timeoutMs ?? 30_000;
  const profile = await mkdtemp(join(tmpdir(), 'payer-check-profile-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: options.chromePath,
      headless: options.headless,
      timeout,
      viewport: options.headless ? { width: 1280, height: 900 } : null,
      args: [
        // Playwright passes --disable-extensions: without this exception nothing loads, silently.
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--no-default-browser-check',
        // Without these Chromium tries to reach the internet many times a second.
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        ...(options.args ?? []),
      ],
    });
    const serviceWorker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout }).catch(() => {
        throw new Error(
          `The browser started but the extension's service worker did not within ${timeout / 1000} s.\n` +
            `Is ${extensionDir} a built extension (npm run build)? Branded Google Chrome 137+ ignores ` +
            '--load-extension: use Chromium (set CHROME_PATH).',
        );
      }));
    const extensionId = new URL(serviceWorker.url()).host;
    const opened = context;
    return {
      context: opened,
      serviceWorker,
      extensionId,
      extensionUrl: (page) => `chrome-extension://${extensionId}/${page.replace(/^\//, '')}`,
      close: async () => {
        await opened.close().catch(() => undefined);
        await rm(profile, { recursive: true, force: true }).catch(() => undefined);
      },
    };
  } catch (error) {
    await context?.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true }).catch(() => undefined);
    throw error;
  }
}
