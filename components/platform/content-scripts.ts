/**
 * Where the HIS content script runs beyond the local addresses of the manifest:
 *
 * - an origin the clerk (options page) or hospital IT (managed storage) enabled: its host
 *   permission is optional, asked for when the clerk enables it, and the content script is
 *   registered at run time for the origins whose permission is granted (`syncSiteScripts`);
 * - one page, on the clerk's toolbar or context-menu click (`activeTab`): `injectIntoTab`.
 */
import { browser } from 'wxt/browser';
import { originPattern } from '@/components/page/site-profile';

/** The built content script (WXT writes entrypoints/his.content to this file, for both browsers). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/his.js';
/** The id of the run-time registration that covers every enabled origin. */
export const SITE_SCRIPT_ID = 'payer-check-his-sites';
/** Already covered by the manifest's own content script. */
const MANIFEST_PATTERNS = new Set(['http://localhost/*', 'http://127.0.0.1/*']);

interface RegisteredScript {
  id: string;
  js?: string[];
  matches?: string[];
  allFrames?: boolean;
  matchOriginAsFallback?: boolean;
  runAt?: 'document_start' | 'document_end' | 'document_idle';
  persistAcrossSessions?: boolean;
}

/** `browser.scripting` (Chrome MV3; Firefox 102+ in MV2 too), typed for what we use. */
interface ScriptingApi {
  registerContentScripts(scripts: RegisteredScript[]): Promise<void>;
  updateContentScripts(scripts: RegisteredScript[]): Promise<void>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredScript[]>;
  executeScript(injection: { target: { tabId: number; allFrames?: boolean }; files: string[] }): Promise<unknown[]>;
}

function scripting(): ScriptingApi {
  const api = (browser as unknown as { scripting?: ScriptingApi }).scripting;
  if (!api) throw new Error('This browser has no scripting API for extensions.');
  return api;
}

/**
 * Asks the browser for access to `origin` (the clerk sees the browser's own prompt). Must be
 * called straight from the clerk's click, with no `await` before it: browsers grant optional
 * permissions only during a user gesture.
 */
export function requestOriginAccess(origins: string | readonly string[]): Promise<boolean> {
  const list = typeof origins === 'string' ? [origins] : origins;
  return browser.permissions.request({ origins: [...new Set(list.map(originPattern))] });
}

export async function hasOriginAccess(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [originPattern(origin)] });
  } catch {
    return false;
  }
}

/** Gives the access back (when the clerk disables an origin). */
export async function removeOriginAccess(origin: string): Promise<boolean> {
  try {
    return await browser.permissions.remove({ origins: [originPattern(origin)] });
  } catch {
    return false;
  }
}

/**
 * Registers the content script for every origin in `origins` whose access is granted (all
 * frames, about:blank/srcdoc ones included), and for no other. Idempotent; returns the match
 * patterns now registered.
 */
export async function syncSiteScripts(origins: readonly string[]): Promise<string[]> {
  const api = scripting();
  const patterns: string[] = [];
  for (const origin of origins) {
    let pattern: string;
    try {
      pattern = originPattern(origin);
    } catch {
      continue;
    }
    if (MANIFEST_PATTERNS.has(pattern) || patterns.includes(pattern)) continue;
    if (await hasOriginAccess(origin)) patterns.push(pattern);
  }
  const existing = await api.getRegisteredContentScripts({ ids: [SITE_SCRIPT_ID] });
  if (!patterns.length) {
    if (existing.length) await api.unregisterContentScripts({ ids: [SITE_SCRIPT_ID] });
    return [];
  }
  const script: RegisteredScript = {
    id: SITE_SCRIPT_ID,
    js: [CONTENT_SCRIPT_FILE],
    matches: patterns,
    allFrames: true,
    runAt: 'document_start',
    persistAcrossSessions: true,
  };
  const withFallback: RegisteredScript = { ...script, matchOriginAsFallback: true };
  const apply = (s: RegisteredScript) => (existing.length ? api.updateContentScripts([s]) : api.registerContentScripts([s]));
  // matchOriginAsFallback reaches about:blank and srcdoc frames; a browser without it gets the rest.
  await apply(withFallback).catch(() => apply(script));
  return patterns;
}

/** Runs the content script in every frame of tab `tabId` that the extension may access now. */
export async function injectIntoTab(tabId: number): Promise<void> {
  await scripting().executeScript({ target: { tabId, allFrames: true }, files: [`/${CONTENT_SCRIPT_FILE}`] });
}

export type InjectResult = { readonly ok: true; readonly tabId: number } | { readonly ok: false; readonly reason: 'no-tab' | 'refused' };

/**
 * "Check this page": the content script in the tab the clerk is looking at, for this page
 * only. Works from the popup (opening it grants `activeTab`) or from a context-menu click;
 * the browser refuses pages it protects (its own pages, the web store) → `refused`.
 */
export async function injectIntoActiveTab(): Promise<InjectResult> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { ok: false, reason: 'no-tab' };
  try {
    await injectIntoTab(tab.id);
    return { ok: true, tabId: tab.id };
  } catch {
    return { ok: false, reason: 'refused' };
  }
}

/** Calls `onChange` when an optional permission is granted or removed (here or in the browser's settings). */
export function onPermissionsChange(onChange: () => void): () => void {
  const listener = (): void => onChange();
  browser.permissions.onAdded.addListener(listener);
  browser.permissions.onRemoved.addListener(listener);
  return () => {
    browser.permissions.onAdded.removeListener(listener);
    browser.permissions.onRemoved.removeListener(listener);
  };
}

const CHECK_PAGE_TITLES = {
  fr: 'Vérifier cette page avec Payer Check',
  nl: 'Deze pagina nakijken met Payer Check',
  de: 'Diese Seite mit Payer Check prüfen',
  en: 'Check this page with Payer Check',
} as const;

/** The context-menu entry's title in the browser's language (French when none, English for others). */
export function checkPageMenuTitle(browserLanguage: string | undefined): string {
  const primary = (browserLanguage ?? 'fr').toLowerCase().split(/[-_]/)[0] ?? 'fr';
  return primary in CHECK_PAGE_TITLES ? CHECK_PAGE_TITLES[primary as keyof typeof CHECK_PAGE_TITLES] : CHECK_PAGE_TITLES.en;
}
