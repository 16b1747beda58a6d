/**
 * Nationality: a combobox over every country, named in the interface language by
 * `Intl.DisplayNames` (searchable in all four languages and by ISO code), grouped as the
 * rules tell them apart: EU/EEA, Switzerland, UK, agreement countries, others.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { lang, t, type UiKey } from '@/components/i18n/index';
import { searchCountries, type CountryGroupKey } from './countries';
import { GroupedListbox } from './GroupedListbox';

const GROUP_LABEL: Record<CountryGroupKey, UiKey> = {
  eu: 'countryEu',
  swiss: 'countrySwiss',
  uk: 'countryUk',
  treaty: 'countryTreaty',
  other: 'countryOther',
};

export interface CountryComboboxProps {
  onChoose: (code: string) => void;
  idPrefix: string;
  /** The id of the question's heading, which labels the input. */
  labelledBy: string;
  inputRef?: { current: HTMLInputElement | null };
  /** Called on Escape with an empty input (the caller may move focus). */
  onEscape?: () => void;
  /** Extra keys for the surrounding question (e.g. "0" = don't know when the input is empty). */
  onOtherKey?: (event: KeyboardEvent, query: string) => boolean;
}

export function CountryCombobox({ onChoose, idPrefix, labelledBy, inputRef, onEscape, onOtherKey }: CountryComboboxProps) {
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const ownInput = useRef<HTMLInputElement>(null);
  const input = inputRef ?? ownInput;
  const language = lang.value;
  const groups = useMemo(() => (open ? searchCountries(query, language) : []), [query, language, open]);
  const flat = useMemo(() => groups.flatMap((g) => g.countries), [groups]);
  const activeCountry = flat[Math.min(active, flat.length - 1)];
  const optionId = (code: string) => `${idPrefix}-country-${code}`;

  const move = (delta: number) => {
    if (!open) {
      setOpen(true);
      setActive(0);
      return;
    }
    setActive((i) => Math.max(0, Math.min(flat.length - 1, i + delta)));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (onOtherKey?.(event, query)) return;
    switch (event.key) {
      case 'ArrowDown':
        move(1);
        break;
      case 'ArrowUp':
        move(-1);
        break;
      case 'PageDown':
        move(8);
        break;
      case 'PageUp':
        move(-8);
        break;
      case 'Enter':
        if (open && activeCountry) onChoose(activeCountry.code);
        else return;
        break;
      case 'Escape':
        if (query === '' && !open) {
          onEscape?.();
          return;
        }
        setQuery('');
        setOpen(false);
        setActive(0);
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  return (
    <div class="pc-picker pc-picker--country">
      <input
        ref={input}
        id={`${idPrefix}-country`}
        class="pc-input"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={open && flat.length > 0}
        aria-controls={`${idPrefix}-countries`}
        aria-labelledby={labelledBy}
        aria-activedescendant={open && activeCountry ? optionId(activeCountry.code) : undefined}
        placeholder={t('countryPlaceholder')}
        value={query}
        onInput={(e) => {
          const value = (e.currentTarget as HTMLInputElement).value;
          setQuery(value);
          setOpen(value.trim() !== '');
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {open && flat.length === 0 && <p class="pc-empty">{t('countryNoMatch')}</p>}
      <GroupedListbox
        class="pc-listbox pc-listbox--countries"
        id={`${idPrefix}-countries`}
        labelledBy={labelledBy}
        hidden={!open || flat.length === 0}
        groupIdPrefix={`${idPrefix}-cg`}
        groups={groups.map((g) => ({ key: g.group, heading: t(GROUP_LABEL[g.group]), items: g.countries }))}
        active={activeCountry}
        keyOf={(country) => country.code}
        optionId={(country) => optionId(country.code)}
        optionClass="pc-option--compact"
        dataOf={(country) => ({ 'data-country': country.code })}
        onHover={(country) => setActive(flat.indexOf(country))}
        onChoose={(country) => onChoose(country.code)}
      >
        {(country) => (
          <>
            <span>{country.name}</span>
            <span class="pc-muted pc-code">{country.code}</span>
          </>
        )}
      </GroupedListbox>
    </div>
  );
}
