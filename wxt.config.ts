import { defineConfig } from 'wxt';
import type { ConfigEnv, UserManifest } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * The keyboard shortcut that opens the side panel (Chrome) or the sidebar (Firefox); F as in
 * facturer / factureren. Chrome silently drops a suggested key it already uses (Alt+Shift+P,
 * Alt+Shift+B): the end-to-end tests check that this one is really assigned.
 */
export const OPEN_PANEL_SHORTCUT = 'Alt+Shift+F';

/**
 * Extension pages (side panel, popup, options, service worker) may load only what the
 * package ships: no fetch, no XHR, no WebSocket, no remote script, style, font or image.
 * Patient data typed at the admission desk must never leave the browser.
 * Only for builds: `wxt` (dev mode) needs its own dev server for hot reload.
 */
export const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "connect-src 'none'",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The manifest keys WXT cannot infer from the entrypoints. Entry points add their own
 * keys: `side_panel` / `sidebar_action`, `action.default_popup`, `options_ui`,
 * `content_scripts`, `background`.
 */
export function manifest({ browser, command }: ConfigEnv): UserManifest {
  const firefox = browser === 'firefox';
  return {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'fr',
    // Least privilege: no host permission at all. The content script's own `matches`
    // (localhost only) is all the page access the extension has at install time.
    permissions: firefox
      ? ['storage', 'contextMenus', 'activeTab']
      : ['sidePanel', 'storage', 'contextMenus', 'activeTab'],
    action: { default_title: '__MSG_extName__' },
    commands: firefox
      ? {
          // Firefox opens the sidebar itself for this reserved command name.
          _execute_sidebar_action: {
            suggested_key: { default: OPEN_PANEL_SHORTCUT },
            description: '__MSG_commandOpenSidePanel__',
          },
        }
      : {
          'open-side-panel': {
            suggested_key: { default: OPEN_PANEL_SHORTCUT },
            description: '__MSG_commandOpenSidePanel__',
          },
        },
    ...(command === 'build' ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } } : {}),
    ...(firefox
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'payer-check@hospital-tools',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  };
}

export default defineConfig({
  imports: false,
  publicDir: 'assets/public',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest,
  zip: {
    // The sources zip (for Firefox review) does not read .gitignore.
    excludeSources: ['test-results/**', '.output/**', 'coverage/**'],
  },
});
