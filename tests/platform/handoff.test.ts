import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handOffDocument, receiveHandedOffDocuments } from '@/components/platform/handoff';

const tick = () => new Promise((done) => setTimeout(done, 0));

describe('popup → side panel hand-over of a document', () => {
  it('delivers a document waiting in storage.session when the panel starts, then removes it', async () => {
    await handOffDocument('card-k');
    const received = vi.fn();
    const stop = receiveHandedOffDocuments(received);
    await tick();
    expect(received).toHaveBeenCalledWith('card-k');
    expect((await fakeBrowser.storage.session.get('handoff')).handoff ?? null).toBeNull();
    stop();
  });

  it('delivers a document handed over while the panel is open', async () => {
    const received = vi.fn();
    const stop = receiveHandedOffDocuments(received);
    await tick();
    await handOffDocument('annexe-26');
    await tick();
    expect(received).toHaveBeenCalledWith('annexe-26');
    stop();
  });

  it('ignores a stale hand-over and anything that is not a known document', async () => {
    await handOffDocument('card-k', Date.now() - 5 * 60_000);
    const received = vi.fn();
    const stop = receiveHandedOffDocuments(received);
    await tick();
    await fakeBrowser.storage.session.set({ handoff: { document: 'not-a-document', at: Date.now() } });
    await tick();
    expect(received).not.toHaveBeenCalled();
    stop();
  });

  it('refuses to hand over an unknown document', async () => {
    await expect(handOffDocument('passport' as never)).rejects.toThrow();
  });
});
