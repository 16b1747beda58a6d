/** A document's names as the picker and the popup show them: short name, official name, old ↔ new. */
import type { DocumentId } from '@/rules/index';
import { DOCUMENT_INDEX } from '@/rules/documents/search-index.generated';
import { t, tx } from '@/components/i18n/index';

/** "old model → K", "replaces C", "provisional for EU card": the other name the clerk may know. */
export function oldNewNote(id: DocumentId): string | null {
  const doc = DOCUMENT_INDEX[id];
  if (doc.replacedBy) return t('oldNewReplacedBy', { new: DOCUMENT_INDEX[doc.replacedBy].mark });
  if (doc.replaces) {
    const other = DOCUMENT_INDEX[doc.replaces];
    return doc.group === 'card' && other.group === 'card'
      ? t('oldNewReplaces', { old: other.mark })
      : t('standsInFor', { card: tx(other.names.short) });
  }
  return null;
}

export function DocumentName({ id }: { id: DocumentId }) {
  const doc = DOCUMENT_INDEX[id];
  const note = oldNewNote(id);
  return (
    <span class="pc-docname">
      <span class="pc-docname__short">{tx(doc.names.short)}</span>
      {note && <span class="pc-tag">{note}</span>}
      <span class="pc-docname__official">{tx(doc.names.official)}</span>
    </span>
  );
}
