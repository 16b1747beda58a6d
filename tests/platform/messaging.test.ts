import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHANNEL } from '@/components/platform/messages';
import { MessageError, onMessage, sendMessage } from '@/components/platform/messaging';
import type { ResponseOf } from '@/components/platform/messages';

/** What a sender outside our helpers (a bug, another script) could put on the wire. */
function sendRaw(message: unknown): Promise<unknown> {
  return fakeBrowser.runtime.sendMessage(message);
}

describe('sendMessage / onMessage', () => {
  it('delivers a request and returns the validated response', async () => {
    const handler = vi.fn(() => ({ version: '1.2.3' }));
    onMessage('ping', handler);
    await expect(sendMessage('ping', {})).resolves.toEqual({ version: '1.2.3' });
    expect(handler).toHaveBeenCalledWith({}, expect.anything());
  });

  it('accepts an asynchronous handler', async () => {
    onMessage('ping', async () => ({ version: '2.0.0' }));
    await expect(sendMessage('ping', {})).resolves.toEqual({ version: '2.0.0' });
  });

  it('refuses an invalid request before it reaches the handler', async () => {
    const handler = vi.fn(() => ({ version: '1' }));
    onMessage('ping', handler);
    await expect(sendRaw({ channel: CHANNEL, type: 'ping', data: 'oops' })).resolves.toMatchObject({
      ok: false,
      error: expect.stringContaining('Invalid "ping" request'),
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses to send an invalid request', async () => {
    await expect(sendMessage('ping', 42 as never)).rejects.toThrow(MessageError);
  });

  it("reports the handler's error to the sender", async () => {
    onMessage('ping', () => {
      throw new Error('storage unavailable');
    });
    await expect(sendMessage('ping', {})).rejects.toThrow('storage unavailable');
  });

  it('refuses a response that breaks the protocol', async () => {
    onMessage('ping', () => ({ version: 3 }) as unknown as ResponseOf<'ping'>);
    await expect(sendMessage('ping', {})).rejects.toThrow('Invalid "ping" response');
  });

  it('fails clearly when nobody answers', async () => {
    await expect(sendMessage('ping', {})).rejects.toThrow('Nobody answered "ping"');
  });

  it.each([
    ['a message from outside the protocol', { hello: 'world' }],
    ['another channel', { channel: 'someone-else', type: 'ping', data: {} }],
    ['another message type', { channel: CHANNEL, type: 'not-ping', data: {} }],
  ])('leaves %s to other listeners', async (_name, message) => {
    const handler = vi.fn(() => ({ version: '1' }));
    onMessage('ping', handler);
    await expect(sendRaw(message)).resolves.toBeUndefined();
    expect(handler).not.toHaveBeenCalled();
  });

  it('stops answering once the listener is removed', async () => {
    const stop = onMessage('ping', () => ({ version: '1' }));
    stop();
    await expect(sendMessage('ping', {})).rejects.toThrow(MessageError);
  });
});
