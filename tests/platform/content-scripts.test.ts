import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  CONTENT_SCRIPT_FILE,
  SITE_SCRIPT_ID,
  checkPageMenuTitle,
  injectIntoActiveTab,
  requestOriginAccess,
  syncSiteScripts,
} from '@/components/platform/content-scripts';
import { stubApi } from '../support/fake-apis';

interface Script {
  id: string;
  matches?: string[];
  matchOriginAsFallback?: boolean;
}

/** A browser's scripting API with registrations kept in memory. */
function fakeScripting(options: { fallback?: boolean } = {}) {
  let registered: Script[] = [];
  const api = {
    registerContentScripts: vi.fn(async (scripts: Script[]) => {
      if (options.fallback === false && scripts.some((s) => 'matchOriginAsFallback' in s)) throw new Error('Unexpected property "matchOriginAsFallback"');
      if (scripts.some((s) => registered.some((r) => r.id === s.id))) throw new Error('Duplicate script ID');
      registered.push(...scripts);
    }),
    updateContentScripts: vi.fn(async (scripts: Script[]) => {
      registered = registered.map((r) => scripts.find((s) => s.id === r.id) ?? r);
    }),
    unregisterContentScripts: vi.fn(async (filter?: { ids?: string[] }) => {
      registered = registered.filter((r) => !filter?.ids?.includes(r.id));
    }),
    getRegisteredContentScripts: vi.fn(async (filter?: { ids?: string[] }) => registered.filter((r) => !filter?.ids || filter.ids.includes(r.id))),
    executeScript: vi.fn(async () => [{}]),
  };
  stubApi('scripting', api);
  return { api, registered: () => registered };
}

function grant(patterns: string[]) {
  return stubApi('permissions', {
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => patterns.includes(o))),
    request: vi.fn(async () => true),
    remove: vi.fn(async () => true),
    onAdded: { addListener: vi.fn(), removeListener: vi.fn() },
    onRemoved: { addListener: vi.fn(), removeListener: vi.fn() },
  });
}

describe('syncSiteScripts', () => {
  it('registers the content script, in all frames, for the enabled origins whose access is granted, and no other', async () => {
    const scripting = fakeScripting();
    grant(['https://his.be/*', 'http://his-test/*']);
    await expect(syncSiteScripts(['https://his.be', 'http://his-test:8080', 'https://not-granted.be', 'http://localhost:3000'])).resolves.toEqual(['https://his.be/*', 'http://his-test/*']);
    expect(scripting.registered()).toEqual([
      expect.objectContaining({ id: SITE_SCRIPT_ID, js: [CONTENT_SCRIPT_FILE], matches: ['https://his.be/*', 'http://his-test/*'], allFrames: true, matchOriginAsFallback: true, runAt: 'document_start' }),
    ]);
  });

  it('updates the registration as origins change, and removes it when none is left', async () => {
    const scripting = fakeScripting();
    grant(['https://a.be/*', 'https://b.be/*']);
    await syncSiteScripts(['https://a.be']);
    await syncSiteScripts(['https://a.be', 'https://b.be']);
    expect(scripting.api.updateContentScripts).toHaveBeenCalledOnce();
    expect(scripting.registered()[0]!.matches).toEqual(['https://a.be/*', 'https://b.be/*']);
    await syncSiteScripts([]);
    expect(scripting.registered()).toEqual([]);
  });

  it('registers without matchOriginAsFallback on a browser that does not know it', async () => {
    const scripting = fakeScripting({ fallback: false });
    grant(['https://a.be/*']);
    await syncSiteScripts(['https://a.be']);
    expect(scripting.registered()).toEqual([expect.not.objectContaining({ matchOriginAsFallback: true })]);
  });
});

describe('asking and injecting', () => {
  it('asks for the origins the clerk enables, as match patterns', async () => {
    const permissions = grant([]);
    await requestOriginAccess(['https://his.be', 'http://his:8080', 'https://his.be']);
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://his.be/*', 'http://his/*'] });
  });

  it('"Check this page" runs the content script in every frame of the active tab', async () => {
    const scripting = fakeScripting();
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 42 } as never]);
    await expect(injectIntoActiveTab()).resolves.toEqual({ ok: true, tabId: 42 });
    expect(scripting.api.executeScript).toHaveBeenCalledWith({ target: { tabId: 42, allFrames: true }, files: [`/${CONTENT_SCRIPT_FILE}`] });
  });

  it('says so when the browser refuses the page, or there is no tab', async () => {
    const scripting = fakeScripting();
    scripting.api.executeScript.mockRejectedValue(new Error('Cannot access a chrome:// URL'));
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 42 } as never]);
    await expect(injectIntoActiveTab()).resolves.toEqual({ ok: false, reason: 'refused' });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    await expect(injectIntoActiveTab()).resolves.toEqual({ ok: false, reason: 'no-tab' });
  });

  it.each([
    ['nl-BE', 'Deze pagina nakijken met Payer Check'],
    ['fr', 'Vérifier cette page avec Payer Check'],
    ['ja', 'Check this page with Payer Check'],
  ])('names the context-menu entry in the browser language (%s)', (tag, title) => expect(checkPageMenuTitle(tag)).toBe(title));
});
