import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHECK_PAGE_MENU_ID, setUpSiteAccess } from '@/entrypoints/background/set-up-site-access';
import { MANAGED_COPY_KEY } from '@/components/platform/managed';
import { fakeEvent, stubApi } from '../support/fake-apis';

function stubs(granted: string[]) {
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('fr-BE');
  const scripting = stubApi('scripting', {
    registerContentScripts: vi.fn(async () => undefined),
    updateContentScripts: vi.fn(async () => undefined),
    unregisterContentScripts: vi.fn(async () => undefined),
    getRegisteredContentScripts: vi.fn(async () => []),
    executeScript: vi.fn(async () => [{}]),
  });
  const permissions = stubApi('permissions', {
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => granted.includes(o))),
    onAdded: fakeEvent<() => void>(),
    onRemoved: fakeEvent<() => void>(),
  });
  const contextMenus = stubApi('contextMenus', {
    create: vi.fn((_entry: object, done?: () => void) => done?.()),
    onClicked: fakeEvent<(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined) => void>(),
  });
  stubApi('sidebarAction', undefined);
  const sidePanel = stubApi('sidePanel', { open: vi.fn(async () => undefined) });
  return { scripting, permissions, contextMenus, sidePanel };
}

describe('setUpSiteAccess', () => {
  it("registers the content script for the enabled origins at start, and copies IT's policy for content scripts", async () => {
    const { scripting } = stubs(['https://his.be/*']);
    await fakeBrowser.storage.local.set({ enabledOrigins: ['https://his.be'] });
    await fakeBrowser.storage.managed.set({ siteProfiles: { 'https://his.be': { payer: ['#p'] } } });
    setUpSiteAccess();
    await vi.waitFor(() => expect(scripting.registerContentScripts).toHaveBeenCalledWith([expect.objectContaining({ matches: ['https://his.be/*'] })]));
    expect((await fakeBrowser.storage.local.get(MANAGED_COPY_KEY))[MANAGED_COPY_KEY]).toEqual({ siteProfiles: { 'https://his.be': { payer: ['#p'] } } });
  });

  it('follows the options page and the browser permissions', async () => {
    const { scripting, permissions } = stubs(['https://his.be/*']);
    setUpSiteAccess();
    await vi.waitFor(() => expect(scripting.getRegisteredContentScripts).toHaveBeenCalled());
    expect(scripting.registerContentScripts).not.toHaveBeenCalled();
    await fakeBrowser.storage.local.set({ enabledOrigins: ['https://his.be'] });
    await vi.waitFor(() => expect(scripting.registerContentScripts).toHaveBeenCalledOnce());
    const calls = scripting.getRegisteredContentScripts.mock.calls.length;
    permissions.onRemoved.fire();
    await vi.waitFor(() => expect(scripting.getRegisteredContentScripts.mock.calls.length).toBeGreaterThan(calls));
  });

  it('"Check this page" on a right-click opens the panel, then runs the content script in that tab', async () => {
    const { scripting, contextMenus, sidePanel } = stubs([]);
    setUpSiteAccess();
    expect(contextMenus.create).toHaveBeenCalledWith({ id: CHECK_PAGE_MENU_ID, title: 'Vérifier cette page avec Payer Check', contexts: ['page', 'frame'] }, expect.any(Function));
    contextMenus.onClicked.fire({ menuItemId: CHECK_PAGE_MENU_ID } as Browser.contextMenus.OnClickData, { id: 9, windowId: 2 } as Browser.tabs.Tab);
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: 2 });
    await vi.waitFor(() => expect(scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 9, allFrames: true }, files: ['/content-scripts/his.js'] }));
  });
});
