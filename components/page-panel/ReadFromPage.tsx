/**
 * "Read from page": on the clerk's click, the values of the recognised nationality, document,
 * expiry, national-number and arrival-date fields become proposed answers; the clerk takes
 * each with "Use" (→ `onConfirm(fact, value)`) or leaves it. Nothing is taken on its own.
 * Mount: `<ReadFromPage lang={lang.value} connection={connection} onConfirm={…} />`.
 */
import { useState } from 'preact/hooks';
import { FIELD_KIND_LABELS } from '@/components/page/kind-labels';
import { DOCUMENTS, type DocumentId, type Lang } from '@/rules/index';
import type { PageConnection } from './connection';
import { proposalsFrom, type NotUnderstood, type PageFact, type Proposal } from './proposals';
import { pageText, type PageTextKey } from './texts';
import './page-panel.css';

export type { PageFact } from './proposals';

/** The value `onConfirm` receives for each fact. */
export interface PageFactValues {
  /** ISO 3166-1 alpha-2. */
  nationality: string;
  document: DocumentId;
  /** YYYY-MM-DD. */
  documentValidUntil: string;
  /** 11 digits (the check digits hold). */
  nationalNumber: string;
  /** Whole months since the arrival date read, to today. */
  monthsInBelgium: number;
}

/** `(fact, value)` as one union, so that a `switch (fact)` narrows `value`. */
export type ConfirmArgs = { [F in PageFact]: [fact: F, value: PageFactValues[F]] }[PageFact];

export interface ReadFromPageProps {
  readonly lang: Lang;
  readonly connection: PageConnection;
  readonly onConfirm: (...args: ConfirmArgs) => void;
  /** Today, YYYY-MM-DD (for months in Belgium); default: the browser's date. */
  readonly today?: string;
}

const FACT_TEXT: Readonly<Record<PageFact, PageTextKey>> = {
  nationality: 'factNationality',
  document: 'factDocument',
  documentValidUntil: 'factDocumentValidUntil',
  nationalNumber: 'factNationalNumber',
  monthsInBelgium: 'factMonthsInBelgium',
};

function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  try {
    return new Intl.DateTimeFormat(`${lang}-BE`, { dateStyle: 'medium', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
  } catch {
    return iso;
  }
}

function countryName(code: string, lang: Lang): string {
  try {
    return new Intl.DisplayNames([`${lang}-BE`, lang], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function shown(p: Proposal, lang: Lang): string {
  switch (p.fact) {
    case 'nationality':
      return `${countryName(p.value, lang)} (${p.value})`;
    case 'document':
      return DOCUMENTS[p.value].names.short[lang];
    case 'documentValidUntil':
      return formatDate(p.value, lang);
    case 'nationalNumber':
      return p.formatted;
    case 'monthsInBelgium':
      return pageText(lang, 'monthsSince', { months: p.value, date: formatDate(p.since, lang) });
  }
}

type Status = 'idle' | 'reading' | 'done' | 'failed';

export function ReadFromPage({ lang, connection, onConfirm, today }: ReadFromPageProps) {
  const [status, setStatus] = useState<Status>('idle');
  const [proposals, setProposals] = useState<Proposal[]>([]);
  const [notUnderstood, setNotUnderstood] = useState<NotUnderstood[]>([]);
  const [used, setUsed] = useState<ReadonlySet<string>>(new Set());
  const text = (key: PageTextKey, vars?: Record<string, string | number>) => pageText(lang, key, vars);

  const read = () => {
    setStatus('reading');
    connection.read().then(
      (values) => {
        const result = proposalsFrom(values, today ?? localToday());
        setProposals(result.proposals);
        setNotUnderstood(result.notUnderstood);
        setUsed(new Set());
        setStatus('done');
      },
      () => setStatus('failed'),
    );
  };

  const use = (p: Proposal) => {
    onConfirm(...([p.fact, p.value] as ConfirmArgs));
    setUsed((previous) => new Set(previous).add(p.key));
  };
  const dismiss = (p: Proposal) => setProposals((list) => list.filter((x) => x.key !== p.key));

  let summary = '';
  if (status === 'reading') summary = text('readReading');
  else if (status === 'failed') summary = text('readFailed');
  else if (status === 'done') summary = proposals.length ? text('readFound', { count: proposals.length }) : text('readNothing');

  return (
    <section class="pcp-section" aria-labelledby="pcp-read-heading" data-testid="read-from-page">
      <h2 id="pcp-read-heading" class="pc-subtitle">
        {text('readHeading')}
      </h2>
      <p class="pc-help">{text('readHelp')}</p>
      <button type="button" class="pc-button pcp-button" onClick={read} disabled={status === 'reading'}>
        {text('readButton')}
      </button>
      <p role="status" class="pcp-muted">
        {summary}
      </p>
      {proposals.length > 0 && (
        <ul class="pcp-proposals">
          {proposals.map((p) => (
            <li key={p.key} class="pcp-proposal" data-fact={p.fact}>
              <span>
                <span class="pcp-proposal__fact">{text(FACT_TEXT[p.fact])}</span> : <strong>{shown(p, lang)}</strong>
              </span>
              <span class="pcp-actions">
                {used.has(p.key) ? (
                  <span class="pc-badge pc-badge--ok">{text('readConfirmed')}</span>
                ) : (
                  <>
                    <button type="button" class="pc-button pcp-button" onClick={() => use(p)} aria-label={`${text('readConfirm')} — ${text(FACT_TEXT[p.fact])} : ${shown(p, lang)}`}>
                      {text('readConfirm')}
                    </button>
                    <button type="button" class="pc-button pc-button--secondary pcp-button" onClick={() => dismiss(p)} aria-label={`${text('readDismiss')} — ${text(FACT_TEXT[p.fact])} : ${shown(p, lang)}`}>
                      {text('readDismiss')}
                    </button>
                  </>
                )}
              </span>
              <span class="pcp-proposal__raw">{text('readFrom', { raw: p.raw })}</span>
            </li>
          ))}
        </ul>
      )}
      {notUnderstood.length > 0 && (
        <ul class="pcp-proposals pcp-muted">
          {notUnderstood.map((n) => (
            <li key={`${n.kind}:${n.raw}`}>{text('readNotUnderstood', { raw: n.raw, kind: FIELD_KIND_LABELS[lang][n.kind] })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
