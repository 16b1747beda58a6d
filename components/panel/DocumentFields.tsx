/**
 * Under the chosen document: the date printed on it (an expired one is flagged) and the
 * national number, to check it. Part of the panel loaded after the first render (./deferred.ts).
 */
import { daysLeft, parseNationalNumber, type DocumentId } from '@/rules/index';
import { t, type UiKey } from '@/components/i18n/index';
import { Badge } from '@/components/ui/Badge';
import { usePanel } from './context';

const NN_ERRORS: Record<string, UiKey> = {
  characters: 'nnErrorCharacters',
  length: 'nnErrorLength',
  month: 'nnErrorMonth',
  day: 'nnErrorDay',
  'check-digits': 'nnErrorCheck',
};

function NationalNumberField() {
  const { patient } = usePanel();
  const value = patient.nationalNumber.value;
  const result = value.trim() === '' ? null : parseNationalNumber(value);
  const message = !result
    ? null
    : result.ok
      ? t(result.kind === 'bis' ? 'nnBis' : 'nnNiss', { formatted: result.formatted })
      : t(NN_ERRORS[result.error] ?? 'nnErrorLength');
  return (
    <div class="pc-field">
      <label class="pc-label" for="national-number">
        {t('nationalNumber')}
      </label>
      <input
        id="national-number"
        class="pc-input pc-input--short"
        type="text"
        inputMode="numeric"
        autocomplete="off"
        aria-describedby="national-number-help national-number-status"
        aria-invalid={result ? !result.ok : undefined}
        value={value}
        onInput={(e) => (patient.nationalNumber.value = (e.currentTarget as HTMLInputElement).value)}
      />
      <p id="national-number-help" class="pc-help">
        {t('nationalNumberHelp')}
      </p>
      <p
        id="national-number-status"
        role="status"
        class={result ? (result.ok ? (result.kind === 'bis' ? 'pc-note pc-note--warn' : 'pc-note pc-note--ok') : 'pc-note pc-note--error') : 'pc-note'}
        data-testid="national-number-status"
      >
        {message}
      </p>
    </div>
  );
}

function ValidUntilField() {
  const { patient } = usePanel();
  const value = patient.answers.value.get('documentValidUntil');
  const date = typeof value === 'string' ? value : '';
  const expired = patient.verdict.value?.warnings.some((w) => w.id === 'document-expired') ?? false;
  const left = date ? daysLeft(date, patient.today.value) : null;
  return (
    <div class="pc-field">
      <label class="pc-label" for="valid-until">
        {t('validUntil')}
      </label>
      <div class="pc-inline">
        <input
          id="valid-until"
          class="pc-input pc-input--short"
          type="date"
          value={date}
          onChange={(e) => patient.setValidUntil((e.currentTarget as HTMLInputElement).value || null)}
          onInput={(e) => {
            const v = (e.currentTarget as HTMLInputElement).value;
            if (/^\d{4}-\d{2}-\d{2}$/.test(v)) patient.setValidUntil(v);
          }}
        />
        {expired ? (
          <Badge tone="danger" testId="expired">
            {t('expiredFlag')}
          </Badge>
        ) : left !== null && left >= 0 && left <= 90 ? (
          <span class="pc-muted">{t('daysLeft', { days: left })}</span>
        ) : null}
      </div>
    </div>
  );
}

export function DocumentFields({ id }: { id: DocumentId }) {
  return (
    <div class="pc-fields">
      {id !== 'none' && <ValidUntilField />}
      <NationalNumberField />
    </div>
  );
}
