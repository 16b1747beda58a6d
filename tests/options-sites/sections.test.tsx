// @vitest-environment happy-dom
/** The options page's site sections, with the browser side replaced by a fake. */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { SiteAccess } from '@/components/options-sites/SiteAccess';
import { SiteProfiles } from '@/components/options-sites/SiteProfiles';
import type { SitesApi } from '@/components/options-sites/sites-api';
import type { SiteSettings } from '@/components/platform/site-settings';

function fakeSites(initial: Partial<SiteSettings> = {}, granted = new Set<string>(), answer = true) {
  let settings: SiteSettings = { localOrigins: [], managedOrigins: [], localProfiles: {}, managedProfiles: {}, ...initial };
  const api: SitesApi & Record<string, ReturnType<typeof vi.fn>> = {
    read: vi.fn(async () => settings),
    writeOrigins: vi.fn(async (origins: readonly string[]) => void (settings = { ...settings, localOrigins: [...origins] })),
    writeProfiles: vi.fn(async (profiles) => void (settings = { ...settings, localProfiles: profiles })),
    requestAccess: vi.fn(async (origins: readonly string[]) => {
      if (answer) origins.forEach((o) => granted.add(o));
      return answer;
    }),
    hasAccess: vi.fn(async (origin: string) => granted.has(origin)),
    removeAccess: vi.fn(async (origin: string) => granted.delete(origin)),
    watch: vi.fn(() => () => undefined),
    copy: vi.fn(async () => undefined),
  };
  return { api, current: () => settings };
}

describe('SiteAccess', () => {
  it('enables an origin: asks the browser at the click, then stores it', async () => {
    const { api, current } = fakeSites();
    render(<SiteAccess lang="fr" api={api} />);
    fireEvent.input(screen.getByLabelText('Adresse du logiciel hospitalier'), { target: { value: 'his.hopital.be/app/' } });
    fireEvent.click(screen.getByRole('button', { name: 'Activer' }));
    expect(api.requestAccess).toHaveBeenCalledWith(['https://his.hopital.be']);
    expect(await screen.findByText('https://his.hopital.be est activé.')).toBeTruthy();
    expect(current().localOrigins).toEqual(['https://his.hopital.be']);
    await screen.findByText('autorisé');
  });

  it('stores nothing when the browser refuses, and refuses what is not an address', async () => {
    const { api, current } = fakeSites({}, new Set(), false);
    render(<SiteAccess lang="en" api={api} />);
    const input = screen.getByLabelText('Address of the hospital information system');
    fireEvent.input(input, { target: { value: 'ftp://his' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enable' }));
    expect(await screen.findByText('“ftp://his” is not a web address (for example https://his.hospital.be).')).toBeTruthy();
    expect(api.requestAccess).not.toHaveBeenCalled();
    fireEvent.input(input, { target: { value: 'https://his.be' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enable' }));
    expect(await screen.findByText('The browser did not allow access to https://his.be.')).toBeTruthy();
    expect(current().localOrigins).toEqual([]);
  });

  it("shows IT's origins as such (allow, but not remove), and removes the clerk's with their access", async () => {
    const { api, current } = fakeSites({ managedOrigins: ['https://it.be'], localOrigins: ['https://mine.be'] }, new Set(['https://mine.be']));
    render(<SiteAccess lang="en" api={api} />);
    const it = await screen.findByText('https://it.be', { selector: 'code' });
    const itRow = it.closest('li')!;
    expect(itRow.textContent).toContain('set by your hospital');
    expect(itRow.textContent).toContain('not allowed yet');
    expect(itRow.querySelectorAll('button')).toHaveLength(1); // Allow only
    fireEvent.click(screen.getByRole('button', { name: 'Allow https://it.be' }));
    expect(api.requestAccess).toHaveBeenCalledWith(['https://it.be']);
    fireEvent.click(screen.getByRole('button', { name: 'Remove https://mine.be' }));
    await screen.findByText('https://mine.be is removed.');
    expect(current().localOrigins).toEqual([]);
    expect(api.removeAccess).toHaveBeenCalledWith('https://mine.be');
  });
});

describe('SiteProfiles', () => {
  it('saves selectors per kind for an origin, refusing invalid ones with their line', async () => {
    const { api, current } = fakeSites();
    render(<SiteProfiles lang="en" api={api} isValidSelector={(s) => !s.includes('##')} />);
    fireEvent.input(screen.getByLabelText('Site'), { target: { value: 'https://his.be' } });
    fireEvent.input(screen.getByLabelText(/^Payer/), { target: { value: '#deb\n##bad' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(await screen.findByText('Payer, line 2: “##bad” is not a CSS selector.')).toBeTruthy();
    expect(api.writeProfiles).not.toHaveBeenCalled();
    fireEvent.input(screen.getByLabelText(/^Payer/), { target: { value: '#deb\n select[name=debiteur] ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save profile' }));
    await screen.findByText('Profile of https://his.be saved.');
    expect(current().localProfiles).toEqual({ 'https://his.be': { payer: ['#deb', 'select[name=debiteur]'] } });
  });

  it('imports JSON (asking for its origins at the click) and names the line and field of each mistake', async () => {
    const { api, current } = fakeSites();
    render(<SiteProfiles lang="en" api={api} isValidSelector={() => true} />);
    const box = screen.getByLabelText('JSON to import');
    fireEvent.input(box, { target: { value: '{\n  "enabledOrigins": ["https://his.be"],\n  "siteProfiles": {\n    "https://his.be": { "payr": ["#p"] }\n  }\n}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Line 4, siteProfiles › https://his.be › payr: unknown field kind "payr"');
    fireEvent.input(box, { target: { value: '{"enabledOrigins": ["https://his.be"], "siteProfiles": {"https://his.be": {"payer": ["#p"]}}}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Import' }));
    expect(api.requestAccess).toHaveBeenCalledWith(['https://his.be']);
    await screen.findByText('Imported: 1 profile(s), 1 site(s).');
    expect(current()).toMatchObject({ localOrigins: ['https://his.be'], localProfiles: { 'https://his.be': { payer: ['#p'] } } });
  });

  it("exports the clerk's sites in the policy's format, and shows IT's profiles read only", async () => {
    const { api } = fakeSites({ localOrigins: ['https://his.be'], localProfiles: { 'https://his.be': { payer: ['#p'] } }, managedProfiles: { 'https://it.be': { commune: ['#c'] } } });
    render(<SiteProfiles lang="en" api={api} />);
    await screen.findByText('https://it.be');
    expect(screen.getByText('Profile set by your hospital (read only): it wins, kind by kind.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    const exported = (screen.getByLabelText('Exported JSON') as HTMLTextAreaElement).value;
    expect(JSON.parse(exported)).toEqual({ enabledOrigins: ['https://his.be'], siteProfiles: { 'https://his.be': { payer: ['#p'] } } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(api.copy).toHaveBeenCalledWith(exported));
  });
});

describe('mounting', () => {
  it('fits the options page sections as they are', async () => {
    const { OPTION_SECTIONS } = await import('@/components/options/sections');
    const sections: typeof OPTION_SECTIONS = [...OPTION_SECTIONS, { id: 'sites', Component: SiteAccess }, { id: 'site-profiles', Component: SiteProfiles }];
    expect(sections.map((s) => s.id)).toContain('site-profiles');
  });
});
