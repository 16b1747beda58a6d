import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { onCommand } from '@/components/platform/commands';
import { fakeEvent, stubApi } from '../support/fake-apis';

describe('onCommand', () => {
  it('calls the handler with the tab for its own command only, until removed', () => {
    const onCommandEvent = fakeEvent<(command: string, tab?: Browser.tabs.Tab) => void>();
    stubApi('commands', { onCommand: onCommandEvent });
    const handler = vi.fn();
    const stop = onCommand('open-side-panel', handler);
    const tab = { id: 1, windowId: 4 } as Browser.tabs.Tab;
    onCommandEvent.fire('something-else', tab);
    onCommandEvent.fire('open-side-panel', tab);
    expect(handler).toHaveBeenCalledExactlyOnceWith(tab);
    stop();
    expect(onCommandEvent.hasListeners()).toBe(false);
  });
});
