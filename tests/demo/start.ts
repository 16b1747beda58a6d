/**
 * `npm start`: builds the extension, serves the demo HIS on localhost and opens Chromium
 * with Payer Check loaded on it.
 *
 * - With a display: a normal browser window; stop with Ctrl+C or by closing the window.
 * - Without one (a server, CI), or with `--headless`: loads the demo page, opens the side
 *   panel, runs the sample case (./sample-case.ts), prints the result, saves screenshots in
 *   test-results/start/ and exits. It never waits for anyone and never prints a stack trace.
 *
 * Options: --headless, --headed (force a mode), --no-build (use the existing .output/).
 */
import { mkdir } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { ChromeNotFoundError, findChrome } from '../support/find-chrome';
import { CHROME_BUILD_DIR, launchWithExtension, type ExtensionBrowser } from '../support/launch-extension';
import { collectErrors } from '../support/page-errors';
import { ROOT, runTool } from '../support/tools';
import { runSampleCase, SAMPLE_CASE } from './sample-case';
import { DEMO_PAGES, startDemoServer, type DemoServer } from './server';

const SCREENSHOT_DIR = resolve(ROOT, 'test-results/start');
/** Headless runs give up after this long, whatever happens. */
const HEADLESS_DEADLINE_MS = 120_000;
const READY = 'html[data-payer-check="ready"]';

let currentStep = 'starting';
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const step = (what: string) => {
  currentStep = what;
  console.log(`• ${what}…`);
};

/**
 * One readable line from an error: Playwright's messages carry a call log and browser logs
 * (set PAYER_CHECK_DEBUG=1 to see them), and some causes deserve a hint.
 */
function explain(error: unknown): string {
  const full = error instanceof Error ? error.message : String(error);
  if (process.env.PAYER_CHECK_DEBUG) return full;
  if (/Missing X server|XServer|\$DISPLAY/.test(full)) {
    return 'the browser found no usable display. Run `npm start -- --headless` instead.';
  }
  const cut = full.split(/\n(?:Call log:|Browser logs:|=+ logs =+)/)[0] ?? full;
  return cut.replace(/^[\w.]+: /, '').trim();
}

