/**
 * What the built side panel loads at start (`npm run build` first; npm test builds): the
 * document search and the first screen's words, never the rules engine, zod or
 * webextension-polyfill, which come with a dynamic import after the first render. The sizes
 * themselves are measured by `npm run bench`, not asserted.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../rules/index';
import { pageChunks, type Chunk } from '../bench/side-panel';
import { UI_LANGS } from '../../components/i18n/index';
import { DICTIONARIES } from '../../components/i18n/dictionaries';
import { frStart } from '../../components/i18n/fr-start';
import { nlStart } from '../../components/i18n/nl-start';
import { deStart } from '../../components/i18n/de-start';
import { enStart } from '../../components/i18n/en-start';

const START_WORDS = { fr: frStart, nl: nlStart, de: deStart, en: enStart } as const;

const BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** A string only each of these has, as it stands in the minified code. */
const MARKERS = {
  'the rules engine': QUESTIONS.nationality.fr,
  zod: '$ZodType',
  'webextension-polyfill': 'This script should only be loaded in a browser extension',
} as const;

function chunks(html: string): Chunk[] {
  if (!existsSync(resolve(BUILD, html))) throw new Error(`${BUILD}/${html} is missing: run \`npm run build\` first (npm test does).`);
  return pageChunks(BUILD, html);
}

const has = (list: Chunk[], marker: string) => list.filter((c) => readFileSync(resolve(BUILD, c.file), 'utf8').includes(marker)).map((c) => c.file);

describe('the side panel’s start', () => {
  const all = chunks('sidepanel.html');
  const atStart = all.filter((c) => !c.lazy);
  const lazy = all.filter((c) => c.lazy);

  it.each(Object.entries(MARKERS))('has no %s in its static imports, only in what loads after', (_name, marker) => {
    expect(has(atStart, marker)).toEqual([]);
    expect(has(lazy, marker).length).toBeGreaterThan(0);
  });

  it('starts from one module file: built apart from the popup and options, it shares no chunk with them (wxt.config.ts, sidePanelBuiltAlone)', () => {
    // Each further file is one more request through the extension protocol before the first render.
    expect(atStart.map((c) => c.file)).toEqual([expect.stringMatching(/^chunks\/sidepanel-[\w-]+\.js$/)]);
    const others = new Set([...chunks('popup.html'), ...chunks('options.html')].map((c) => c.file));
    expect(all.filter((c) => others.has(c.file) && !/\/(fr|nl|de|en)-[\w-]+\.js$/.test(c.file))).toEqual([]);
  });

  it.each(['chrome-mv3', 'firefox-mv2'])('carries its styles in the page in the %s build: no stylesheet file holds the first render back (wxt.config.ts, inlineSidePanelStyles)', (build) => {
    const file = resolve(BUILD, '..', build, 'sidepanel.html');
    if (!existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` and \`npm run build:firefox\` first (npm test does).`);
    const page = readFileSync(file, 'utf8');
    expect(page).not.toMatch(/<link[^>]+rel="stylesheet"/);
    expect(page).toMatch(/<style>(?:(?!<\/style>)[\s\S])*--pc-accent[\s\S]*?<\/style>/);
    // The popup and the options page keep their own stylesheet file.
    for (const other of ['popup.html', 'options.html']) {
      const sheet = /<link[^>]+rel="stylesheet"[^>]*href="\/?([^"]+)"/.exec(readFileSync(resolve(BUILD, '..', build, other), 'utf8'))?.[1];
      expect(sheet && existsSync(resolve(BUILD, '..', build, sheet)), other).toBe(true);
    }
  });

  it('has the first screen’s words of all four languages at start, and loads the rest of each language on its own', () => {
    // The first render never waits for a file: whichever language the clerk chose, its first words are here.
    for (const language of UI_LANGS) expect(has(atStart, START_WORDS[language].searchPlaceholder), language).not.toEqual([]);
    const rest = all.filter((c) => /\/(fr|nl|de|en)-[\w-]+\.js$/.test(c.file));
    expect(rest.length).toBe(4);
    expect(rest.filter((c) => !c.lazy)).toEqual([]);
    for (const language of UI_LANGS) expect(has(atStart, DICTIONARIES[language].copySummary), language).toEqual([]);
  });
});

describe('the popup', () => {
  it('does not pull in the side panel’s own chunk', () => {
    const popup = chunks('popup.html').map((c) => c.file);
    const panelEntry = chunks('sidepanel.html').find((c) => /\/sidepanel-[\w-]+\.js$/.test(c.file))!;
    expect(popup).not.toContain(panelEntry.file);
  });
});
