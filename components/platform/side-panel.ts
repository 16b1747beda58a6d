import { browser } from 'wxt/browser';

/** Chrome and Edge (MV3): `chrome.sidePanel`, which webextension-polyfill passes through untyped. */
interface ChromeSidePanel {
  open(options: { windowId: number }): Promise<void>;
}
/** Firefox: `browser.sidebarAction`. */
interface FirefoxSidebarAction {
  open(): Promise<void>;
}

function panelApis(): { sidePanel?: ChromeSidePanel; sidebarAction?: FirefoxSidebarAction } {
  return browser as unknown as { sidePanel?: ChromeSidePanel; sidebarAction?: FirefoxSidebarAction };
}

export const NO_PANEL_API = 'This browser has neither a side panel (Chrome, Edge) nor a sidebar (Firefox) for extensions.';

/**
 * Opens Payer Check beside the page: Chrome's side panel in window `windowId`, or
 * Firefox's sidebar.
 *
 * Both browsers accept this only while handling a user gesture (a click in the popup, a
 * keyboard command, a context-menu click): call it straight from the handler, with no
 * `await` before it. Without `windowId` (Chrome) it looks up the current window first;
 * Chrome still honours a click made a moment before, but not much later.
 */
export function openSidePanel(windowId?: number): Promise<void> {
  const { sidePanel, sidebarAction } = panelApis();
  if (sidebarAction) return sidebarAction.open();
  if (!sidePanel) return Promise.reject(new Error(NO_PANEL_API));
  if (windowId !== undefined) return sidePanel.open({ windowId });
  return currentWindowId().then((id) => {
    if (id === undefined) throw new Error('No browser window to open the side panel in.');
    return sidePanel.open({ windowId: id });
  });
}

/** The id of the window this page (popup, side panel) belongs to. */
export async function currentWindowId(): Promise<number | undefined> {
  const window = await browser.windows.getCurrent();
  return window.id;
}

/**
 * For a page whose button opens the panel (the popup): looks up the window now, so that
 * the click handler can open the panel with no `await` before it.
 */
export function prepareSidePanelOpener(): () => Promise<void> {
  let windowId: number | undefined;
  currentWindowId().then(
    (id) => (windowId = id),
    () => undefined,
  );
  return () => openSidePanel(windowId);
}
