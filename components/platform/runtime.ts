import { browser } from 'wxt/browser';

/** The extension's version, from its manifest. */
export function extensionVersion(): string {
  return browser.runtime.getManifest().version;
}
