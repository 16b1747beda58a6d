/**
 * The sections of the options page. Each is a small component that reads and writes the
 * settings store; add a section (e.g. the hospital's HIS site profiles) by writing one and
 * listing it in `OPTION_SECTIONS`.
 */
import type { ComponentType } from 'preact';
import { LANGUAGE_NAMES, UI_LANGS, t } from '@/components/i18n/index';
import type { SettingsStore } from '@/components/state/settings';

export interface SectionProps {
  settings: SettingsStore;
  /** Called after a change was stored (the page says "Saved."). */
  onSaved: () => void;
  onError: (error: unknown) => void;
}

export interface OptionSection {
  id: string;
  Component: ComponentType<SectionProps>;
}

export function LanguageSection({ settings, onSaved, onError }: SectionProps) {
  const chosen = settings.settings.value.language;
  const choose = (language: (typeof UI_LANGS)[number] | null) =>
    settings.update({ language }).then(onSaved, onError);
  return (
    <section class="pc-step" aria-labelledby="options-language">
      <fieldset class="pc-fieldset">
        <legend id="options-language" class="pc-subtitle">
          {t('optionsLanguageHeading')}
        </legend>
        <p class="pc-help">{t('optionsLanguageHelp')}</p>
        <label class="pc-check">
          <input type="radio" name="language" checked={chosen === null} onChange={() => choose(null)} />
          <span>{t('languageAuto', { language: LANGUAGE_NAMES[settings.browserLanguage] })}</span>
        </label>
        {UI_LANGS.map((l) => (
          <label key={l} class="pc-check">
            <input type="radio" name="language" checked={chosen === l} onChange={() => choose(l)} />
            <span lang={l}>{LANGUAGE_NAMES[l]}</span>
          </label>
        ))}
      </fieldset>
    </section>
  );
}

export function HighlightSection({ settings, onSaved, onError }: SectionProps) {
  const on = settings.settings.value.highlightFields;
  return (
    <section class="pc-step" aria-labelledby="options-highlight">
      <h2 id="options-highlight" class="pc-subtitle">
        {t('optionsHighlightHeading')}
      </h2>
      <label class="pc-check pc-switch">
        <input
          type="checkbox"
          role="switch"
          checked={on}
          onChange={(e) =>
            settings.update({ highlightFields: (e.currentTarget as HTMLInputElement).checked }).then(onSaved, onError)
          }
        />
        <span>{t('optionsHighlight')}</span>
      </label>
      <p class="pc-help">{t('optionsHighlightHelp')}</p>
    </section>
  );
}

export const OPTION_SECTIONS: readonly OptionSection[] = [
  { id: 'language', Component: LanguageSection },
  { id: 'highlight', Component: HighlightSection },
];
