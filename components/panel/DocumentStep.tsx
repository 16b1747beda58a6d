/** Step 1: which document? The picker, then the chosen document with its date and the national number check. */
import { daysLeft, parseNationalNumber, type DocumentId } from '@/rules/index';
import { t, type UiKey } from '@/components/i18n/index';
import { DocumentPicker } from '@/components/ui/DocumentPicker';
import { DocumentDrawing } from '@/components/ui/DocumentDrawing';
import { DocumentName } from '@/components/ui/DocumentName';
import { Badge } from '@/components/ui/Badge';
import { usePanel } from './context';

export interface DocumentStepProps {
  picking: boolean;
  onChoose: (id: DocumentId) => void;
  onChange: () => void;
  onCancelPicking: () => void;
  searchRef: { current: HTMLInputElement | null };
  changeRef: { current: HTMLButtonElement | null };
}

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

export function DocumentStep({ picking, onChoose, onChange, onCancelPicking, searchRef, changeRef }: DocumentStepProps) {
  const { patient } = usePanel();
  const id = patient.document.value;
  return (
    <section class="pc-step" aria-labelledby="step-document">
      <h2 id="step-document" class="pc-step__title">
        <span class="pc-step__number" aria-hidden="true">
          1
        </span>
        {t('stepDocument')}
      </h2>
      {!id || picking ? (
        <div
          onKeyDown={(e) => {
            if (e.key === 'Escape' && id && searchRef.current?.value === '') {
              e.preventDefault();
              onCancelPicking();
            }
          }}
        >
          <DocumentPicker onChoose={onChoose} inputRef={searchRef} idPrefix="doc" autoFocus />
        </div>
      ) : (
        <div class="pc-chosen" data-testid="chosen-document" data-document={id}>
          <div class="pc-chosen__doc">
            <DocumentDrawing id={id} class="pc-drawing--large" />
            <DocumentName id={id} />
          </div>
          <button ref={changeRef} type="button" class="pc-button pc-button--secondary" onClick={onChange}>
            {t('changeDocument')}
          </button>
          <div class="pc-fields">
            {id !== 'none' && <ValidUntilField />}
            <NationalNumberField />
          </div>
        </div>
      )}
    </section>
  );
}
