// The browser's own object, not webextension-polyfill: these calls are synchronous and the
// same everywhere, and the side panel reads its language before its first render without
// loading the polyfill (./start-settings.ts).
import { browser } from '@wxt-dev/browser';
import type frMessages from '@/assets/public/_locales/fr/messages.json';

/**
 * The keys of the browser-language strings in `assets/public/_locales` (French is the
 * reference set). These are for what the browser itself shows: the manifest's name and
 * description, the context menu, the shortcut, the popup. The side panel's interface has
 * its own dictionaries, with a language the clerk chooses.
 */
export type LocaleKey = keyof typeof frMessages;

/** The string `key` in the browser's language; the key itself if it is missing. */
export function browserText(key: LocaleKey): string {
  return browser.i18n.getMessage(key) || key;
}

/** The browser's interface language tag ("fr", "nl-BE"…), the default for the extension's own pages. */
export function browserUiLanguage(): string {
  try {
    return browser.i18n.getUILanguage();
  } catch {
    return globalThis.navigator?.language ?? 'fr';
  }
}
