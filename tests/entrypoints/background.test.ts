import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OPEN_PANEL_COMMAND, setUpCommands } from '@/entrypoints/background/set-up-commands';
import { OPEN_PANEL_MENU_ID, setUpContextMenu } from '@/entrypoints/background/set-up-context-menu';
import { setUpMessaging } from '@/entrypoints/background/set-up-messaging';
import { sendMessage } from '@/components/platform/messaging';
import frMessages from '@/assets/public/_locales/fr/messages.json';
import { fakeEvent, stubApi } from '../support/fake-apis';

const tab = { id: 12, windowId: 34 } as Browser.tabs.Tab;

/** Acts as Chrome: a side panel, no Firefox sidebar. */
function chromeSidePanel() {
  stubApi('sidebarAction', undefined);
  return stubApi('sidePanel', { open: vi.fn((_options: { windowId: number }) => Promise.resolve()) });
}

describe('setUpCommands', () => {
  it("opens the side panel in the shortcut's window, synchronously (the key press is the user gesture)", () => {
    const sidePanel = chromeSidePanel();
    const onCommand = stubApi('commands', { onCommand: fakeEvent<(command: string, tab?: Browser.tabs.Tab) => void>() }).onCommand;
    setUpCommands();
    onCommand.fire(OPEN_PANEL_COMMAND, tab);
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: 34 });
  });
});

describe('setUpContextMenu', () => {
  it('offers "open side panel" in the browser language, on the toolbar button and on pages', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
      (key: string) => (frMessages as Record<string, { message: string }>)[key]?.message ?? '',
    );
    const contextMenus = stubApi('contextMenus', {
      removeAll: vi.fn(async () => undefined),
      create: vi.fn((_entry: object, done: () => void) => done()),
      onClicked: fakeEvent<(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined) => void>(),
    });
    setUpContextMenu();
    await vi.waitFor(() =>
      expect(contextMenus.create).toHaveBeenCalledWith(
        { id: OPEN_PANEL_MENU_ID, title: 'Ouvrir le panneau latéral', contexts: ['action', 'page'] },
        expect.any(Function),
      ),
    );
  });

  it('opens the side panel in the window of the click, synchronously', () => {
    const sidePanel = chromeSidePanel();
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('Open side panel');
    const contextMenus = stubApi('contextMenus', {
      removeAll: vi.fn(async () => undefined),
      create: vi.fn((_entry: object, done: () => void) => done()),
      onClicked: fakeEvent<(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined) => void>(),
    });
    setUpContextMenu();
    contextMenus.onClicked.fire({ menuItemId: OPEN_PANEL_MENU_ID } as Browser.contextMenus.OnClickData, tab);
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: 34 });
  });
});

describe('setUpMessaging', () => {
  it("answers ping with the manifest's version", async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ manifest_version: 3, name: 'x', version: '0.1.0' });
    setUpMessaging();
    await expect(sendMessage('ping', {})).resolves.toEqual({ version: '0.1.0' });
  });
});
