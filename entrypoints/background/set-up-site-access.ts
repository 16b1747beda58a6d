import { onContextMenuClick } from '@/components/platform/context-menu';
import { checkPageMenuTitle, injectIntoTab, onPermissionsChange, syncSiteScripts } from '@/components/platform/content-scripts';
import { copyManagedPolicy, onManagedPolicyChange } from '@/components/platform/managed';
import { enabledOrigins, onSiteSettingsChange, readSiteSettings } from '@/components/platform/site-settings';
import { openSidePanel } from '@/components/platform/side-panel';
import { browserUiLanguage } from '@/components/platform/i18n';
import { browser } from 'wxt/browser';

export const CHECK_PAGE_MENU_ID = 'payer-check-check-page';

/**
 * Where the HIS content script runs beyond localhost: registered at run time for every origin
 * the clerk or hospital IT enabled whose access the browser granted, kept in step with the
 * options page, IT's policy and the browser's permission settings. Also keeps a copy of IT's
 * policy in local storage for the content script (managed storage does not answer it), and
 * offers "Check this page with Payer Check" on a right-click: the content script for that page
 * only (activeTab), and the side panel.
 */
export function setUpSiteAccess(): void {
  let running: Promise<unknown> = Promise.resolve();
  const sync = (): void => {
    running = running
      .then(async () => {
        await copyManagedPolicy();
        await syncSiteScripts(enabledOrigins(await readSiteSettings()));
      })
      .catch((error: unknown) => console.warn('Payer Check: site access not updated.', error));
  };
  onPermissionsChange(sync);
  onSiteSettingsChange(sync);
  onManagedPolicyChange(sync);
  sync();

  onContextMenuClick(CHECK_PAGE_MENU_ID, (tab) => {
    // The click is the user gesture both need: the panel first, with no await before it.
    openSidePanel(tab?.windowId).catch(() => undefined);
    if (tab?.id !== undefined) injectIntoTab(tab.id).catch((error: unknown) => console.warn('Payer Check: this page refused the check.', error));
  });
  // Created after set-up-context-menu's removeAll() was issued (index.ts calls it first): the
  // browser handles these calls in order, so this entry survives.
  browser.contextMenus.create(
    { id: CHECK_PAGE_MENU_ID, title: checkPageMenuTitle(browserUiLanguage()), contexts: ['page', 'frame'] },
    () => void browser.runtime.lastError,
  );
}
