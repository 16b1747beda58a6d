/**
 * Starts the side panel in `root`, in two steps. First render: the document search, in the
 * clerk's language, with no rules engine, no zod, no webextension-polyfill. Right after it is
 * painted, a dynamic import of ./deferred.ts brings the engine, the verdict, the page sections, the
 * popup's hand-over and the full settings store, and the panel renders again with them (a
 * document chosen meanwhile shows a short "loading" note).
 */
import { render } from 'preact';
import type { Lang } from '@/rules/index';
import { lang, languageFor, loadDictionary, switchLanguage } from '@/components/i18n/index';
import { browserUiLanguage } from '@/components/platform/i18n';
import { createPatientStore } from '@/components/state/patient';
import type { SettingsStore } from '@/components/state/settings';
import { App } from './App';
import { afterNextPaint } from '@/components/ui/after-paint';
import type { PanelParts, PanelServices } from './context';

/** The marks `npm run bench` reads: scripts evaluated, settings read, first render in the DOM, the rest loaded. */
export const SCRIPTS_READY_MARK = 'payer-check:scripts-ready';
export const SETTINGS_READY_MARK = 'payer-check:settings-ready';
export const FIRST_RENDER_MARK = 'payer-check:first-render';
export const PARTS_READY_MARK = 'payer-check:parts-ready';

/** Waits at most `ms` for `promise` (undefined after that, or when it fails), so that a slow storage never holds the panel back. */
function atMost<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return Promise.race([promise.catch(() => undefined), new Promise<undefined>((done) => setTimeout(done, ms))]);
}

/**
 * `startLanguage`: components/panel/start-language.ts, imported first by the entry so that
 * it is already reading; `loadParts`: the rest of the panel (a stand-in in tests).
 */
export async function mountSidePanel(
  root: HTMLElement,
  startLanguage: Promise<Lang>,
  loadParts: () => Promise<PanelParts> = () => import('./deferred'),
): Promise<void> {
  performance.mark(SCRIPTS_READY_MARK);
  const language = (await atMost(startLanguage, 200)) ?? languageFor(browserUiLanguage());
  await atMost(switchLanguage(language, 'start'), 200);
  performance.mark(SETTINGS_READY_MARK);

  // A language switched before the settings store is here is stored once it is. (Nothing can
  // be copied before the rules are here: there is no verdict to copy.)
  let settingsReady: (settings: SettingsStore) => void = () => undefined;
  const settings = new Promise<SettingsStore>((done) => (settingsReady = done));
  let loading: Promise<PanelParts> | undefined;
  let services: PanelServices = {
    patient: createPatientStore(),
    settings: { update: (patch) => settings.then((s) => s.update(patch)) },
    copy: (text) => (loading ??= loadParts()).then((parts) => parts.copyText(text)),
  };
  render(<App services={services} />, root);
  performance.mark(FIRST_RENDER_MARK);

  // The rest of the panel and the rest of the language's words, side by side, once the search is on screen.
  await afterNextPaint();
  const words = atMost(loadDictionary(lang.peek()), 1_000);
  const parts = await (loading ??= loadParts());
  await words;
  services.patient.decide.value = parts.decideSituation;
  services = {
    ...services,
    parts,
    copy: parts.copyText,
    receiveDocuments: parts.receiveHandedOffDocuments,
    page: parts.createPageConnection(),
  };
  render(<App services={services} />, root);
  performance.mark(PARTS_READY_MARK);

  // The full settings store validates what is stored (zod, migrations), has the last word on
  // the language and follows changes made in the options page.
  const store = parts.createSettingsStore();
  await store.load().catch(() => undefined);
  settingsReady(store);
}
