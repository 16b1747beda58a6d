/**
 * The verdict: who to bill first (large) and the AMU attestation badge, then the ordered
 * payers with why and a checklist of what to do, the warnings, what is uncertain, what the
 * document opens, every conclusion with its sources, and the contacts the sources give.
 */
import type { Verdict as VerdictData } from '@/rules/index';
import { CONTACTS } from '@/rules/index';
import { lang, t, tx, type UiKey } from '@/components/i18n/index';
import { Badge, type BadgeTone } from '@/components/ui/Badge';
import { Citations } from '@/components/ui/Citations';
import { amuText } from './format';
import { usePanel } from './context';

const AMU_TONE: Record<VerdictData['amuAttestation']['value'], BadgeTone> = {
  required: 'danger',
  'not-required': 'ok',
  depends: 'warn',
};

export function checklistKey(payerId: string, actionFr: string): string {
  return `${payerId}|${actionFr}`;
}

export interface VerdictHeadlineProps {
  verdict: VerdictData;
  onCopy: () => void;
  copyStatus: string;
}

export function VerdictHeadline({ verdict, onCopy, copyStatus }: VerdictHeadlineProps) {
  const first = verdict.payers[0]!;
  const amu = verdict.amuAttestation;
  return (
    <section
      class="pc-verdict"
      aria-labelledby="verdict-heading"
      data-testid="verdict"
      data-first-payer={verdict.firstPayer}
      data-amu={amu.value}
    >
      <h2 id="verdict-heading" class="pc-verdict__label" tabIndex={-1}>
        {t('billFirst')}
      </h2>
      <p class="pc-verdict__payer" data-testid="first-payer">
        {tx(first.name)}
      </p>
      <p class="pc-verdict__amu">
        <span>
          {t('amuLabel')}
          {t('colon')}
        </span>{' '}
        <Badge tone={AMU_TONE[amu.value]} testId="amu-badge">
          {amuText(amu, lang.value)}
        </Badge>
      </p>
      <p class="pc-verdict__reason">{tx(amu.reason)}</p>
      <div class="pc-verdict__actions">
        <button type="button" class="pc-button" onClick={onCopy} aria-keyshortcuts="Alt+Shift+C" data-testid="copy-summary">
          {t('copySummary')}
        </button>
        <p class="pc-status" role="status" data-testid="copy-status">
          {copyStatus}
        </p>
      </div>
    </section>
  );
}

function Checklist({ verdict }: { verdict: VerdictData }) {
  const { patient } = usePanel();
  const checked = patient.checked.value;
  const keys = verdict.payers.flatMap((p) => p.actions.map((a) => checklistKey(p.id, a.fr)));
  const done = keys.filter((k) => checked.has(k)).length;
  return (
    <section class="pc-step" aria-labelledby="payers-heading">
      <h2 id="payers-heading" class="pc-step__title">
        <span class="pc-step__number" aria-hidden="true">
          3
        </span>
        {t('payersHeading')}
      </h2>
      {keys.length > 0 && (
        <p class="pc-muted" data-testid="checklist-progress">
          {t('checklistProgress', { done, total: keys.length })}
        </p>
      )}
      <ol class="pc-payers" data-testid="payers">
        {verdict.payers.map((payer, i) => (
          <li key={payer.id} class={`pc-payer${i === 0 ? ' pc-payer--first' : ''}`} data-payer={payer.id}>
            <h3 class="pc-payer__name">{tx(payer.name)}</h3>
            <p class="pc-payer__why">
              <span class="pc-sr-only">
                {t('whyLabel')}
                {t('colon')}{' '}
              </span>
              {tx(payer.why)}
            </p>
            {payer.actions.length > 0 && (
              <fieldset class="pc-todo">
                <legend class="pc-todo__legend">{t('todoLabel')}</legend>
                {payer.actions.map((action) => {
                  const key = checklistKey(payer.id, action.fr);
                  return (
                    <label key={key} class="pc-check">
                      <input
                        type="checkbox"
                        checked={checked.has(key)}
                        onChange={(e) => patient.toggleChecked(key, (e.currentTarget as HTMLInputElement).checked)}
                      />
                      <span>{tx(action)}</span>
                    </label>
                  );
                })}
              </fieldset>
            )}
            <Citations citations={payer.citations} />
          </li>
        ))}
      </ol>
    </section>
  );
}

