/**
 * The one setting the side panel needs before its first render: the interface language. Read
 * straight from `storage.local` with the browser's own object (no webextension-polyfill, no
 * WXT storage, no zod before the first render) and checked by hand for that one field. The
 * full settings store (components/state/settings.ts: the zod schema, versions and migrations,
 * changes made elsewhere) loads with the rest of the panel and has the last word.
 */
import { browser } from '@wxt-dev/browser';
import type { Lang } from '@/rules/index';

/** Where components/state/settings.ts keeps the settings (WXT's `local:settings`). */
export const SETTINGS_KEY = 'settings';

const LANGUAGES: readonly string[] = ['fr', 'nl', 'de', 'en'] satisfies readonly Lang[];

/** This extension's localStorage key for the mirror of the language setting (not patient data). */
export const LANGUAGE_MIRROR_KEY = 'payer-check:language';
/** What the mirror holds when the clerk chose no language: the browser's is used. */
const BROWSER_LANGUAGE = 'browser';

/**
 * The language setting as the settings store last applied it, from a mirror in this
 * extension's localStorage: read synchronously, so that the side panel's first render does not
 * wait for `storage.local`. `undefined`: no mirror yet (the panel's very first start, or
 * localStorage unavailable): read the storage instead. `null`: the browser's language.
 */
export function readMirroredLanguage(): Lang | null | undefined {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_MIRROR_KEY);
    if (value === BROWSER_LANGUAGE) return null;
    return value && LANGUAGES.includes(value) ? (value as Lang) : undefined;
  } catch {
    return undefined;
  }
}

/** Keeps the mirror equal to the setting (the settings store calls it whenever it applies one). Never throws. */
export function mirrorLanguage(language: Lang | null): void {
  try {
    globalThis.localStorage?.setItem(LANGUAGE_MIRROR_KEY, language ?? BROWSER_LANGUAGE);
  } catch {
    // No localStorage (a worker, storage disabled): the panel reads storage.local at start.
  }
}

/** The language the clerk chose, or null: none stored, or not one of ours. Never rejects. */
export async function readStoredLanguage(): Promise<Lang | null> {
  try {
    const stored: unknown = (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    const language = stored && typeof stored === 'object' ? (stored as { language?: unknown }).language : null;
    return typeof language === 'string' && LANGUAGES.includes(language) ? (language as Lang) : null;
  } catch {
    return null;
  }
}
