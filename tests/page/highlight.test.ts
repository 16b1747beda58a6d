// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { FIELD_ATTRIBUTE, OWN_NODE_ATTRIBUTE, type FieldKind } from '../../components/page/field-kinds';
import { clearHighlights, createHighlighter } from '../../components/page/highlight';
import { FIELD_KIND_LABELS } from '../../components/page/kind-labels';
import { detectFields } from '../../components/page/detect-fields';

const PAGE = `
  <form style="margin: 3px">
    <label for="n">Nationalité</label><input id="n" style="outline: 1px dotted green; width: 12em">
    <label for="m">Mutualité</label><select id="m"><option>Solidaris</option></select>
    <label for="c">Commune</label><input id="c" data-payer-check-field="old-value">
    <label for="x">Nom</label><input id="x">
  </form>`;

function overlayTip(): HTMLElement | null {
  const host = document.querySelector('payer-check-overlay');
  return (host?.shadowRoot?.querySelector('[role=tooltip]') as HTMLElement | null) ?? null;
}

afterEach(() => {
  clearHighlights();
  document.body.replaceChildren();
  document.adoptedStyleSheets = [];
});

describe('highlight', () => {
  it('marks each recognised control with its kind and nothing else on the page changes', () => {
    document.body.innerHTML = PAGE;
    const before = Array.from(document.querySelectorAll('*'), (el) => [el.tagName, el.getAttribute('style'), el.getAttribute('class')]);
    const highlighter = createHighlighter({ labels: FIELD_KIND_LABELS.fr });
    highlighter.apply(detectFields(document));
    expect(document.getElementById('n')!.getAttribute(FIELD_ATTRIBUTE)).toBe('nationality');
    expect(document.getElementById('m')!.getAttribute(FIELD_ATTRIBUTE)).toBe('insurer');
    expect(document.getElementById('c')!.getAttribute(FIELD_ATTRIBUTE)).toBe('commune');
    expect(document.getElementById('x')!.hasAttribute(FIELD_ATTRIBUTE)).toBe(false);
    // Inline styles, classes and the element tree are untouched: the outline is in a stylesheet.
    expect(Array.from(document.querySelectorAll('*'), (el) => [el.tagName, el.getAttribute('style'), el.getAttribute('class')])).toEqual(before);
  });

  it('draws only an outline (which takes no space), from an adopted stylesheet', () => {
    document.body.innerHTML = PAGE;
    createHighlighter({ labels: FIELD_KIND_LABELS.fr }).apply(detectFields(document));
    expect(document.adoptedStyleSheets).toHaveLength(1);
    const css = Array.from(document.adoptedStyleSheets[0]!.cssRules, (r) => r.cssText).join('\n');
    const properties = Array.from(css.matchAll(/([a-z-]+)\s*:/g), (m) => m[1]);
    expect(properties.length).toBeGreaterThan(0);
    for (const property of properties) expect(property).toMatch(/^outline(-|$)/);
    expect(css).toContain(`[${FIELD_ATTRIBUTE}]`);
  });

  it('shows the kind in the clerk\'s language on hover and on focus, in a fixed overlay of our own', () => {
    document.body.innerHTML = PAGE;
    createHighlighter({ labels: FIELD_KIND_LABELS.nl, shadowMode: 'open' }).apply(detectFields(document));
    expect(document.querySelector('payer-check-overlay'), 'created on first show only').toBeNull();
    document.getElementById('m')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    const host = document.querySelector('payer-check-overlay') as HTMLElement;
    expect(host.hasAttribute(OWN_NODE_ATTRIBUTE)).toBe(true);
    expect(host.style.getPropertyValue('position')).toBe('fixed');
    expect(host.style.getPropertyValue('width')).toMatch(/^0(px)?$/);
    expect(host.style.getPropertyValue('pointer-events')).toBe('none');
    expect(overlayTip()!.textContent).toBe('Ziekenfonds');
    expect(overlayTip()!.style.getPropertyValue('display')).toBe('block');
    document.getElementById('m')!.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, composed: true }));
    expect(overlayTip()!.style.getPropertyValue('display')).toBe('none');
    document.getElementById('n')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(overlayTip()!.textContent).toBe('Nationaliteit');
  });

  it('ignores hover on controls it did not mark', () => {
    document.body.innerHTML = PAGE;
    createHighlighter({ labels: FIELD_KIND_LABELS.fr, shadowMode: 'open' }).apply(detectFields(document));
    document.getElementById('x')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    expect(document.querySelector('payer-check-overlay')).toBeNull();
  });

  it('clearHighlights() restores the page exactly', () => {
    document.body.innerHTML = PAGE;
    const before = document.documentElement.outerHTML;
    const highlighter = createHighlighter({ labels: FIELD_KIND_LABELS.fr });
    highlighter.apply(detectFields(document));
    document.getElementById('n')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    expect(document.documentElement.outerHTML).not.toBe(before);
    clearHighlights();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.getElementById('c')!.getAttribute(FIELD_ATTRIBUTE)).toBe('old-value');
    expect(document.adoptedStyleSheets).toHaveLength(0);
    expect(highlighter.marked()).toEqual([]);
    // Listeners are gone too: hovering no longer creates the overlay.
    document.getElementById('n')!.dispatchEvent(new MouseEvent('mouseover', { bubbles: true, composed: true }));
    expect(document.querySelector('payer-check-overlay')).toBeNull();
  });

  it('keeps the page\'s own adopted stylesheets', () => {
    document.body.innerHTML = PAGE;
    const pageSheet = new CSSStyleSheet();
    pageSheet.replaceSync('body { color: black }');
    document.adoptedStyleSheets = [pageSheet];
    const highlighter = createHighlighter({ labels: FIELD_KIND_LABELS.fr });
    highlighter.apply(detectFields(document));
    expect(document.adoptedStyleSheets).toHaveLength(2);
    highlighter.clear();
    expect(document.adoptedStyleSheets).toEqual([pageSheet]);
  });

  it('adopts the stylesheet into the shadow roots of marked controls', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<label for="n">Nationalité</label><input id="n">';
    const highlighter = createHighlighter({ labels: FIELD_KIND_LABELS.fr });
    highlighter.apply(detectFields(document));
    expect(shadow.adoptedStyleSheets).toHaveLength(1);
    highlighter.clear();
    expect(shadow.adoptedStyleSheets).toHaveLength(0);
  });

  it('asks for the root once per grid row, and still styles each row in its own root', () => {
    const row = '<tr><td><input></td><td><input></td><td><input></td></tr>';
    document.body.innerHTML = `<table><tbody>${row}${row}</tbody></table><div id="host"></div>`;
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<table><tbody>${row}</tbody></table>`;
    const inputs = [...Array.from(document.querySelectorAll('input')), ...Array.from(shadow.querySelectorAll('input'))];
    let asked = 0;
    const original = Element.prototype.getRootNode;
    Element.prototype.getRootNode = function (this: Element, options?: GetRootNodeOptions) {
      asked++;
      return original.call(this, options);
    } as typeof original;
    try {
      const highlighter = createHighlighter({ labels: FIELD_KIND_LABELS.fr });
      highlighter.apply(inputs.map((element) => ({ element, kind: 'nationality' as FieldKind })));
      expect(asked).toBe(3); // three rows, nine fields
      expect(document.adoptedStyleSheets).toHaveLength(1);
      expect(shadow.adoptedStyleSheets).toHaveLength(1);
      expect(inputs.every((el) => el.getAttribute(FIELD_ATTRIBUTE) === 'nationality')).toBe(true);
    } finally {
      Element.prototype.getRootNode = original;
    }
  });

  it('falls back to CSSOM outline properties where adoption is refused, and restores them', () => {
    document.body.innerHTML = PAGE;
    const n = document.getElementById('n') as HTMLInputElement;
    const m = document.getElementById('m') as HTMLSelectElement;
    const ownStyle = { outline: n.style.getPropertyValue('outline'), width: n.style.getPropertyValue('width') };
    const withoutStyle = m.outerHTML;
    Object.defineProperty(document, 'adoptedStyleSheets', {
      configurable: true,
      get: () => [],
      set: () => {
        throw new Error('refused (e.g. Firefox content script)');
      },
    });
    try {
      const highlighter = createHighlighter({ labels: FIELD_KIND_LABELS.fr });
      highlighter.apply(detectFields(document));
      expect(n.style.getPropertyValue('outline')).toMatch(/2px/);
      expect(n.style.getPropertyPriority('outline')).toBe('important');
      expect(n.style.getPropertyValue('width')).toBe('12em');
      expect(m.style.getPropertyValue('outline-offset')).toBe('1px');
      highlighter.emphasise(['insurer']);
      expect(m.style.getPropertyValue('outline')).toMatch(/3px/);
      highlighter.clear();
      expect(m.outerHTML, 'no style attribute before: none after').toBe(withoutStyle);
      expect({ outline: n.style.getPropertyValue('outline'), width: n.style.getPropertyValue('width') }).toEqual(ownStyle);
      expect(n.style.getPropertyPriority('outline')).toBe('');
    } finally {
      delete (document as unknown as Record<string, unknown>).adoptedStyleSheets;
    }
  });

  it('emphasises the kinds the clerk must act on, in the stylesheet only', () => {
    document.body.innerHTML = PAGE;
    const highlighter = createHighlighter({ labels: FIELD_KIND_LABELS.fr });
    highlighter.apply(detectFields(document));
    const before = document.documentElement.outerHTML;
    highlighter.emphasise(['insurer', 'amu'] satisfies FieldKind[]);
    const css = Array.from(document.adoptedStyleSheets[0]!.cssRules, (r) => r.cssText).join('\n');
    expect(css).toContain(`[${FIELD_ATTRIBUTE}="insurer"]`);
    expect(css).toContain(`[${FIELD_ATTRIBUTE}="amu"]`);
    expect(document.documentElement.outerHTML).toBe(before);
    highlighter.emphasise([]);
    expect(Array.from(document.adoptedStyleSheets[0]!.cssRules)).toHaveLength(1);
  });

  it('is idempotent and follows a kind that changes', () => {
    document.body.innerHTML = PAGE;
    const highlighter = createHighlighter({ labels: FIELD_KIND_LABELS.fr });
    const n = document.getElementById('n')!;
    highlighter.apply([{ element: n, kind: 'nationality' }]);
    highlighter.apply([{ element: n, kind: 'nationality' }]);
    highlighter.apply([{ element: n, kind: 'commune' }]);
    expect(highlighter.marked()).toEqual([n]);
    expect(n.getAttribute(FIELD_ATTRIBUTE)).toBe('commune');
    expect(document.adoptedStyleSheets).toHaveLength(1);
    highlighter.clear();
    expect(n.hasAttribute(FIELD_ATTRIBUTE)).toBe(false);
  });

  it('forgets controls the page removed (a swapped single-page section)', () => {
    document.body.innerHTML = PAGE;
    const highlighter = createHighlighter({ labels: FIELD_KIND_LABELS.fr });
    highlighter.apply(detectFields(document));
    document.getElementById('m')!.remove();
    expect(highlighter.marked().map((el) => el.id)).toEqual(['n', 'c']);
  });

  it('marks controls in a srcdoc frame with that frame\'s own stylesheet and overlay', async () => {
    document.body.innerHTML = '<iframe srcdoc="<label for=n>Nationalité</label><input id=n>"></iframe>';
    await new Promise((resolve) => setTimeout(resolve, 20));
    const frameDoc = document.querySelector('iframe')!.contentDocument!;
    const highlighter = createHighlighter({ labels: FIELD_KIND_LABELS.fr, shadowMode: 'open' });
    highlighter.apply(detectFields(document));
    expect(frameDoc.getElementById('n')!.getAttribute(FIELD_ATTRIBUTE)).toBe('nationality');
    expect(frameDoc.adoptedStyleSheets).toHaveLength(1);
    expect(document.adoptedStyleSheets).toHaveLength(0);
    highlighter.clear();
    expect(frameDoc.getElementById('n')!.hasAttribute(FIELD_ATTRIBUTE)).toBe(false);
  });
});
