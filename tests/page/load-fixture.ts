/**
 * Loads one of our HIS fixture pages into the happy-dom document of a unit test, as a browser
 * would as far as detection is concerned: body and its attributes, declarative shadow roots
 * attached (happy-dom's parser does not), srcdoc frames loaded; scripts run only on request.
 * Frames with a src are left out here (happy-dom loads no pages); the child page is a fixture
 * of its own.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'his');

/** Where every fixture folder lives: his/ (our own pages) and the held-out sets unseen, unseen-2 … */
export const FIXTURES_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/**
 * The held-out sets: folders tests/fixtures/unseen, unseen-2, unseen-3 …, in the order they were
 * written. Each holds pages written blind to the detection and a README saying what its author
 * read, its ground-truth choices, its first measurement (before any fix for it) and whether it was
 * tuned on since. Measured by tests/e2e/content-held-out.test.ts, never a threshold. Frame pages
 * live in a set's frames/ sub-folder, so they are scored once, through their parent.
 */
export function heldOutSets(): string[] {
  const number = (name: string): number => (name === 'unseen' ? 1 : Number(name.slice('unseen-'.length)));
  return readdirSync(FIXTURES_ROOT)
    .filter((name) => /^unseen(-\d+)?$/.test(name))
    .sort((a, b) => number(a) - number(b));
}

/** The folder of a held-out set ("unseen-12"). */
export function heldOutDir(name: string): string {
  return join(FIXTURES_ROOT, name);
}

/** Fixture pages, all of them scored. Those with `script` are driven by it before scoring. */
export function fixturePages(dir: string = FIXTURE_DIR): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.html')).sort();
}

export function fixtureHtml(name: string): string {
  return readFileSync(join(FIXTURE_DIR, name), 'utf8');
}

/** The scripts a fixture loads with <script src>. */
export function fixtureScripts(name: string): string[] {
  return Array.from(fixtureHtml(name).matchAll(/<script\s+src="([^"]+)"/g), (m) => m[1]!);
}

export function loadFixture(name: string, doc: Document = document): void {
  const html = fixtureHtml(name).replace(/<!--[\s\S]*?-->/g, '');
  const body = /<body([^>]*)>([\s\S]*)<\/body>/i.exec(html);
  if (!body) throw new Error(`${name}: no <body>`);
  doc.title = /<title>([^<]*)<\/title>/i.exec(html)?.[1] ?? name;
  // Parse inertly (a template), so nothing loads before the frames happy-dom cannot load are out.
  const attributes = doc.createElement('template');
  attributes.innerHTML = `<div${body[1]}></div>`;
  for (const attribute of Array.from(doc.body.attributes)) doc.body.removeAttribute(attribute.name);
  for (const attribute of Array.from((attributes.content.firstElementChild as Element).attributes)) {
    doc.body.setAttribute(attribute.name, attribute.value);
  }
  const template = doc.createElement('template');
  template.innerHTML = body[2]!;
  for (const frame of Array.from(template.content.querySelectorAll('iframe:not([srcdoc]),frame'))) {
    frame.replaceWith(doc.createComment(`frame left out in happy-dom: ${frame.getAttribute('src') ?? 'about:blank'}`));
  }
  doc.body.replaceChildren(doc.importNode(template.content, true));
  attachDeclarativeShadowRoots(doc.body);
}

/** What the HTML parser of a browser does with <template shadowrootmode="open">. */
export function attachDeclarativeShadowRoots(root: Element | ShadowRoot): void {
  for (const template of Array.from(root.querySelectorAll('template[shadowrootmode]')) as HTMLTemplateElement[]) {
    const host = template.parentElement;
    if (!host || host.shadowRoot) continue;
    const mode = template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    const shadow = host.attachShadow({ mode });
    shadow.append(template.content);
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}

/** Run a fixture's own script in the test window (what <script src> does in a browser). */
export function runFixtureScript(name: string): void {
  const code = readFileSync(join(FIXTURE_DIR, name), 'utf8');
  new Function(code)();
}

/** Resolves when <body data-fixture-state="done">, as the SPA and grid scripts set it. */
export async function fixtureDone(doc: Document = document, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (doc.body.getAttribute('data-fixture-state') !== 'done') {
    if (Date.now() - start > timeoutMs) throw new Error('fixture script did not finish');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
