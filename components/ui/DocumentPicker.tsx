/**
 * "Which document?": a combobox (ARIA 1.2 pattern, list always shown) over every document,
 * searchable by any name, letter, number or alias in four languages, grouped. Arrows walk
 * the list, Enter chooses, Escape clears the search; the mouse works too.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DocumentId } from '@/rules/index';
import { t, type UiKey } from '@/components/i18n/index';
import { orderedMatches, type DocumentGroup } from './document-search';
import { DocumentDrawing } from './DocumentDrawing';
import { DocumentName } from './DocumentName';
import { GroupedListbox, firstItems } from './GroupedListbox';
import { usePainted } from './after-paint';

const GROUP_LABEL: Record<DocumentGroup, UiKey> = {
  card: 'groupCard',
  paper: 'groupPaper',
  'no-document': 'groupNone',
};

export interface DocumentPickerProps {
  onChoose: (id: DocumentId) => void;
  /** Unique prefix for element ids (two pickers on one page). */
  idPrefix?: string;
  autoFocus?: boolean;
  /** Where the focus goes back after choosing is the caller's business. */
  inputRef?: { current: HTMLInputElement | null };
  /**
   * Options drawn before the first paint (the side panel's first screenful), the rest right
   * after it: most of the panel's first DOM is this list's 31 drawings. Unset: all at once.
   */
  firstPaintOptions?: number;
}

export function DocumentPicker({ onChoose, idPrefix = 'doc', autoFocus = false, inputRef, firstPaintOptions }: DocumentPickerProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const ownInput = useRef<HTMLInputElement>(null);
  const input = inputRef ?? ownInput;
  const { groups, flat } = useMemo(() => orderedMatches(query), [query]);
  const optionId = (id: DocumentId) => `${idPrefix}-option-${id}`;
  const activeMatch = flat[Math.min(active, flat.length - 1)];
  const all = usePainted(firstPaintOptions === undefined);

  useEffect(() => {
    if (autoFocus) input.current?.focus();
  }, []);

  const move = (delta: number) => {
    all.now(); // a key pressed before the first paint: the whole list, so that the active option exists
    setActive((i) => Math.max(0, Math.min(flat.length - 1, i + delta)));
  };

  const onKeyDown = (event: KeyboardEvent) => {
    switch (event.key) {
      case 'ArrowDown':
        move(1);
        break;
      case 'ArrowUp':
        move(-1);
        break;
      case 'PageDown':
        move(5);
        break;
      case 'PageUp':
        move(-5);
        break;
      case 'Enter':
        if (activeMatch) onChoose(activeMatch.id);
        break;
      case 'Escape':
        if (query === '') return;
        setQuery('');
        setActive(0);
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  };

  const count = flat.length;
  return (
    <div class="pc-picker">
      <label class="pc-label" for={`${idPrefix}-search`} id={`${idPrefix}-label`}>
        {t('searchLabel')}
      </label>
      <input
        ref={input}
        id={`${idPrefix}-search`}
        class="pc-input"
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded="true"
        aria-controls={`${idPrefix}-listbox`}
        aria-activedescendant={activeMatch ? optionId(activeMatch.id) : undefined}
        aria-describedby={`${idPrefix}-help`}
        placeholder={t('searchPlaceholder')}
        value={query}
        onInput={(e) => {
          setQuery((e.currentTarget as HTMLInputElement).value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p id={`${idPrefix}-help`} class="pc-help">
        {t('searchHelp')}
      </p>
      <p class="pc-sr-only" role="status">
        {count === 0 ? t('noMatch', { query }) : count === 1 ? t('resultCountOne') : t('resultCount', { count })}
      </p>
      {count === 0 && <p class="pc-empty">{t('noMatch', { query })}</p>}
      <GroupedListbox
        class="pc-listbox"
        id={`${idPrefix}-listbox`}
        labelledBy={`${idPrefix}-label`}
        hidden={count === 0}
        groupIdPrefix={`${idPrefix}-group`}
        groups={firstItems(
          groups.map((g) => ({ key: g.group, heading: t(GROUP_LABEL[g.group]), items: g.matches })),
          all.painted ? Infinity : firstPaintOptions!,
        )}
        active={activeMatch}
        keyOf={(match) => match.id}
        optionId={(match) => optionId(match.id)}
        dataOf={(match) => ({ 'data-document': match.id })}
        onHover={(match) => setActive(flat.indexOf(match))}
        onChoose={(match) => onChoose(match.id)}
      >
        {(match) => (
          <>
            <DocumentDrawing id={match.id} />
            <DocumentName id={match.id} />
          </>
        )}
      </GroupedListbox>
    </div>
  );
}
