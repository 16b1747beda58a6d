// @vitest-environment happy-dom
import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_IDS, type DocumentId } from '@/rules/index';
import { DocumentDrawing, drawingKind } from '@/components/ui/DocumentDrawing';

function draw(id: DocumentId): SVGSVGElement {
  const { container } = render(<DocumentDrawing id={id} />);
  return container.querySelector('svg')!;
}

describe('DocumentDrawing', () => {
  it.each([
    ['card-k', 'card', 'K'],
    ['card-c', 'old-card', 'C'],
    ['card-eu-plus', 'card', 'EU+'],
    ['attestation-immatriculation', 'orange', 'AI'],
    ['belgian-eid', 'eid', 'BE'],
    ['annexe-26', 'paper', '26'],
    ['annexe-13', 'order', '13'],
  ] as const)('%s is drawn as %s with "%s"', (id, kind, mark) => {
    const svg = draw(id);
    expect(svg.dataset.kind).toBe(kind);
    expect(svg.querySelector('text')!.textContent).toBe(mark);
  });

  it('crosses out "no valid document"', () => {
    const svg = draw('none');
    expect(svg.dataset.kind).toBe('none');
    expect(svg.querySelectorAll('.pc-drawing__cross')).toHaveLength(2);
    expect(svg.querySelector('text')).toBeNull();
  });

  it('is decorative: hidden from screen readers, since the name is written beside it', () => {
    for (const id of DOCUMENT_IDS) {
      const svg = draw(id);
      expect(svg.getAttribute('aria-hidden')).toBe('true');
      expect(['card', 'old-card', 'orange', 'eid', 'paper', 'order', 'none']).toContain(drawingKind(id));
    }
  });
});
