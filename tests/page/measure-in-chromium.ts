/**
 * Developer script until phase 2's end-to-end test lands: bundles the page-detection modules,
 * serves tests/fixtures/his over HTTP with a strict CSP, and in real Chromium runs detection
 * and highlighting on every fixture page (precision/recall with the same scorer as the unit
 * test) and times detection on the 1,000 × 10 grid. Also prints the minified size of what a
 * content script would bundle from components/page.
 *
 *   npx tsx tests/page/measure-in-chromium.ts [path/to/chromium]
 */
import { build } from 'esbuild';
import { createReadStream, existsSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const fixtures = join(root, 'tests', 'fixtures', 'his');
const page = (file: string) => join(root, 'components', 'page', file);

async function bundle(contents: string): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
  });
  return result.outputFiles[0]!.text;
}

const contentScriptPart = await bundle(`
  export { detectFields, createDetectionCache } from ${JSON.stringify(page('detect-fields.ts'))};
  export { createHighlighter, clearHighlights } from ${JSON.stringify(page('highlight.ts'))};
  export { observeAddedSubtrees } from ${JSON.stringify(page('observe.ts'))};
  export { readRawValue } from ${JSON.stringify(page('read-values.ts'))};
  export { fillPayerSelect } from ${JSON.stringify(page('fill-payer.ts'))};`);
console.log(`content-script part from components/page: ${(contentScriptPart.length / 1024).toFixed(1)} kB minified`);

const harness = await bundle(`
  import { detectFields } from ${JSON.stringify(page('detect-fields.ts'))};
  import { createHighlighter } from ${JSON.stringify(page('highlight.ts'))};
  import { FIELD_KIND_LABELS } from ${JSON.stringify(page('kind-labels.ts'))};
  import { scorePage } from ${JSON.stringify(join(root, 'tests', 'page', 'score.ts'))};
  (globalThis as any).__payerCheck = { detectFields, createHighlighter, FIELD_KIND_LABELS, scorePage };`);

const server = createServer((request, response) => {
  const file = join(fixtures, decodeURIComponent((request.url ?? '/').split('?')[0]!));
  if (!file.startsWith(fixtures) || !existsSync(file)) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, {
    'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8',
    'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self'",
  });
  createReadStream(file).pipe(response);
}).listen(0);
const origin = `http://localhost:${(server.address() as AddressInfo).port}`;

const browser = await chromium.launch({ executablePath: process.argv[2] ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const tab = await browser.newPage();
const cspViolations: string[] = [];
tab.on('console', (message) => {
  if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
});
const totals = { tp: 0, fp: 0, fn: 0 };
for (const name of readdirSync(fixtures).filter((f) => f.endsWith('.html')).sort()) {
  await tab.goto(`${origin}/${name}`);
  await tab.waitForFunction(() => ['done', null].includes(document.body.getAttribute('data-fixture-state')), null, { timeout: 30_000 });
  await tab.evaluate(harness); // evaluated like a content script, not as a page <script>
  const result = await tab.evaluate(() => {
    const pc = (globalThis as any).__payerCheck;
    const start = performance.now();
    const fields = pc.detectFields(document, { frames: 'same-origin' });
    const detectMs = performance.now() - start;
    pc.createHighlighter({ labels: pc.FIELD_KIND_LABELS.fr }).apply(fields);
    const score = pc.scorePage(document);
    return {
      tp: score.tp,
      fp: score.fp,
      fn: score.fn,
      detectMs,
      mistakes: score.mistakes.map((m: { where: string; expected: string | null; detected: string | null }) => `${m.where}: expected ${m.expected ?? 'none'}, got ${m.detected ?? 'none'}`),
    };
  });
  totals.tp += result.tp;
  totals.fp += result.fp;
  totals.fn += result.fn;
  console.log(`${name}: tp ${result.tp}, fp ${result.fp}, fn ${result.fn}, detection ${result.detectMs.toFixed(1)} ms`);
  for (const mistake of result.mistakes) console.log(`  ${mistake}`);
}
const precision = totals.tp / Math.max(1, totals.tp + totals.fp);
const recall = totals.tp / Math.max(1, totals.tp + totals.fn);
console.log(`all pages: precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)} (tp ${totals.tp}, fp ${totals.fp}, fn ${totals.fn})`);

await tab.goto(`${origin}/large-grid.html`);
await tab.waitForFunction(() => document.body.getAttribute('data-fixture-state') === 'done', null, { timeout: 30_000 });
await tab.evaluate(harness);
const grid = await tab.evaluate(() => {
  const pc = (globalThis as any).__payerCheck;
  const runs: number[] = [];
  for (let i = 0; i < 21; i++) {
    const start = performance.now();
    pc.detectFields(document);
    runs.push(performance.now() - start);
  }
  runs.sort((a, b) => a - b);
  return { controls: document.querySelectorAll('input,select,textarea').length, min: runs[0]!, median: runs[10]! };
});
console.log(`grid (${grid.controls} controls): detection min ${grid.min.toFixed(1)} ms, median ${grid.median.toFixed(1)} ms`);
console.log(`CSP violations: ${cspViolations.length}`);
await browser.close();
server.close();
