import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { onContextMenuClick, replaceContextMenu, toolbarAndPageContexts } from '@/components/platform/context-menu';
import { fakeEvent, stubApi } from '../support/fake-apis';

type ClickListener = (info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined) => void;

function fakeContextMenus(createError?: string) {
  const calls: string[] = [];
  const api = stubApi('contextMenus', {
    removeAll: vi.fn(async () => void calls.push('removeAll')),
    create: vi.fn((entry: { id: string }, done: () => void) => {
      calls.push(`create ${entry.id}`);
      lastError = createError ? { message: createError } : undefined;
      done();
      lastError = undefined;
      return entry.id;
    }),
    onClicked: fakeEvent<ClickListener>(),
  });
  let lastError: { message: string } | undefined;
  stubApi('runtime', {
    get lastError() {
      return lastError;
    },
  });
  return { api, calls };
}

describe('replaceContextMenu', () => {
  it('removes the old entries, then creates the new ones', async () => {
    const { calls } = fakeContextMenus();
    await replaceContextMenu([
      { id: 'a', title: 'A', contexts: ['page'] },
      { id: 'b', title: 'B', contexts: ['action'] },
    ]);
    expect(calls).toEqual(['removeAll', 'create a', 'create b']);
  });

  it("rejects with the browser's reason when an entry is refused", async () => {
    fakeContextMenus('Cannot create item with duplicate id a');
    await expect(replaceContextMenu([{ id: 'a', title: 'A', contexts: ['page'] }])).rejects.toThrow(
      'Context menu "a": Cannot create item with duplicate id a',
    );
  });
});

describe('onContextMenuClick', () => {
  it('calls the handler with the tab, for its own entry only', () => {
    const { api } = fakeContextMenus();
    const handler = vi.fn();
    onContextMenuClick('mine', handler);
    const tab = { id: 3, windowId: 9 } as Browser.tabs.Tab;
    api.onClicked.fire({ menuItemId: 'other' } as Browser.contextMenus.OnClickData, tab);
    expect(handler).not.toHaveBeenCalled();
    api.onClicked.fire({ menuItemId: 'mine' } as Browser.contextMenus.OnClickData, tab);
    expect(handler).toHaveBeenCalledWith(tab);
  });
});

describe('toolbarAndPageContexts', () => {
  it.each([
    [3, ['action', 'page']],
    [2, ['browser_action', 'page']],
  ])('manifest v%i: %j', (version, contexts) => {
    expect(toolbarAndPageContexts(version)).toEqual(contexts);
  });
});
