import { onCommand } from '@/components/platform/commands';
import { openSidePanel } from '@/components/platform/side-panel';

/**
 * Chrome: the keyboard shortcut (manifest `commands`, Alt+Shift+F by default) opens the
 * side panel in the window where it was pressed. Firefox handles its
 * `_execute_sidebar_action` command itself and never calls us.
 */
export const OPEN_PANEL_COMMAND = 'open-side-panel';

export function setUpCommands(): void {
  onCommand(OPEN_PANEL_COMMAND, (tab) => {
    openSidePanel(tab?.windowId).catch((error: unknown) => console.warn('Payer Check: side panel not opened.', error));
  });
}
