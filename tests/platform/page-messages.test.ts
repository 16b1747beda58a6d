/**
 * The page ↔ panel protocol (components/platform/page-messages.ts): every message validated on
 * receipt, only our own extension heard, no throwing.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenToPages, listenToPanel, PAGE_CHANNEL, pushFields, sendToPage, PageMessageError, type FrameFields, type PageHandlers } from '@/components/platform/page-messages';

type Listener = (message: unknown, sender: object, sendResponse: (reply: unknown) => void) => unknown;

/** The listener our helper added, called the way a browser calls it. */
function captureListener(): { call: (message: unknown, sender?: object) => Promise<unknown>; returned: () => unknown } {
  let listener: Listener | undefined;
  let last: unknown;
  vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener').mockImplementation((l) => void (listener = l as unknown as Listener));
  return {
    call: (message, sender = { id: fakeBrowser.runtime.id }) =>
      new Promise((resolve) => {
        last = listener!(message, sender, resolve);
        if (last !== true) setTimeout(() => resolve('(no reply)'), 20);
      }),
    returned: () => last,
  };
}

const handlers = (): PageHandlers => ({
  'page:hello': () => ({ top: true }),
  'page:focus': ({ id }) => ({ focused: id === 'f1' }),
  'page:read': () => ({ values: [{ id: 'f1', kind: 'nationality', text: 'Marocaine', value: 'MA' }] }),
  'page:emphasise': ({ kinds }) => ({ count: kinds.length }),
  'page:fill-payer': () => ({ ok: true, option: 'CPAS', value: 'C', changed: true }),
  'page:highlight': ({ on }) => ({ on }),
});

describe('listenToPanel (content script)', () => {
  it('answers a valid request, asynchronously (the listener returns true for Chrome)', async () => {
    const { call, returned } = captureListener();
    listenToPanel(handlers());
    await expect(call({ channel: PAGE_CHANNEL, type: 'page:focus', data: { id: 'f1' } })).resolves.toEqual({ ok: true, data: { focused: true } });
    expect(returned()).toBe(true);
  });

  it('refuses a request that breaks its schema, without calling the handler', async () => {
    const { call } = captureListener();
    const h = handlers();
    const fill = vi.spyOn(h, 'page:fill-payer');
    listenToPanel(h);
    await expect(call({ channel: PAGE_CHANNEL, type: 'page:fill-payer', data: { payer: 'my-cousin' } })).resolves.toMatchObject({
      ok: false,
      error: expect.stringContaining('Invalid "page:fill-payer" request'),
    });
    await expect(call({ channel: PAGE_CHANNEL, type: 'page:emphasise', data: { kinds: ['payer', 'password'] } })).resolves.toMatchObject({ ok: false });
    expect(fill).not.toHaveBeenCalled();
  });

  it('ignores other extensions, other channels and unknown types', async () => {
    const { call } = captureListener();
    listenToPanel(handlers());
    await expect(call({ channel: PAGE_CHANNEL, type: 'page:read', data: {} }, { id: 'someone-else' })).resolves.toBe('(no reply)');
    await expect(call({ channel: 'payer-check', type: 'page:read', data: {} })).resolves.toBe('(no reply)');
    await expect(call({ channel: PAGE_CHANNEL, type: 'page:format-disk', data: {} })).resolves.toBe('(no reply)');
    await expect(call('hello')).resolves.toBe('(no reply)');
  });

  it("reports a handler's failure instead of throwing; an invalid reply is refused where it is received", async () => {
    const { call } = captureListener();
    listenToPanel({
      ...handlers(),
      'page:read': () => {
        throw new Error('boom');
      },
      'page:focus': () => ({ focused: 'yes' }) as never,
    });
    await expect(call({ channel: PAGE_CHANNEL, type: 'page:read', data: {} })).resolves.toEqual({ ok: false, error: 'boom' });
    const reply = await call({ channel: PAGE_CHANNEL, type: 'page:focus', data: { id: 'f1' } });
    (fakeBrowser.tabs as unknown as { sendMessage: unknown }).sendMessage = async () => reply;
    await expect(sendToPage({ tabId: 4 }, 'page:focus', { id: 'f1' })).rejects.toThrow('Invalid "page:focus" reply');
  });
});

describe('pushFields / listenToPages', () => {
  const frame: FrameFields = { fields: [{ id: 'f1', kind: 'payer', label: 'Débiteur' }], total: 1, title: 'Admission', top: true, highlight: true };

  it('delivers a frame\'s fields with the tab and frame the browser names, and acknowledges', async () => {
    const { call } = captureListener();
    const onFields = vi.fn();
    listenToPages(onFields);
    await expect(call({ channel: PAGE_CHANNEL, type: 'page:fields', data: frame }, { id: fakeBrowser.runtime.id, tab: { id: 7 }, frameId: 3, url: 'http://127.0.0.1/x' })).resolves.toEqual({ ok: true });
    expect(onFields).toHaveBeenCalledWith({ tabId: 7, frameId: 3, url: 'http://127.0.0.1/x', fields: frame });
  });

  it('ignores pushes that break the schema or come from outside a tab', async () => {
    const { call } = captureListener();
    const onFields = vi.fn();
    listenToPages(onFields);
    await call({ channel: PAGE_CHANNEL, type: 'page:fields', data: { ...frame, fields: [{ id: 'f1', kind: 'password', label: '' }] } }, { id: fakeBrowser.runtime.id, tab: { id: 7 } });
    await call({ channel: PAGE_CHANNEL, type: 'page:fields', data: frame }, { id: fakeBrowser.runtime.id });
    expect(onFields).not.toHaveBeenCalled();
  });

  it('pushFields says whether a panel heard it (an acknowledgement that breaks the schema is none)', async () => {
    await expect(pushFields(frame)).resolves.toBe(false); // nobody listens
    let ack: unknown = { ok: 'yes' };
    fakeBrowser.runtime.onMessage.addListener(() => Promise.resolve(ack) as never);
    await expect(pushFields(frame)).resolves.toBe(false);
    ack = { ok: true };
    await expect(pushFields(frame)).resolves.toBe(true);
  });
});

describe('sendToPage (panel)', () => {
  it('sends to one frame and validates the reply', async () => {
    const send = vi.fn(async () => ({ ok: true, data: { focused: true } }));
    (fakeBrowser.tabs as unknown as { sendMessage: unknown }).sendMessage = send;
    await expect(sendToPage({ tabId: 4, frameId: 2 }, 'page:focus', { id: 'f9' })).resolves.toEqual({ focused: true });
    expect(send).toHaveBeenCalledWith(4, { channel: PAGE_CHANNEL, type: 'page:focus', data: { id: 'f9' } }, { frameId: 2 });
  });

  it('rejects an invalid request, no answer, a refusal and an invalid reply', async () => {
    const tabs = fakeBrowser.tabs as unknown as { sendMessage: unknown };
    await expect(sendToPage({ tabId: 4 }, 'page:focus', { id: '' })).rejects.toThrow(PageMessageError);
    tabs.sendMessage = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    await expect(sendToPage({ tabId: 4 }, 'page:hello', {})).rejects.toThrow(/did not answer/);
    tabs.sendMessage = async () => ({ ok: false, error: 'nope' });
    await expect(sendToPage({ tabId: 4 }, 'page:hello', {})).rejects.toThrow('nope');
    tabs.sendMessage = async () => ({ ok: true, data: { top: 'yes' } });
    await expect(sendToPage({ tabId: 4 }, 'page:hello', {})).rejects.toThrow(/Invalid "page:hello" reply/);
  });
});
