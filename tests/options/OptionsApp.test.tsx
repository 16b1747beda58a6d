// @vitest-environment happy-dom
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { OptionsApp } from '@/components/options/OptionsApp';
import { OPTION_SECTIONS, type SectionProps } from '@/components/options/sections';
import { createSettingsStore } from '@/components/state/settings';
import { lang } from '@/components/i18n/index';

beforeEach(() => {
  lang.value = 'fr';
});

describe('OptionsApp', () => {
  it('is made of sections: language, then the highlight switch', async () => {
    const settings = createSettingsStore();
    await settings.update({ language: 'fr' });
    render(<OptionsApp settings={settings} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Payer Check – réglages');
    expect(OPTION_SECTIONS.map((s) => s.id)).toEqual(['language', 'highlight']);
    expect(screen.getByRole('group', { name: 'Langue de l’interface' })).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'Surligner les champs reconnus dans le logiciel d’admission' })).toBeTruthy();
  });

  it('stores the language and switches the page to it', async () => {
    const settings = createSettingsStore();
    await settings.load();
    render(<OptionsApp settings={settings} />);
    fireEvent.click(screen.getByRole('radio', { name: 'Nederlands' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Payer Check – instellingen'));
    expect(await screen.findByText('Opgeslagen.')).toBeTruthy();
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({ language: 'nl', highlightFields: true });
    fireEvent.click(screen.getByRole('radio', { name: /^Die van de browser/ }));
    await waitFor(() => expect(settings.settings.value.language).toBeNull());
  });

  it('stores the highlight switch', async () => {
    const settings = createSettingsStore();
    await settings.load();
    render(<OptionsApp settings={settings} />);
    fireEvent.click(screen.getByRole('switch'));
    await waitFor(async () => expect((await fakeBrowser.storage.local.get('settings')).settings).toMatchObject({ highlightFields: false }));
  });

  it('takes more sections (e.g. the HIS site profiles, later)', async () => {
    const settings = createSettingsStore();
    const Extra = (_: SectionProps) => <section aria-label="Extra">extra</section>;
    render(<OptionsApp settings={settings} sections={[...OPTION_SECTIONS, { id: 'extra', Component: Extra }]} />);
    expect(screen.getByRole('region', { name: 'Extra' })).toBeTruthy();
  });
});
