import { defineConfig } from 'wxt';
import type { ConfigEnv, Entrypoint, EntrypointGroup, UserManifest } from 'wxt';
import type { InlineConfig, Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { normalizeOrigin, originPattern } from './components/page/site-profile';
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

/** The hosts the clerk may enable, one origin at a time (never granted at install). */
export const OPTIONAL_HOSTS = ['http://*/*', 'https://*/*'] as const;

/**
 * The content script talks to the browser's own `browser` / `chrome` object instead of
 * webextension-polyfill (~10 kB it would load into every HIS frame): it only uses promise
 * APIs both browsers have natively, and answers messages with `sendResponse`. Every other
 * part of the extension keeps the polyfill (`@wxt-dev/webextension-polyfill`).
 */
function nativeBrowserInContentScripts(entrypoints: readonly Entrypoint[], config: InlineConfig): void {
  if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
  const native = fileURLToPath(import.meta.resolve('wxt/browser'));
  const alias = config.resolve?.alias;
  if (Array.isArray(alias)) {
    for (const entry of alias as { find: unknown; replacement: string }[]) if (entry.find === 'wxt/browser') entry.replacement = native;
  } else if (alias && typeof alias === 'object') {
    (alias as Record<string, string>)['wxt/browser'] = native;
  }
}

/**
 * A hospital's own build: `PAYER_CHECK_HIS_ORIGINS="https://his.hospital.be,http://his-test:8080"
 * npm run build` adds those origins to the content script's manifest matches, so that the
 * extension reads the HIS from installation on, with no per-clerk permission prompt (the
 * browser shows the sites at install instead). Throws on anything that is not an origin.
 */
export function hisOriginPatterns(value: string | undefined): string[] {
  const patterns: string[] = [];
  for (const item of (value ?? '').split(/[\s,]+/).filter(Boolean)) {
    const origin = normalizeOrigin(item);
    if (!origin) throw new Error(`PAYER_CHECK_HIS_ORIGINS: "${item}" is not an origin such as https://his.hospital.be`);
    const pattern = originPattern(origin);
    if (!patterns.includes(pattern)) patterns.push(pattern);
  }
  return patterns;
}

function addHisOrigins(_wxt: unknown, manifest: { content_scripts?: { matches?: string[] }[] }): void {
  const extra = hisOriginPatterns(process.env.PAYER_CHECK_HIS_ORIGINS);
  const script = manifest.content_scripts?.[0];
  if (!extra.length || !script?.matches) return;
  for (const pattern of extra) if (!script.matches.includes(pattern)) script.matches.push(pattern);
}

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
    // (localhost only) is all the page access the extension has at install time. `scripting`
    // runs the content script on origins the clerk or IT enabled, or on one page at the
    // clerk's click (activeTab); it grants no access by itself.
    permissions: firefox
      ? ['storage', 'contextMenus', 'activeTab', 'scripting']
      : ['sidePanel', 'storage', 'contextMenus', 'activeTab', 'scripting'],
    // Asked for one origin at a time, when the clerk enables it in the options page.
    // (Firefox's MV2 lists optional hosts with the optional permissions.)
    ...((firefox ? { optional_permissions: [...OPTIONAL_HOSTS] } : { optional_host_permissions: [...OPTIONAL_HOSTS] }) as UserManifest),
    // Hospital IT's policy (enabled origins, site profiles). Firefox reads policies.json
    // instead and takes no schema here.
    ...(firefox ? {} : { storage: { managed_schema: 'managed-schema.json' } }),
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

/**
 * The side panel is built on its own, not with the popup and options pages: its start is then
 * one module file instead of a graph of chunks shared with the other pages. Each extra module
 * file costs a request through the extension protocol and a module-graph step before the
 * first render (about 17 ms of the panel's 55 ms of its own, measured A/B in Chromium).
 */
function sidePanelBuiltAlone(_wxt: unknown, groups: EntrypointGroup[]): void {
  for (const group of groups) {
    if (!Array.isArray(group) || group.length < 2) continue;
    const panel = group.findIndex((entry) => entry.type === 'sidepanel');
    if (panel < 0) continue;
    const [entry] = group.splice(panel, 1);
    groups.push([entry!]);
    return;
  }
}

/**
 * The side panel's stylesheet written into its page as a <style> element: a linked stylesheet
 * holds the module script back until it has loaded (scripts wait for the sheets before them), one
 * more request through the extension protocol before the first render. The extension pages' CSP
 * allows inline styles (EXTENSION_PAGES_CSP).
 */
export function inlineSidePanelStyles(): Plugin {
  return {
    name: 'payer-check:inline-side-panel-styles',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle || !/(^|\/)sidepanel(\/index)?\.html$/.test(ctx.filename.replace(/\\/g, '/'))) return html;
        const bundle = ctx.bundle;
        return html.replace(/<link rel="stylesheet"[^>]*href="\/?([^"]+\.css)"[^>]*>/g, (link, file: string) => {
          const asset = bundle[file];
          if (!asset || asset.type !== 'asset') return link;
          const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          // The file goes only when nothing else uses it (another page's entry, a chunk loaded later).
          const usedElsewhere = Object.values(bundle).some(
            (out) => out.type === 'chunk' && out !== ctx.chunk && (out as { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss.has(file),
          );
          if (!usedElsewhere) delete bundle[file];
          return `<style>${css.replace(/<\/style/gi, '<\\/style')}</style>`;
        });
      },
    },
  };
}

export default defineConfig({
  imports: false,
  publicDir: 'assets/public',
  modules: ['@wxt-dev/webextension-polyfill'],
  // No modulepreload polyfill: Chrome and Firefox (140+, our minimum) have modulepreload, and the
  // polyfill would be ~0.8 kB more on every page's start.
  vite: () => ({ plugins: [preact(), inlineSidePanelStyles()], build: { modulePreload: { polyfill: false } } }),
  manifest,
  hooks: {
    'vite:build:extendConfig': nativeBrowserInContentScripts,
    'build:manifestGenerated': addHisOrigins,
    'entrypoints:grouped': sidePanelBuiltAlone,
  },
  zip: {
    // The sources zip (for Firefox review) does not read .gitignore.
    excludeSources: ['test-results/**', '.output/**', 'coverage/**'],
  },
});
