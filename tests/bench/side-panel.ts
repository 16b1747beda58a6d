/**
 * `npm run bench`, side panel section: the JavaScript the side panel loads (its own chunk and
 * every chunk it imports, minified as built in .output/chrome-mv3) and its time from load to
 * first render in a real Chromium (several runs, median). Measured, never asserted; the
 * goals (60 kB, 100 ms) are printed beside the figures.
 *
 * Three JavaScript figures: "at start" (the page's scripts and their static imports), "before
 * the first render" (every script the browser had finished loading when the panel was in the
 * DOM, from the DevTools protocol's network events: the start plus what the panel awaited,
 * such as the clerk's dictionary),
 * and the total with what loads on demand (dynamic imports: the rules engine after the first
 * render, the other languages).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { resolve, dirname, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { findChrome } from '../support/find-chrome';
import { launchWithExtension } from '../support/launch-extension';
import { runTool } from '../support/tools';
import { copyChromeBuild } from '../panel/browser-helpers';

const RUNS = 9;
const GOAL_KB = 60;
const GOAL_MS = 100;
/** The marks components/panel/mount.tsx sets (scripts evaluated, settings read, panel in the DOM). */
const MARKS = ['payer-check:scripts-ready', 'payer-check:settings-ready', 'payer-check:first-render', 'payer-check:parts-ready'] as const;
const FIRST_RENDER_MARK = MARKS[2];
const PARTS_READY_MARK = MARKS[3];

interface Run {
  /** HTML parsed (the browser's own work before our scripts run). */
  domInteractive: number;
  scripts: number;
  settings: number;
  render: number;
  /** The rest of the panel (the engine…) loaded and rendered. */
  parts: number;
  paint: number;
  /** The scripts fetched before the first render (paths inside the extension). */
  scriptsBeforeRender: string[];
}

export interface Chunk {
  file: string;
  bytes: number;
  gzip: number;
  /** Loaded at start (static imports) or only on demand (dynamic import()). */
  lazy: boolean;
}

/** Every chunk a page loads: its <script> and modulepreloads, then their static imports, recursively; dynamic imports apart. */
export function pageChunks(buildDir: string, html: string): Chunk[] {
  const page = readFileSync(resolve(buildDir, html), 'utf8');
  const start = [...page.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Map<string, boolean>();
  const visit = (file: string, lazy: boolean) => {
    if (seen.has(file) && (lazy || seen.get(file) === false)) return;
    seen.set(file, lazy);
    const code = readFileSync(resolve(buildDir, file), 'utf8');
    const dir = dirname(file);
    for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)) visit(relative(buildDir, resolve(buildDir, dir, m[1]!)), lazy);
    for (const m of code.matchAll(/\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)) visit(relative(buildDir, resolve(buildDir, dir, m[1]!)), true);
  };
  for (const file of start) visit(file, false);
  return [...seen].map(([file, lazy]) => {
    const code = readFileSync(resolve(buildDir, file));
    return { file, bytes: code.length, gzip: gzipSync(code).length, lazy };
  });
}

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * The floor under any extension page here: a blank page of the same extension whose one tiny
 * module script sets the same marks (written into the private copy of the build, never
 * shipped). What the panel takes beyond it is ours; the rest is the browser's.
 */
const FLOOR_PAGE = 'bench-floor.html';
const FLOOR_HTML = '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Floor</title><script type="module" src="/bench-floor.js"></script></head><body><div id="app"></div></body></html>';
const FLOOR_JS = `for (const m of ${JSON.stringify(MARKS.slice(0, 2))}) performance.mark(m); document.getElementById('app').textContent = 'Payer Check'; performance.mark(${JSON.stringify(FIRST_RENDER_MARK)}); performance.mark(${JSON.stringify(PARTS_READY_MARK)});`;

