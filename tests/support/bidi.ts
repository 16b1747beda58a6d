import WebSocket from 'ws';

/**
 * A minimal WebDriver BiDi client (https://w3c.github.io/webdriver-bidi/): commands with a
 * timeout each, and events. Enough to drive Firefox's own BiDi server for the Firefox
 * end-to-end test; playwright-core 1.65's BiDi driver has no command to install an extension.
 */
export interface BidiClient {
  /** Sends a command; rejects with the browser's error, or after `timeoutMs`. */
  send<T = Record<string, unknown>>(method: string, params?: Record<string, unknown>, timeoutMs?: number): Promise<T>;
  on(event: string, listener: (params: Record<string, unknown>) => void): void;
  close(): void;
}

interface Reply {
  id?: number;
  type: 'success' | 'error' | 'event';
  method?: string;
  result?: unknown;
  params?: Record<string, unknown>;
  error?: string;
  message?: string;
}

const DEFAULT_TIMEOUT_MS = 15_000;

export async function connectBidi(url: string, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<BidiClient> {
  const socket = new WebSocket(url);
  await new Promise<void>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`WebDriver BiDi: no connection to ${url} within ${timeoutMs / 1000} s`)), timeoutMs);
    socket.once('open', () => (clearTimeout(timer), done()));
    socket.once('error', (error) => (clearTimeout(timer), fail(error)));
  });
  let lastId = 0;
  const pending = new Map<number, { done: (reply: Reply) => void; fail: (error: Error) => void }>();
  const listeners = new Map<string, ((params: Record<string, unknown>) => void)[]>();
  socket.on('message', (data) => {
    const reply = JSON.parse(String(data)) as Reply;
    if (reply.type === 'event') {
      for (const listener of listeners.get(reply.method ?? '') ?? []) listener(reply.params ?? {});
    } else if (reply.id !== undefined) {
      pending.get(reply.id)?.done(reply);
      pending.delete(reply.id);
    }
  });
  socket.on('close', () => {
    for (const { fail } of pending.values()) fail(new Error('WebDriver BiDi: the browser closed the connection'));
    pending.clear();
  });
  return {
    send: <T>(method: string, params: Record<string, unknown> = {}, timeout = DEFAULT_TIMEOUT_MS) =>
      new Promise<T>((done, fail) => {
        const id = ++lastId;
        const timer = setTimeout(() => {
          pending.delete(id);
          fail(new Error(`WebDriver BiDi: ${method} got no answer within ${timeout / 1000} s`));
        }, timeout);
        pending.set(id, {
          done: (reply) => {
            clearTimeout(timer);
            if (reply.type === 'success') done(reply.result as T);
            else fail(new Error(`WebDriver BiDi: ${method} failed: ${reply.error}: ${reply.message}`));
          },
          fail: (error) => (clearTimeout(timer), fail(error)),
        });
        socket.send(JSON.stringify({ id, method, params }));
      }),
    on: (event, listener) => listeners.set(event, [...(listeners.get(event) ?? []), listener]),
    close: () => socket.close(),
  };
}
