/**
 * The options page: the sections of ./sections.tsx, one after the other. Contracts: renders
 * into `#app`, shows an `<h1>` (Payer Check), no console error.
 */
import { useState } from 'preact/hooks';
import { lang, t } from '@/components/i18n/index';
import type { SettingsStore } from '@/components/state/settings';
import { OPTION_SECTIONS, type OptionSection } from './sections';

export interface OptionsAppProps {
  settings: SettingsStore;
  sections?: readonly OptionSection[];
}

export function OptionsApp({ settings, sections = OPTION_SECTIONS }: OptionsAppProps) {
  const [status, setStatus] = useState('');
  const onSaved = () => setStatus(t('saved'));
  const onError = (error: unknown) => setStatus(error instanceof Error ? error.message : String(error));
  return (
    <main class="pc-options" lang={lang.value}>
      <h1>{t('optionsTitle')}</h1>
      {sections.map(({ id, Component }) => (
        <Component key={id} settings={settings} onSaved={onSaved} onError={onError} />
      ))}
      <p class="pc-status" role="status">
        {status}
      </p>
    </main>
  );
}