const INSURANCE_KEY = (v: VerdictData['insuranceAccess']['value']) => `insurance_${v}` as UiKey;
const REGISTER_KEY = (v: VerdictData['nationalRegister']['value']) => `register_${v}` as UiKey;

export function VerdictDetails({ verdict }: { verdict: VerdictData }) {
  return (
    <>
      <Checklist verdict={verdict} />
      <section class="pc-step" aria-labelledby="amu-heading">
        <h2 id="amu-heading" class="pc-subtitle">
          {t('amuLabel')}
          {t('colon')} {amuText(verdict.amuAttestation, lang.value)}
        </h2>
        <p>{tx(verdict.amuAttestation.reason)}</p>
        <Citations citations={verdict.amuAttestation.citations} />
      </section>
      {verdict.warnings.length > 0 && (
        <section class="pc-step" aria-labelledby="warnings-heading">
          <h2 id="warnings-heading" class="pc-subtitle">
            {t('warningsHeading')}
          </h2>
          <ul class="pc-warnings" data-testid="warnings">
            {verdict.warnings.map((w) => (
              <li key={w.id} class="pc-warning" data-warning={w.id}>
                <p>{tx(w.text)}</p>
                <Citations citations={w.citations} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {verdict.uncertain.length > 0 && (
        <section class="pc-step" aria-labelledby="uncertain-heading">
          <h2 id="uncertain-heading" class="pc-subtitle">
            {t('uncertainHeading')}
          </h2>
          <ul class="pc-warnings">
            {verdict.uncertain.map((u, i) => (
              <li key={i} class="pc-warning pc-warning--uncertain">
                <p>{tx(u.note)}</p>
                <Citations citations={u.citations} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section class="pc-step" aria-labelledby="document-facts-heading">
        <h2 id="document-facts-heading" class="pc-subtitle">
          {t('aboutDocument')}
        </h2>
        <dl class="pc-facts">
          <dt>{t('insuranceLabel')}</dt>
          <dd data-testid="insurance-access" data-value={verdict.insuranceAccess.value}>
            {t(INSURANCE_KEY(verdict.insuranceAccess.value))}
            <Citations citations={verdict.insuranceAccess.citations} />
          </dd>
          <dt>{t('registerLabel')}</dt>
          <dd data-testid="national-register" data-value={verdict.nationalRegister.value}>
            {t(REGISTER_KEY(verdict.nationalRegister.value))}
            <Citations citations={verdict.nationalRegister.citations} />
          </dd>
        </dl>
      </section>
    </>
  );
}

export function Contacts() {
  return (
    <section class="pc-step" aria-labelledby="contacts-heading">
      <details class="pc-contacts">
        <summary>
          <h2 id="contacts-heading" class="pc-subtitle pc-inline-heading">
            {t('contactsHeading')}
          </h2>
        </summary>
        <ul>
          {CONTACTS.map((c) => (
            <li key={c.id} class="pc-contact">
              <p class="pc-contact__name">{tx(c.name)}</p>
              <p class="pc-muted">{tx(c.purpose)}</p>
              <p>
                {t('contactPhone')}
                {t('colon')} {c.phones.join(' · ')}
              </p>
              {c.email && (
                <p>
                  {t('contactEmail')}
                  {t('colon')} {c.email}
                </p>
              )}
              {c.hours && (
                <p>
                  {t('contactHours')}
                  {t('colon')} {tx(c.hours)}
                </p>
              )}
              {c.unverified && <p class="pc-note pc-note--warn">{tx(c.unverified)}</p>}
              <Citations citations={c.cite} />
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
