/**
 * Stand-ins for the extension APIs WXT's fake browser does not implement (side panel,
 * sidebar, context menus, commands, i18n), for unit tests.
 */
import { onTestFinished } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export interface FakeEvent<Listener extends (...args: never[]) => unknown> {
  addListener(listener: Listener): void;
  removeListener(listener: Listener): void;
  hasListener(listener: Listener): boolean;
  hasListeners(): boolean;
  /** Calls every listener as the browser would, and returns what they returned. */
  fire(...args: Parameters<Listener>): unknown[];
}

export function fakeEvent<Listener extends (...args: never[]) => unknown>(): FakeEvent<Listener> {
  const listeners: Listener[] = [];
  return {
    addListener: (listener) => void listeners.push(listener),
    removeListener: (listener) => {
      const index = listeners.indexOf(listener);
      if (index >= 0) listeners.splice(index, 1);
    },
    hasListener: (listener) => listeners.includes(listener),
    hasListeners: () => listeners.length > 0,
    fire: (...args) => listeners.map((listener) => listener(...args)),
  };
}

/**
 * Sets `browser[namespace]` to `api` (or removes it) for the current test only. The fake
 * browser has Firefox's `sidebarAction` and no `sidePanel`: remove the first and stub the
 * second to act as Chrome.
 */
export function stubApi<T extends object | undefined>(namespace: string, api: T): T {
  const browser = fakeBrowser as unknown as Record<string, unknown>;
  const had = Object.prototype.hasOwnProperty.call(browser, namespace);
  const original = browser[namespace];
  if (api === undefined) delete browser[namespace];
  else browser[namespace] = api;
  onTestFinished(() => {
    if (had) browser[namespace] = original;
    else delete browser[namespace];
  });
  return api;
}
