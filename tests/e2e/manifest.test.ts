/**
 * The manifests `wxt build` and `wxt build -b firefox` wrote (npm test builds both first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPEN_PANEL_SHORTCUT } from '../../wxt.config';

const OUTPUT = resolve(import.meta.dirname, '../../.output');

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[]; all_frames?: boolean; js?: string[] }[];
};

function built(target: 'chrome-mv3' | 'firefox-mv2'): Manifest {
  const file = resolve(OUTPUT, target, 'manifest.json');
  if (!existsSync(file)) {
    throw new Error(`${file} is missing: run \`npm run build\` and \`npm run build:firefox\` first (npm test does).`);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as Manifest;
}

/** Host patterns that reach arbitrary sites. */
function isBroad(pattern: string): boolean {
  return pattern === '<all_urls>' || /^(\*|https?|wss?|ftp|file):\/\/\*(\/|$)/.test(pattern);
}

const LOCAL_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

describe('Chrome (MV3) manifest', () => {
  const manifest = built('chrome-mv3');

  it('is MV3 with a localised name and description', () => {
    expect(manifest).toMatchObject({
      manifest_version: 3,
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'fr',
    });
    for (const locale of ['fr', 'nl', 'de', 'en']) {
      expect(existsSync(resolve(OUTPUT, 'chrome-mv3/_locales', locale, 'messages.json')), locale).toBe(true);
    }
  });

  it('declares the side panel, the popup and the options page', () => {
    expect(manifest.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(manifest.action).toMatchObject({ default_popup: 'popup.html' });
    expect(manifest.options_ui).toMatchObject({ page: 'options.html' });
    expect(manifest.background).toEqual({ service_worker: 'background.js' });
  });

  it('runs the content script on local addresses, in every frame', () => {
    expect(manifest.content_scripts).toEqual([
      expect.objectContaining({ matches: LOCAL_MATCHES, all_frames: true, js: ['content-scripts/his.js'] }),
    ]);
  });

  it('asks for the minimal permissions and no host permission for arbitrary sites', () => {
    expect([...(manifest.permissions ?? [])].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'sidePanel', 'storage']);
    expect((manifest.host_permissions ?? []).filter(isBroad)).toEqual([]);
    // Other sites only on request, one origin at a time (the options page asks).
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.content_scripts!.flatMap((script) => script.matches).filter(isBroad)).toEqual([]);
  });

  it('runs the content script in about:blank and srcdoc frames too, from the start (the first fields are marked at DOMContentLoaded)', () => {
    expect(manifest.content_scripts![0]).toMatchObject({ match_about_blank: true, run_at: 'document_start' });
  });

  it('reads hospital IT\'s policy against a schema it ships', () => {
    const schemaFile = (manifest.storage as { managed_schema: string }).managed_schema;
    const schema = JSON.parse(readFileSync(resolve(OUTPUT, 'chrome-mv3', schemaFile), 'utf8')) as { properties: Record<string, unknown> };
    expect(Object.keys(schema.properties).sort()).toEqual(['enabledOrigins', 'siteProfiles']);
  });

  it('has a keyboard shortcut that opens the side panel', () => {
    expect(manifest.commands).toEqual({
      'open-side-panel': { suggested_key: { default: OPEN_PANEL_SHORTCUT }, description: '__MSG_commandOpenSidePanel__' },
    });
  });

  it('forbids extension pages every network connection', () => {
    const csp = (manifest.content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("script-src 'self';");
  });

  it('has our own icons', () => {
    expect(manifest.icons).toEqual({ 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' });
  });
});

describe('Firefox manifest', () => {
  const manifest = built('firefox-mv2');

  it('uses the sidebar instead of the side panel', () => {
    expect(manifest.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html' });
    expect(manifest.side_panel).toBeUndefined();
    expect(manifest.permissions).not.toContain('sidePanel');
  });

  it('opens the sidebar with the same shortcut, through the command Firefox reserves for it', () => {
    expect(manifest.commands).toEqual({
      _execute_sidebar_action: {
        suggested_key: { default: OPEN_PANEL_SHORTCUT },
        description: '__MSG_commandOpenSidePanel__',
      },
    });
  });

  it('has an add-on id and declares that it collects no data', () => {
    expect(manifest.browser_specific_settings).toMatchObject({
      gecko: { id: expect.stringMatching(/@/), data_collection_permissions: { required: ['none'] } },
    });
  });

  it('keeps the popup, the options page and the local content script, with no broad permission', () => {
    expect(manifest.browser_action).toMatchObject({ default_popup: 'popup.html' });
    expect(manifest.options_ui).toMatchObject({ page: 'options.html' });
    expect(manifest.content_scripts).toEqual([expect.objectContaining({ matches: LOCAL_MATCHES, all_frames: true })]);
    expect((manifest.permissions ?? []).filter(isBroad)).toEqual([]);
    expect(manifest.optional_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.content_security_policy).toContain("connect-src 'none'");
  });
});
