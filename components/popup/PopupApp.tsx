/**
 * The toolbar button's popup: quick look-ups. A search box over the same documents as the
 * side panel; each result a compact card with "Check a patient", which opens the side panel
 * with that document chosen. With nothing typed: one button that opens the side panel.
 */
import { useState } from 'preact/hooks';
import type { DocumentId } from '@/rules/index';
import { lang, t } from '@/components/i18n/index';
import { searchDocuments } from '@/components/ui/document-search';
import { DocumentCard } from './DocumentCard';

export interface PopupAppProps {
  /** Opens the side panel; must run straight from the click (a user gesture). */
  openSidePanel: () => Promise<void>;
  /** Opens the side panel with `id` chosen; same constraint. */
  checkPatient: (id: DocumentId) => Promise<void>;
  /** Marks the fields of the page in the active tab (activeTab: the toolbar click grants it) and opens the side panel. */
  checkThisPage?: () => Promise<void>;
}

const SHOWN = 5;

export function PopupApp({ openSidePanel, checkPatient, checkThisPage }: PopupAppProps) {
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const fail = (reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason));
  const open = () => {
    setError(null);
    openSidePanel().catch(fail);
  };
  const check = (id: DocumentId) => {
    setError(null);
    checkPatient(id).catch(fail);
  };
  const matches = query.trim() === '' ? [] : searchDocuments(query);
  return (
    <main class="pc-popup" lang={lang.value}>
      <h1>{t('appTitle')}</h1>
      <label class="pc-label" for="popup-search">
        {t('popupSearchLabel')}
      </label>
      <input
        id="popup-search"
        class="pc-input"
        type="search"
        autocomplete="off"
        spellcheck={false}
        placeholder={t('searchPlaceholder')}
        value={query}
        onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        aria-describedby="popup-count"
      />
      <p id="popup-count" class="pc-sr-only" role="status">
        {query.trim() === ''
          ? ''
          : matches.length === 0
            ? t('noMatch', { query })
            : matches.length === 1
              ? t('resultCountOne')
              : t('resultCount', { count: matches.length })}
      </p>
      {query.trim() === '' ? (
        <>
          <p class="pc-muted">{t('popupIntro')}</p>
          <button type="button" class="pc-button" onClick={open}>
            {t('openSidePanel')}
          </button>
          {checkThisPage && (
            <button
              type="button"
              class="pc-button pc-button--secondary"
              onClick={() => {
                setError(null);
                checkThisPage().catch(fail);
              }}
            >
              {t('checkThisPage')}
            </button>
          )}
        </>
      ) : matches.length === 0 ? (
        <p class="pc-empty">{t('noMatch', { query })}</p>
      ) : (
        <>
          <ul class="pc-doc-cards">
            {matches.slice(0, SHOWN).map((m) => (
              <li key={m.id}>
                <DocumentCard id={m.id} onCheck={check} />
              </li>
            ))}
          </ul>
          {matches.length > SHOWN && <p class="pc-muted">{t('moreResults', { count: matches.length - SHOWN })}</p>}
        </>
      )}
      {error && (
        <p role="alert" class="pc-error">
          {error}
        </p>
      )}
    </main>
  );
}