async function loadOnce(ext: Awaited<ReturnType<typeof launchWithExtension>>, file: string): Promise<Run> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 420, height: 900 });
  // When each script finished loading, in wall-clock ms (extension pages have no resource timing).
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('Network.enable');
  const sent = new Map<string, { url: string; wallTime: number; timestamp: number }>();
  const loaded: { url: string; at: number }[] = [];
  cdp.on('Network.requestWillBeSent', (e) => sent.set(e.requestId, { url: e.request.url, wallTime: e.wallTime, timestamp: e.timestamp }));
  cdp.on('Network.loadingFinished', (e) => {
    const s = sent.get(e.requestId);
    if (s) loaded.push({ url: s.url, at: (s.wallTime + e.timestamp - s.timestamp) * 1000 });
  });
  await page.goto(ext.extensionUrl(file));
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, PARTS_READY_MARK, { timeout: 10_000 });
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 10_000 }).catch(() => undefined);
  // No helper functions inside: tsx would wrap them in a `__name` the page does not have.
  const [scripts, settings, render, parts, paint, domInteractive] = await page.evaluate(
    (names) => [
      ...names.map((name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN),
      (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domInteractive ?? Number.NaN,
    ],
    [...MARKS, 'first-contentful-paint'],
  );
  const renderAt = (await page.evaluate(() => performance.timeOrigin)) + render!;
  const scriptsBeforeRender = loaded.filter((l) => l.url.endsWith('.js') && l.at <= renderAt).map((l) => new URL(l.url).pathname.slice(1));
  await cdp.detach();
  await page.close();
  return { domInteractive: domInteractive!, scripts: scripts!, settings: settings!, render: render!, parts: parts!, paint: paint!, scriptsBeforeRender };
}

/** The panel and the floor page, alternately in the same browser (the first load of each warms the caches). */
async function firstRenderTimes(buildDir: string): Promise<{ panel: Run[]; floor: Run[] }> {
  writeFileSync(resolve(buildDir, FLOOR_PAGE), FLOOR_HTML);
  writeFileSync(resolve(buildDir, 'bench-floor.js'), FLOOR_JS);
  const ext = await launchWithExtension({ chromePath: findChrome(), headless: true, extensionDir: buildDir });
  const panel: Run[] = [];
  const floor: Run[] = [];
  try {
    for (let i = 0; i < RUNS + 1; i++) {
      const run = await loadOnce(ext, 'sidepanel.html');
      const blank = await loadOnce(ext, FLOOR_PAGE);
      if (i > 0) {
        panel.push(run);
        floor.push(blank);
      }
    }
  } finally {
    await ext.close();
  }
  return { panel, floor };
}

export async function benchSidePanel(): Promise<string[]> {
  const { code, output } = await runTool('wxt', ['build'], { capture: true });
  if (code !== 0) throw new Error(`wxt build failed:\n${output}`);
  // Measured on a private copy: another build in the same checkout must not change it midway.
  const buildDir = await copyChromeBuild();
  try {
    return await measure(buildDir);
  } finally {
    await rm(buildDir, { recursive: true, force: true });
  }
}

async function measure(buildDir: string): Promise<string[]> {
  const lines: string[] = ['Side panel'];
  const chunks = pageChunks(buildDir, 'sidepanel.html');
  const { panel: runs, floor } = await firstRenderTimes(buildDir);
  // What every run had fetched before its first render (the same files each time, but for a race).
  const beforeRender = new Set(runs.flatMap((r) => r.scriptsBeforeRender));
  const sum = (list: Chunk[]) => `${kb(list.reduce((s, c) => s + c.bytes, 0))} (gzip ${kb(list.reduce((s, c) => s + c.gzip, 0))})`;
  const atStart = chunks.filter((c) => !c.lazy);
  const firstRender = chunks.filter((c) => !c.lazy || beforeRender.has(c.file));
  lines.push(`  JavaScript at start (own chunk + shared, static imports, minified): ${sum(atStart)}; goal under ${GOAL_KB} kB`);
  lines.push(`  JavaScript fetched before the first render (at start + what it awaited, measured in the browser): ${sum(firstRender)}`);
  lines.push(`  JavaScript in all, with what loads on demand (the engine after the first render, other languages): ${sum(chunks)}`);
  for (const c of [...chunks].sort((a, b) => b.bytes - a.bytes)) {
    const when = !c.lazy ? '' : beforeRender.has(c.file) ? '  (dynamic, before the first render)' : '  (dynamic: on demand)';
    lines.push(`    ${c.file.padEnd(34)} ${kb(c.bytes).padStart(9)}  gzip ${kb(c.gzip).padStart(8)}${when}`);
  }

  const pick = (key: Exclude<keyof Run, 'scriptsBeforeRender'>) => runs.map((r) => r[key]).filter((v) => !Number.isNaN(v));
  const fmt = (v: number[]) =>
    `median ${median(v).toFixed(1)} ms (min ${Math.min(...v).toFixed(1)}, max ${Math.max(...v).toFixed(1)}, ${v.length} runs)`;
  lines.push(`  Load to first render (navigation start → panel in the DOM, real Chromium, headless): ${fmt(pick('render'))}; goal under ${GOAL_MS} ms`);
  const floorRender = floor.map((r) => r.render).filter((v) => !Number.isNaN(v));
  lines.push(
    `  The browser's floor, a blank page of the extension with one tiny module script, loaded alternately in the same browser: ${fmt(floorRender)}` +
      ` (HTML parsed at ${median(floor.map((r) => r.domInteractive)).toFixed(0)} ms); the panel's own part: median ${median(runs.map((r, i) => r.render - floor[i]!.render)).toFixed(1)} ms`,
  );
  const paint = pick('paint');
  const floorPaint = floor.map((r) => r.paint).filter((v) => !Number.isNaN(v));
  if (paint.length > 0) lines.push(`  Load to first contentful paint: ${fmt(paint)}`);
  // The pixels: a page with nothing to do is painted no sooner than this here (headless frames).
  if (floorPaint.length > 0) lines.push(`  The floor page's first contentful paint: ${fmt(floorPaint)}`);
  const step = (from: Exclude<keyof Run, 'scriptsBeforeRender'>, to: Exclude<keyof Run, 'scriptsBeforeRender'>) => median(runs.map((r) => r[to] - r[from]).filter((v) => !Number.isNaN(v)));
  lines.push(
    `  Where the time goes (medians): HTML parsed at ${median(pick('domInteractive')).toFixed(0)} ms · ` +
      `scripts loaded and evaluated +${step('domInteractive', 'scripts').toFixed(0)} ms · ` +
      `settings read +${step('scripts', 'settings').toFixed(0)} ms · first render +${step('settings', 'render').toFixed(0)} ms`,
  );
  lines.push(`  The rest of the panel (rules engine, verdict, page sections) ready +${step('render', 'parts').toFixed(0)} ms after the first render`);
  return lines;
}

// `npx tsx tests/bench/side-panel.ts` runs this section alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const line of await benchSidePanel()) console.log(line);
}
