/** FR · NL · DE · EN: switches the interface language at once. */
import { LANGUAGE_NAMES, UI_LANGS, lang, t, type Lang } from '@/components/i18n/index';

export function LanguageSwitch({ onChange }: { onChange: (language: Lang) => void }) {
  return (
    <div class="pc-langs" role="group" aria-label={t('language')}>
      {UI_LANGS.map((l) => (
        <button
          key={l}
          type="button"
          class="pc-lang"
          lang={l}
          aria-pressed={lang.value === l}
          title={LANGUAGE_NAMES[l]}
          onClick={() => onChange(l)}
        >
          {l.toUpperCase()}
          <span class="pc-sr-only"> – {LANGUAGE_NAMES[l]}</span>
        </button>
      ))}
    </div>
  );
}