function hasDisplay(): boolean {
  if (process.platform === 'darwin' || process.platform === 'win32') return true;
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

async function buildExtension(): Promise<void> {
  const { code, output } = await runTool('wxt', ['build'], { capture: true });
  if (code !== 0) throw new Error(`wxt build exited with code ${code}:\n${output.trim()}`);
}

async function headlessRun(ext: ExtensionBrowser, demo: DemoServer): Promise<void> {
  step('Loading the demo HIS page');
  const his = ext.context.pages()[0] ?? (await ext.context.newPage());
  await his.goto(demo.url(DEMO_PAGES[SAMPLE_CASE.page].shell), { timeout: 15_000 });
  await his.waitForSelector(READY, { state: 'attached', timeout: 10_000 });
  const form = his.frames().find((frame) => frame.url() === demo.url(DEMO_PAGES[SAMPLE_CASE.page].form));
  if (!form) throw new Error('the admission frame of the demo page did not load');
  await form.waitForSelector(READY, { state: 'attached', timeout: 10_000 });
  console.log(`  content script running on ${his.url()} and in its admission frame`);

  step('Opening the side panel');
  // The side panel proper needs a click to open; the same page in a tab, at panel width.
  const panel: Page = await ext.context.newPage();
  await panel.setViewportSize({ width: 420, height: 900 });
  const panelErrors = collectErrors(panel);
  await panel.goto(ext.extensionUrl('sidepanel.html'), { timeout: 15_000 });
  await panel.locator('#app h1').first().waitFor({ timeout: 10_000 });
  if (panelErrors.length > 0) throw new Error(`the side panel logged errors:\n  ${panelErrors.join('\n  ')}`);

  step(`Running the sample case (${SAMPLE_CASE.patient})`);
  const lines = await runSampleCase({ his, panel });

  step('Saving screenshots');
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const shots = [resolve(SCREENSHOT_DIR, 'demo-his.png'), resolve(SCREENSHOT_DIR, 'side-panel.png')] as const;
  await his.screenshot({ path: shots[0], timeout: 10_000 });
  await panel.screenshot({ path: shots[1], timeout: 10_000 });

  console.log('');
  console.log('Payer Check loaded; side panel rendered.');
  for (const line of lines) console.log(line);
  console.log(`Screenshots: ${shots.map((shot) => relative(process.cwd(), shot)).join(', ')}`);
}

async function headedRun(ext: ExtensionBrowser, demo: DemoServer): Promise<void> {
  const page = ext.context.pages()[0] ?? (await ext.context.newPage());
  await page.goto(demo.url(DEMO_PAGES.fr.shell), { timeout: 15_000 });
  console.log('');
  console.log(`Chromium is open with Payer Check loaded on the demo HIS: ${demo.url(DEMO_PAGES.fr.shell)}`);
  console.log(`  Dutch variant: ${demo.url(DEMO_PAGES.nl.shell)}`);
  console.log('  Open the side panel: the toolbar button (puzzle piece → Payer Check) → "Open side panel",');
  console.log('  or Alt+Shift+F, or right-click the page → Payer Check.');
  console.log('Close the browser window or press Ctrl+C to stop.');
  await new Promise<void>((done) => {
    ext.context.on('close', () => done());
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
  });
}

async function main(): Promise<number> {
  const args = new Set(process.argv.slice(2));
  const headless = args.has('--headless') || (!args.has('--headed') && !hasDisplay());

  let watchdog: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, fail) => {
    watchdog = setTimeout(
      () => fail(new Error(`gave up after ${HEADLESS_DEADLINE_MS / 1000} s while ${lowerFirst(currentStep)}`)),
      HEADLESS_DEADLINE_MS,
    );
  });
  deadline.catch(() => undefined);

  let demo: DemoServer | undefined;
  let ext: ExtensionBrowser | undefined;
  try {
    const work = (async () => {
      if (!args.has('--no-build')) {
        step('Building the extension (wxt build)');
        await buildExtension();
        console.log(`  built ${relative(process.cwd(), CHROME_BUILD_DIR)}`);
      }
      step('Looking for Chromium');
      const chromePath = findChrome();
      console.log(`  using ${chromePath}`);
      step('Serving the demo HIS');
      demo = await startDemoServer();
      console.log(`  ${demo.origin}/`);
      step(`Starting Chromium with the extension (${headless ? 'headless: no display' : 'with a window'})`);
      ext = await launchWithExtension({ chromePath, headless, timeoutMs: 30_000 });
      console.log(`  extension id ${ext.extensionId}`);
    })();
    await Promise.race([work, deadline]);
    if (headless) {
      await Promise.race([headlessRun(ext!, demo!), deadline]);
    } else {
      clearTimeout(watchdog);
      await headedRun(ext!, demo!);
    }
    return 0;
  } catch (error) {
    console.error('');
    if (error instanceof ChromeNotFoundError) {
      console.error(`npm start: ${error.message}`);
    } else {
      console.error(`npm start failed while ${lowerFirst(currentStep)}: ${explain(error)}`);
      if (!process.env.PAYER_CHECK_DEBUG) console.error('(PAYER_CHECK_DEBUG=1 npm start shows the details.)');
    }
    return 1;
  } finally {
    clearTimeout(watchdog);
    // Closing must not become the hang: give it ten seconds, then exit anyway.
    const giveUp = new Promise<void>((done) => setTimeout(done, 10_000).unref());
    await Promise.race([Promise.all([ext?.close(), demo?.close()]), giveUp]);
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`npm start failed: ${explain(error)}`);
    process.exit(1);
  },
);
