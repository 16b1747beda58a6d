/**
 * One document in the popup: what it is, whether it opens Belgian health insurance, the
 * CPAS / AMU line, Fedasil, the National Register — all read from the engine's verdict for
 * that document with nothing else known — and "Check a patient".
 */
import { DOCUMENTS, decideSituation, type DocumentId, type Verdict } from '@/rules/index';
import { lang, t, tx, type UiKey } from '@/components/i18n/index';
import { DocumentDrawing } from '@/components/ui/DocumentDrawing';
import { DocumentName } from '@/components/ui/DocumentName';
import { factLabel } from '@/components/panel/format';

const cache = new Map<DocumentId, Verdict>();
function documentVerdict(id: DocumentId): Verdict {
  let v = cache.get(id);
  if (!v) {
    v = decideSituation({ document: id });
    cache.set(id, v);
  }
  return v;
}

function cpasLine(v: Verdict): string {
  if (v.cpasAid === 'depends') {
    const facts = v.amuAttestation.dependsOn.map((f) => factLabel(f, lang.value)).join(', ');
    return t('cpas_depends', { facts: facts || '…' });
  }
  return t(`cpas_${v.cpasAid}` as UiKey);
}

/** The engine asks about the reception place among its first questions: Fedasil is a likely payer. */
function fedasilLine(v: Verdict): string {
  const early = v.nextQuestions.slice(0, 3).some((q) => q.fact === 'reception');
  return t(early ? 'fedasilAsk' : 'fedasilOnlyIf');
}

export function DocumentCard({ id, onCheck }: { id: DocumentId; onCheck: (id: DocumentId) => void }) {
  const doc = DOCUMENTS[id];
  const v = documentVerdict(id);
  const headingId = `card-${id}`;
  return (
    <article class="pc-doc-card" aria-labelledby={headingId} data-document={id}>
      <div class="pc-doc-card__head">
        <DocumentDrawing id={id} />
        <h2 id={headingId} class="pc-doc-card__title">
          <DocumentName id={id} />
        </h2>
      </div>
      <p class="pc-doc-card__what">{tx(doc.what)}</p>
      <dl class="pc-facts pc-facts--compact">
        <dt>{t('insuranceLabel')}</dt>
        <dd data-testid="insurance">{t(`insurance_${v.insuranceAccess.value}` as UiKey)}</dd>
        <dt>{t('cpasLabel')}</dt>
        <dd data-testid="cpas">{cpasLine(v)}</dd>
        <dt>{t('fedasilLabel')}</dt>
        <dd data-testid="fedasil">{fedasilLine(v)}</dd>
        <dt>{t('registerLabel')}</dt>
        <dd data-testid="register">{t(`register_${v.nationalRegister.value}` as UiKey)}</dd>
      </dl>
      <button
        type="button"
        class="pc-button"
        aria-label={t('checkPatientLabel', { document: tx(doc.names.short) })}
        onClick={() => onCheck(id)}
        data-testid="check-patient"
      >
        {t('checkPatient')}
      </button>
    </article>
  );
}
