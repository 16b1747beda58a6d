/**
 * The side panel: from "which document?" to "bill this payer", keyboard first.
 * Contracts the end-to-end tests and `npm start` rely on: renders into `#app` with an
 * `<h1>` (Payer Check), logs no console error; `[data-testid=verdict]` carries the verdict.
 *
 * The first screen (header, document search, footer) needs no rules; what shows the verdict
 * comes from `parts` (./deferred.ts), which the panel loads as soon as its first render is painted.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { DocumentId, FactId, Lang } from '@/rules/index';
import { isUiKey, lang, loadDictionary, switchLanguage, t } from '@/components/i18n/index';
import { LanguageSwitch } from '@/components/ui/LanguageSwitch';
import type { PageFact, PageFactValues } from '@/components/page-panel/index';
import { PanelContext, usePanel, type PanelServices } from './context';
import { DocumentStep } from './DocumentStep';

type FocusTarget = 'search' | 'questions' | 'change' | { fact: FactId };

function focusQuestions(root: ParentNode, fact?: FactId): void {
  const scope = fact ? root.querySelector(`#questions [data-fact="${fact}"]`) : root.querySelector('#questions .pc-question');
  const target = scope?.querySelector<HTMLElement>('[data-focus-target] input, [data-focus-target] button[tabindex="0"]');
  if (target) target.focus();
  // No question left: the next thing to do is to copy the summary (Enter).
  else root.querySelector<HTMLElement>('[data-testid="copy-summary"]')?.focus();
}

function Panel() {
  const { patient, settings, copy, receiveDocuments, page, parts } = usePanel();
  const [picking, setPicking] = useState(false);
  const [copyStatus, setCopyStatus] = useState('');
  const [resetStatus, setResetStatus] = useState('');
  const pendingFocus = useRef<FocusTarget | null>(null);
  // Bumped with each focus request, so that the panel re-renders and the effect below runs
  // even when only a child changed (a "don't know" changes the questions, not the verdict).
  const [focusTick, setFocusTick] = useState(0);
  const requestFocus = (target: FocusTarget) => {
    pendingFocus.current = target;
    setFocusTick((n) => n + 1);
  };
  const searchRef = useRef<HTMLInputElement>(null);
  const changeRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLElement>(null);
  const verdict = patient.verdict.value;
  const language = lang.value;

  // Moves the focus where the clerk's next keystroke belongs, in the same commit that shows it
  // (a layout effect: a plain effect waits for the next frame, and a fast typist's keystroke
  // in between would land on the element that just disappeared).
  useLayoutEffect(() => {
    const target = pendingFocus.current;
    if (!target || !rootRef.current) return;
    // The questions come with the rest of the panel: wait for it (a document chosen while it loads).
    if (!parts && target !== 'search' && target !== 'change') return;
    pendingFocus.current = null;
    if (target === 'search') searchRef.current?.focus();
    else if (target === 'change') changeRef.current?.focus();
    else if (target === 'questions') focusQuestions(rootRef.current);
    else focusQuestions(rootRef.current, target.fact);
  }, [focusTick, verdict, picking, parts]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  // "Check a patient" in the popup: a new patient with that document.
  useEffect(() => receiveDocuments?.((id) => {
    patient.reset();
    choose(id);
  }), [receiveDocuments]);

  const choose = (id: DocumentId) => {
    patient.chooseDocument(id);
    setPicking(false);
    setCopyStatus('');
    requestFocus('questions');
  };

  const newPatient = () => {
    patient.reset();
    setPicking(false);
    setCopyStatus('');
    // Its words come with the rest of the interface (in a moment, if the clerk is that quick).
    void loadDictionary(lang.peek()).then(() => setResetStatus(t('newPatientDone')), () => undefined);
    requestFocus('search');
  };

  const copySummary = () => {
    const v = patient.verdict.value;
    if (!v || !parts) return;
    const text = parts.buildSummary(
      { verdict: v, answers: patient.answers.value, dontKnow: patient.dontKnow.value, today: patient.today.value },
      lang.value,
    );
    copy(text).then(
      () => setCopyStatus(t('copied')),
      () => setCopyStatus(t('copyFailed')),
    );
  };

  // "Read from page": each value the clerk takes becomes an answer (never taken on its own).
  const takeFromPage = <F extends PageFact>(fact: F, value: PageFactValues[F]) => {
    if (fact === 'document') choose(value as DocumentId);
    else if (fact === 'documentValidUntil') patient.setValidUntil(value as string);
    else if (fact === 'nationalNumber') patient.nationalNumber.value = value as string;
    else patient.answer(fact as 'nationality' | 'monthsInBelgium', value as string | number);
  };

  const setLanguage = (l: Lang) => {
    void switchLanguage(l).catch(() => undefined);
    void settings.update({ language: l }).catch(() => undefined);
  };

  // Shortcuts for the whole panel: Alt+Shift+N new patient, Alt+Shift+C copy, "/" find a document.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey) {
        if (event.code === 'KeyN') {
          event.preventDefault();
          newPatient();
        } else if (event.code === 'KeyC') {
          event.preventDefault();
          copySummary();
        }
        return;
      }
      const target = event.target as HTMLElement | null;
      const typing = target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
      if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        if (searchRef.current) searchRef.current.focus();
        else {
          setPicking(true);
          requestFocus('search');
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  return (
    <main ref={rootRef} class="pc-panel" lang={language}>
      <header class="pc-header">
        <div class="pc-header__title">
          <h1>{t('appTitle')}</h1>
          <p class="pc-muted pc-tagline">{t('appTagline')}</p>
        </div>
        <div class="pc-header__tools">
          <LanguageSwitch onChange={setLanguage} />
          <button
            type="button"
            class="pc-button pc-button--secondary"
            onClick={newPatient}
            aria-keyshortcuts="Alt+Shift+N"
            data-testid="new-patient"
          >
            {t('newPatient')}
          </button>
        </div>
      </header>
      <p class="pc-sr-only" role="status">
        {resetStatus}
      </p>
      <p class="pc-sr-only" aria-live="polite" data-testid="announcement">
        {verdict && parts ? parts.verdictLine(verdict, language) : ''}
      </p>

      <DocumentStep
        picking={picking}
        onChoose={choose}
        onChange={() => {
          setPicking(true);
          requestFocus('search');
        }}
        onCancelPicking={() => {
          setPicking(false);
          requestFocus('change');
        }}
        searchRef={searchRef}
        changeRef={changeRef}
      />

      {page && parts && <parts.ReadFromPage lang={language} connection={page} onConfirm={takeFromPage} today={patient.today.value} />}

      {verdict && parts && (
        <>
          <parts.VerdictHeadline verdict={verdict} onCopy={copySummary} copyStatus={copyStatus} />
          <parts.Questions
            onAnswered={() => {
              setCopyStatus('');
              requestFocus('questions');
            }}
            onChange={(fact) => {
              patient.forget(fact);
              requestFocus({ fact });
            }}
          />
          <parts.VerdictDetails verdict={verdict} />
        </>
      )}
      {page && parts && (
        <>
          <parts.EmphasiseAndFill lang={language} connection={page} firstPayer={verdict?.firstPayer ?? null} firstPayerName={verdict?.payers[0]?.name ?? null} amuAttestation={verdict?.amuAttestation.value ?? null} />
          <parts.PageFields lang={language} connection={page} />
        </>
      )}
      {parts && <parts.Contacts />}
      {/* The footer's words come with the rest of the interface, right after the first render. */}
      {isUiKey('shortcutsHint') && (
        <footer class="pc-footer">
          <p class="pc-muted">{t('shortcutsHint')}</p>
          <p class="pc-muted">{t('privacyNote')}</p>
        </footer>
      )}
    </main>
  );
}

export function App({ services }: { services: PanelServices }) {
  return (
    <PanelContext.Provider value={services}>
      <Panel />
    </PanelContext.Provider>
  );
}
