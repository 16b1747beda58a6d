/**
 * A small drawing of a residence document, to recognise it at a glance: an electronic card
 * with its letter (old models greyed), the orange card in orange, the Belgian eID with the
 * flag's colours, an annex as a paper form with its number, a crossed-out card for "no
 * valid document". Decorative: the name is always written next to it.
 */
import type { DocumentId } from '@/rules/index';
import { DOCUMENT_INDEX } from '@/rules/documents/search-index.generated';

export type DrawingKind = 'card' | 'old-card' | 'orange' | 'eid' | 'paper' | 'order' | 'none';

export function drawingKind(id: DocumentId): DrawingKind {
  const doc = DOCUMENT_INDEX[id];
  if (id === 'none') return 'none';
  if (id === 'attestation-immatriculation') return 'orange';
  if (id === 'belgian-eid') return 'eid';
  if (id === 'annexe-13') return 'order';
  if (doc.group === 'card') return doc.replacedBy ? 'old-card' : 'card';
  return 'paper';
}

/** Font size that keeps a mark ("K", "EU+", "8quater") inside its space. */
function markSize(mark: string, room: number): number {
  return Math.min(12, (room / Math.max(1, mark.length)) * 1.7);
}

export function DocumentDrawing({ id, class: className }: { id: DocumentId; class?: string }) {
  const kind = drawingKind(id);
  const mark = DOCUMENT_INDEX[id].mark;
  return (
    <svg
      class={`pc-drawing pc-drawing--${kind}${className ? ` ${className}` : ''}`}
      viewBox="0 0 40 28"
      width="40"
      height="28"
      aria-hidden="true"
      focusable="false"
      data-kind={kind}
    >
      {kind === 'paper' || kind === 'order' ? (
        <g>
          <path class="pc-drawing__sheet" d="M10 1.5h14l6 6v19H10z" />
          <path class="pc-drawing__fold" d="M24 1.5v6h6" />
          <line class="pc-drawing__line" x1="13" y1="20" x2="27" y2="20" />
          <line class="pc-drawing__line" x1="13" y1="23" x2="24" y2="23" />
          {kind === 'order' && <line class="pc-drawing__stamp" x1="12" y1="25" x2="28" y2="9" />}
          <text class="pc-drawing__mark" x="20" y="15.5" text-anchor="middle" font-size={markSize(mark, 17)}>
            {mark}
          </text>
        </g>
      ) : (
        <g>
          <rect class="pc-drawing__card" x="1.5" y="2.5" width="37" height="23" rx="3" />
          {kind === 'eid' && (
            <g>
              <rect class="pc-drawing__be-black" x="4" y="6" width="3" height="6" />
              <rect class="pc-drawing__be-yellow" x="7" y="6" width="3" height="6" />
              <rect class="pc-drawing__be-red" x="10" y="6" width="3" height="6" />
            </g>
          )}
          {kind !== 'eid' && kind !== 'none' && <rect class="pc-drawing__chip" x="5" y="9" width="7" height="6" rx="1" />}
          {kind === 'none' ? (
            <g>
              <line class="pc-drawing__cross" x1="6" y1="6" x2="34" y2="22" />
              <line class="pc-drawing__cross" x1="34" y1="6" x2="6" y2="22" />
            </g>
          ) : (
            <text
              class="pc-drawing__mark"
              x={kind === 'eid' ? 26 : 27}
              y="18.5"
              text-anchor="middle"
              font-size={markSize(mark, 20)}
            >
              {mark}
            </text>
          )}
        </g>
      )}
    </svg>
  );
}
