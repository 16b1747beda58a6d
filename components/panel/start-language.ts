/**
 * The side panel's entry (entrypoints/sidepanel/main.tsx) imports this module before anything
 * else, so that reading the clerk's language, then loading that language's dictionary, run
 * while the rest of the panel's modules are still being evaluated. Nothing else imports it:
 * importing it reads the storage.
 */
import type { Lang } from '@/rules/index';
import { languageFor, loadDictionary } from '@/components/i18n/index';
import { browserUiLanguage } from '@/components/platform/i18n';
import { readMirroredLanguage, readStoredLanguage } from '@/components/platform/start-settings';

const mirrored = readMirroredLanguage();

/**
 * The language of the first render (the stored one, else the browser's), its first screen's
 * words loaded. The setting's mirror (components/platform/start-settings.ts) is read at once; the storage only when
 * there is no mirror yet (the first start).
 */
export const startLanguage: Promise<Lang> = (mirrored !== undefined ? Promise.resolve(mirrored) : readStoredLanguage()).then(async (stored) => {
  const language = stored ?? languageFor(browserUiLanguage());
  await loadDictionary(language, 'start');
  return language;
});
