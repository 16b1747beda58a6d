import { browser, type Browser } from 'wxt/browser';

/**
 * Calls `handler` with the active tab when the user presses the keyboard shortcut of
 * command `name` (declared under `commands` in the manifest). The key press is a user
 * gesture: `handler` may open the side panel, synchronously.
 */
export function onCommand(name: string, handler: (tab: Browser.tabs.Tab | undefined) => void): () => void {
  const listener = (command: string, tab?: Browser.tabs.Tab): void => {
    if (command === name) handler(tab);
  };
  browser.commands.onCommand.addListener(listener);
  return () => browser.commands.onCommand.removeListener(listener);
}
