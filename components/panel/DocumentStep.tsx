/**
 * Step 1: which document? The picker, then the chosen document with its date and the national
 * number check. The picker needs no rules (the generated search index); the fields under the
 * chosen document come with the rest of the panel (`parts`), a short "loading" note until then.
 */
import type { DocumentId } from '@/rules/index';
import { t } from '@/components/i18n/index';
import { DocumentPicker } from '@/components/ui/DocumentPicker';
import { DocumentDrawing } from '@/components/ui/DocumentDrawing';
import { DocumentName } from '@/components/ui/DocumentName';
import { usePanel } from './context';

/** The documents listed before the first paint: about what a 900 px panel shows under the search. */
const FIRST_SCREEN_OPTIONS = 10;

export interface DocumentStepProps {
  picking: boolean;
  onChoose: (id: DocumentId) => void;
  onChange: () => void;
  onCancelPicking: () => void;
  searchRef: { current: HTMLInputElement | null };
  changeRef: { current: HTMLButtonElement | null };
}

export function DocumentStep({ picking, onChoose, onChange, onCancelPicking, searchRef, changeRef }: DocumentStepProps) {
  const { patient, parts } = usePanel();
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
          <DocumentPicker onChoose={onChoose} inputRef={searchRef} idPrefix="doc" autoFocus firstPaintOptions={FIRST_SCREEN_OPTIONS} />
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
          {parts ? (
            <parts.DocumentFields id={id} />
          ) : (
            <p class="pc-note" role="status" data-testid="panel-loading">
              {t('loadingRules')}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
