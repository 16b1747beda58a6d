import { onContextMenuClick, replaceContextMenu, toolbarAndPageContexts } from '@/components/platform/context-menu';
import { browserText } from '@/components/platform/i18n';
import { openSidePanel } from '@/components/platform/side-panel';

export const OPEN_PANEL_MENU_ID = 'payer-check-open-side-panel';

/** A right-click on the toolbar button or on a page offers "Open side panel". */
export function setUpContextMenu(): void {
  onContextMenuClick(OPEN_PANEL_MENU_ID, (tab) => {
    openSidePanel(tab?.windowId).catch((error: unknown) => console.warn('Payer Check: side panel not opened.', error));
  });
  replaceContextMenu([
    {
      id: OPEN_PANEL_MENU_ID,
      title: browserText('openSidePanel'),
      contexts: toolbarAndPageContexts(import.meta.env.MANIFEST_VERSION),
    },
  ]).catch((error: unknown) => console.warn('Payer Check: context menu not created.', error));
}
