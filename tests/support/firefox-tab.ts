import type { BidiClient } from './bidi';

/** BiDi's codes for the keys the tests press (WebDriver's key table). */
const KEYS: Record<string, string> = { Enter: '\uE007', Escape: '\uE00C', Backspace: '\uE003', Tab: '\uE004' };

interface EvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text?: string };
}

/**
 * One Firefox tab (a BiDi browsing context) driven like a page: evaluate, wait for a
 * condition, type. Firefox gives no BiDi events for extension pages (bug 1755014), so
 * everything here polls, each wait with its own timeout.
 */
export class FirefoxTab {
  constructor(
    readonly bidi: BidiClient,
    readonly context: string,
  ) {}

  /** Loads `url`; resolves once the document at that address has loaded. */
  async goto(url: string, timeoutMs = 10_000): Promise<void> {
    await this.bidi.send('browsingContext.navigate', { context: this.context, url, wait: 'none' });
    await this.waitFor(`location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`, `${url} loaded`, timeoutMs);
  }

  /** The JSON value of `expression` (awaited) in the tab's document; throws what it throws. */
  async evaluate<T>(expression: string, context = this.context): Promise<T> {
    const reply = await this.bidi.send<EvaluateResult>('script.evaluate', {
      target: { context },
      expression: `(async () => JSON.stringify(await (${expression})) ?? 'null')()`,
      awaitPromise: true,
    });
    if (reply.type !== 'success') throw new Error(`${expression}: ${reply.exceptionDetails?.text ?? 'exception'}`);
    return JSON.parse(String(reply.result?.value)) as T;
  }

  /** Waits until `expression` is truthy (an error while the page changes counts as not yet). */
  async waitFor(expression: string, what: string, timeoutMs = 10_000, context = this.context): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let last = '';
    for (;;) {
      try {
        if (await this.evaluate<boolean>(`Boolean(${expression})`, context)) return;
      } catch (error) {
        last = error instanceof Error ? ` (last error: ${error.message})` : '';
      }
      if (Date.now() > deadline) throw new Error(`waited ${timeoutMs / 1000} s for ${what}${last}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }

  /** Types `text` with the keyboard, into whatever has the focus. */
  type(text: string): Promise<unknown> {
    return this.keys([...text]);
  }

  /** Presses one key: a character, or Enter, Escape, Backspace, Tab. */
  press(key: string): Promise<unknown> {
    return this.keys([KEYS[key] ?? key]);
  }

  private keys(values: string[]): Promise<unknown> {
    const actions = values.flatMap((value) => [
      { type: 'keyDown', value },
      { type: 'keyUp', value },
    ]);
    return this.bidi.send('input.performActions', { context: this.context, actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  /** The tab's frames (children browsing contexts) and their addresses. */
  async frames(): Promise<{ context: string; url: string }[]> {
    const tree = await this.bidi.send<{ contexts: { children?: { context: string; url: string }[] }[] }>('browsingContext.getTree', {
      root: this.context,
    });
    return tree.contexts[0]?.children ?? [];
  }

  close(): Promise<unknown> {
    return this.bidi.send('browsingContext.close', { context: this.context }).catch(() => undefined);
  }
}
