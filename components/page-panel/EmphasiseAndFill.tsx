/**
 * After a verdict: the fields the clerk must act on are emphasised in the page (payer, insurer,
 * EHIC, CPAS, commune, AMU… see ./act-on.ts), and "Fill payer" selects the first payer's option
 * in the page's payer list — only on the clerk's click. Emphasis goes when the verdict does.
 * Mount: `<EmphasiseAndFill lang={lang.value} connection={connection}
 *   firstPayer={verdict?.firstPayer ?? null} amuAttestation={verdict?.amuAttestation.value} />`.
 */
import { useEffect, useState } from 'preact/hooks';
import { PAYER_NAMES, type Lang, type PayerId, type Text } from '@/rules/index';
import { kindsToActOn, type AmuAttestation } from './act-on';
import type { FillOutcome, PageConnection } from './connection';
import { pageText, type PageTextKey } from './texts';
import './page-panel.css';

export interface EmphasiseAndFillProps {
  readonly lang: Lang;
  readonly connection: PageConnection;
  /** The verdict's first payer; null: no verdict yet (nothing emphasised, nothing to fill). */
  readonly firstPayer: PayerId | null;
  readonly amuAttestation?: AmuAttestation | null;
  /**
   * The first payer's name as the verdict gives it ("CPAS — aid to be determined" while the AMU
   * attestation depends); without it, the payer's usual name.
   */
  readonly firstPayerName?: Text | null;
}

function fillMessage(outcome: FillOutcome, lang: Lang): string {
  if (outcome.ok) return pageText(lang, outcome.changed ? 'fillDone' : 'fillAlready', { option: outcome.option });
  const key: Record<typeof outcome.reason, PageTextKey> = {
    'no-page': 'fieldsNoPage',
    'no-field': 'fillNoField',
    'no-match': 'fillNoMatch',
    disabled: 'fillDisabled',
    'unknown-payer': 'fillNoMatch',
  };
  return pageText(lang, key[outcome.reason]);
}

export function EmphasiseAndFill({ lang, connection, firstPayer, amuAttestation, firstPayerName }: EmphasiseAndFillProps) {
  const [emphasised, setEmphasised] = useState<number | null>(null);
  const [filled, setFilled] = useState('');
  const [busy, setBusy] = useState(false);
  const status = connection.state.value.status;

  useEffect(() => {
    setFilled('');
    const kinds = kindsToActOn(firstPayer, amuAttestation);
    let live = true;
    void connection.emphasise(kinds).then((count) => {
      if (live) setEmphasised(kinds.length ? count : null);
    });
    return () => {
      live = false;
    };
  }, [connection, firstPayer, amuAttestation, status]);

  // Leaving the panel (or the verdict) takes the emphasis away from the page.
  useEffect(() => () => void connection.emphasise([]), [connection]);

  if (!firstPayer) return null;

  const fill = () => {
    setBusy(true);
    setFilled('');
    connection.fillPayer(firstPayer).then(
      (outcome) => setFilled(fillMessage(outcome, lang)),
      () => setFilled(pageText(lang, 'readFailed')),
    ).finally(() => setBusy(false));
  };

  return (
    <section class="pcp-section" aria-labelledby="pcp-act-heading" data-testid="emphasise-and-fill">
      <h2 id="pcp-act-heading" class="pc-subtitle">
        {pageText(lang, 'actHeading')}
      </h2>
      <p class="pc-help">{pageText(lang, 'actHelp')}</p>
      {emphasised !== null && (
        <p class="pcp-muted">{emphasised > 0 ? pageText(lang, 'actEmphasised', { count: emphasised }) : pageText(lang, 'actNoField')}</p>
      )}
      <button type="button" class="pc-button pcp-button" onClick={fill} disabled={busy}>
        {pageText(lang, 'fillButton', { payer: (firstPayerName ?? PAYER_NAMES[firstPayer])[lang] })}
      </button>
      <p role="status" class="pcp-muted">
        {filled}
      </p>
    </section>
  );
}
