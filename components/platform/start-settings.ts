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
