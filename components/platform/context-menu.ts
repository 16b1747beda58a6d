import { browser, type Browser } from 'wxt/browser';

/** Where an entry shows: at least one of `page`, `action` (MV3), `browser_action` (MV2)… */
export type MenuContexts = [MenuContext, ...MenuContext[]];
type MenuContext = `${Browser.contextMenus.ContextType}`;

export interface MenuEntry {
  id: string;
  title: string;
  contexts: MenuContexts;
}

/** Where a "whole extension" entry belongs: the toolbar button's own menu and the page's. */
export function toolbarAndPageContexts(manifestVersion: number): MenuContexts {
  return manifestVersion === 2 ? ['browser_action', 'page'] : ['action', 'page'];
}

/**
 * Replaces the extension's context-menu entries with `entries`. Run at every start of the
 * background: Chrome keeps entries across service-worker restarts and refuses a second
 * entry with the same id, Firefox's event page may not keep them.
 */
export async function replaceContextMenu(entries: MenuEntry[]): Promise<void> {
  await browser.contextMenus.removeAll();
  await Promise.all(
    entries.map(
      (entry) =>
        new Promise<void>((resolve, reject) => {
          browser.contextMenus.create(entry, () => {
            const error = browser.runtime.lastError;
            if (error) reject(new Error(`Context menu "${entry.id}": ${error.message ?? 'not created'}`));
            else resolve();
          });
        }),
    ),
  );
}

/**
 * Calls `handler` with the tab the user right-clicked in when they pick entry `id`. The
 * click is a user gesture: `handler` may open the side panel, synchronously.
 */
export function onContextMenuClick(id: string, handler: (tab: Browser.tabs.Tab | undefined) => void): () => void {
  const listener = (info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined): void => {
    if (info.menuItemId === id) handler(tab);
  };
  browser.contextMenus.onClicked.addListener(listener);
  return () => browser.contextMenus.onClicked.removeListener(listener);
}
