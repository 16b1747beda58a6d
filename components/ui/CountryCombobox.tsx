/**
 * Nationality: a combobox over every country, named in the interface language by
 * `Intl.DisplayNames` (searchable in all four languages and by ISO code), grouped as the
 * rules tell them apart: EU/EEA, Switzerland, UK, agreement countries, others.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { lang, t, type UiKey } from '@/components/i18n/index';
import { searchCountries, type CountryGroupKey } from './countries';

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
  const listRef = useRef<HTMLDivElement>(null);
  const language = lang.value;
  const groups = useMemo(() => (open ? searchCountries(query, language) : []), [query, language, open]);
  const flat = useMemo(() => groups.flatMap((g) => g.countries), [groups]);
  const activeCountry = flat[Math.min(active, flat.length - 1)];
  const optionId = (code: string) => `${idPrefix}-country-${code}`;

  useEffect(() => {
    if (!activeCountry) return;
    const el = listRef.current?.querySelector(`[id="${optionId(activeCountry.code)}"]`);
    if (el && typeof (el as HTMLElement).scrollIntoView === 'function') (el as HTMLElement).scrollIntoView({ block: 'nearest' });
  }, [activeCountry?.code]);

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
      <div
        ref={listRef}
        class="pc-listbox pc-listbox--countries"
        id={`${idPrefix}-countries`}
        role="listbox"
        aria-labelledby={labelledBy}
        hidden={!open || flat.length === 0}
      >
        {groups.map((group) => (
          <div key={group.group} role="group" aria-labelledby={`${idPrefix}-cg-${group.group}`} class="pc-listbox__group">
            <div role="presentation" id={`${idPrefix}-cg-${group.group}`} class="pc-listbox__heading">
              {t(GROUP_LABEL[group.group])}
            </div>
            {group.countries.map((country) => {
              const selected = country.code === activeCountry?.code;
              return (
                <div
                  key={country.code}
                  id={optionId(country.code)}
                  role="option"
                  aria-selected={selected}
                  class={`pc-option pc-option--compact${selected ? ' pc-option--active' : ''}`}
                  data-country={country.code}
                  onMouseDown={(e) => e.preventDefault()}
                  onMouseMove={() => setActive(flat.indexOf(country))}
                  onClick={() => onChoose(country.code)}
                >
                  <span>{country.name}</span>
                  <span class="pc-muted pc-code">{country.code}</span>
                </div>
              );
            })}
          </div>
        ))}
      </div>
    </div>
  );
}
