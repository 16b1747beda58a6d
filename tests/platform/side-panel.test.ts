import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { NO_PANEL_API, openSidePanel, prepareSidePanelOpener } from '@/components/platform/side-panel';
import { stubApi } from '../support/fake-apis';

/** Acts as Chrome: a side panel, no Firefox sidebar. */
function chromeSidePanel() {
  stubApi('sidebarAction', undefined);
  return stubApi('sidePanel', { open: vi.fn((_options: { windowId: number }) => Promise.resolve()) });
}

describe('openSidePanel', () => {
  it("opens Chrome's side panel in the given window, before returning (inside the user gesture)", async () => {
    const sidePanel = chromeSidePanel();
    const opening = openSidePanel(7);
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: 7 });
    await opening;
  });

  it("opens Firefox's sidebar, which needs no window", async () => {
    const sidebarAction = stubApi('sidebarAction', { open: vi.fn(() => Promise.resolve()) });
    const opening = openSidePanel(undefined);
    expect(sidebarAction.open).toHaveBeenCalledOnce();
    await opening;
  });

  it('looks up the current window when none is given (Chrome)', async () => {
    const sidePanel = chromeSidePanel();
    const window = await fakeBrowser.windows.create({ focused: true });
    await openSidePanel();
    expect(sidePanel.open).toHaveBeenCalledWith({ windowId: window.id });
  });

  it('says so in a browser with neither', async () => {
    stubApi('sidebarAction', undefined);
    await expect(openSidePanel(1)).rejects.toThrow(NO_PANEL_API);
  });
});

describe('prepareSidePanelOpener', () => {
  it("knows the popup's window before the click, so the click opens the panel at once", async () => {
    const sidePanel = chromeSidePanel();
    const window = await fakeBrowser.windows.create({ focused: true });
    const open = prepareSidePanelOpener();
    await vi.waitFor(() => {
      void open();
      expect(sidePanel.open).toHaveBeenCalledWith({ windowId: window.id });
    });
  });
});
