/** Starts the popup in `root`, in the clerk's language. */
import { render } from 'preact';
import { createSettingsStore } from '@/components/state/settings';
import { lang, loadDictionary } from '@/components/i18n/index';
import { prepareSidePanelOpener } from '@/components/platform/side-panel';
import { handOffDocument } from '@/components/platform/handoff';
import { injectIntoActiveTab } from '@/components/platform/content-scripts';
import { PopupApp } from './PopupApp';

export async function mountPopup(root: HTMLElement): Promise<void> {
  // Looked up now, so that a click can open the panel with no `await` before it.
  const openSidePanel = prepareSidePanelOpener();
  const settings = createSettingsStore();
  await Promise.race([settings.load().catch(() => undefined), new Promise((done) => setTimeout(done, 200))]);
  // The settings' language is loading with them; whatever happened, one dictionary must be here.
  await loadDictionary(lang.value).catch(() => undefined);
  render(
    <PopupApp
      openSidePanel={() => openSidePanel().then(() => window.close())}
      checkPatient={(id) => {
        // The panel opens first, inside the click (a user gesture); the document follows.
        const opened = openSidePanel();
        return Promise.all([opened, handOffDocument(id)]).then(() => window.close());
      }}
      checkThisPage={() => {
        // Panel first, inside the click; then the content script into this tab only.
        const opened = openSidePanel();
        return Promise.all([opened, injectIntoActiveTab()]).then(() => window.close());
      }}
    />,
    root,
  );
}
