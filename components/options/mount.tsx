/** Starts the options page in `root`. */
import { render } from 'preact';
import { createSettingsStore } from '@/components/state/settings';
import { lang, loadDictionary } from '@/components/i18n/index';
import { SiteAccess, SiteProfiles } from '@/components/options-sites/index';
import { OptionsApp } from './OptionsApp';
import { OPTION_SECTIONS, type OptionSection } from './sections';

/** The extension's options: the interface sections, then the HIS sites (access and profiles). */
const SECTIONS: readonly OptionSection[] = [
  ...OPTION_SECTIONS,
  { id: 'sites', Component: ({ onSaved, onError }) => <SiteAccess onSaved={onSaved} onError={onError} /> },
  { id: 'site-profiles', Component: ({ onSaved, onError }) => <SiteProfiles onSaved={onSaved} onError={onError} /> },
];

export async function mountOptions(root: HTMLElement): Promise<void> {
  const settings = createSettingsStore();
  await Promise.race([settings.load().catch(() => undefined), new Promise((done) => setTimeout(done, 200))]);
  // The settings' language is loading with them; whatever happened, one dictionary must be here.
  await loadDictionary(lang.value).catch(() => undefined);
  render(<OptionsApp settings={settings} sections={SECTIONS} />, root);
}
