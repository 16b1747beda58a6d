/**
 * Marks recognised controls: `data-payer-check-field="<kind>"`, an outline, and on hover or
 * focus a small label naming the kind in the clerk's language. Nothing that takes space: the
 * outline comes from a constructed stylesheet adopted by the document or shadow root (allowed
 * under a strict CSP, unlike <style> or style="" attributes); where adoption is refused
 * (Firefox content scripts) the outline is set through the CSSOM and the previous style kept.
 * The label lives in a closed shadow root on a fixed, zero-size host, created on first hover.
 * `clear()` puts every attribute and inline style back exactly as it was.
 */
import { FIELD_ATTRIBUTE, OWN_NODE_ATTRIBUTE, type FieldKind } from './field-kinds';

export interface HighlightOptions {
  /** The kind names in the clerk's language (see `FIELD_KIND_LABELS`). */
  readonly labels: Readonly<Record<FieldKind, string>>;
  readonly color?: string;
  readonly emphasisColor?: string;
  /** The label's shadow root: closed (default) keeps the page's scripts out; tests use open. */
  readonly shadowMode?: ShadowRootMode;
}

export interface MarkableField {
  readonly element: Element;
  readonly kind: FieldKind;
  /** What the element's `data-payer-check-field` holds now, when the caller knows (one read less per field). */
  readonly previous?: string | null;
}

export interface Highlighter {
  /** Mark these fields (idempotent; call again with newly found ones). */
  apply(fields: readonly MarkableField[]): void;
  /** Emphasise the fields the clerk must act on after a verdict; [] removes the emphasis. */
  emphasise(kinds: readonly FieldKind[]): void;
  setLabels(labels: Readonly<Record<FieldKind, string>>): void;
  /** The elements currently marked and still in the page (marks of removed ones are dropped). */
  marked(): Element[];
  /** Remove every mark, stylesheet, inline style and overlay this highlighter added. */
  clear(): void;
}

const live = new Set<Highlighter>();

/** Remove the highlights of every highlighter in this realm. */
export function clearHighlights(): void {
  for (const highlighter of Array.from(live)) highlighter.clear();
}

interface Mark {
  kind: FieldKind;
  readonly previous: string | null;
  inline?: InlineBackup;
}

interface InlineBackup {
  /** The style attribute as it was (null: none). */
  readonly attribute: string | null;
  /** Its declarations, to put back through the CSSOM (allowed under CSP, unlike setAttribute). */
  readonly cssText: string;
}

type StyleRoot = Document | ShadowRoot;

export function createHighlighter(options: HighlightOptions): Highlighter {
  let labels = options.labels;
  const color = options.color ?? '#1d4ed8';
  const emphasisColor = options.emphasisColor ?? '#c2410c';
  let emphasised = new Set<FieldKind>();
  const marks = new Map<Element, Mark>();
  const sheets = new Map<StyleRoot, CSSStyleSheet | null>();
  const overlays = new Map<Document, Overlay>();

  const css = (): string => {
    let text = `[${FIELD_ATTRIBUTE}]{outline:2px solid ${color} !important;outline-offset:1px !important}`;
    if (emphasised.size) {
      const selector = Array.from(emphasised, (k) => `[${FIELD_ATTRIBUTE}="${k}"]`).join(',');
      text += `${selector}{outline:3px solid ${emphasisColor} !important;outline-offset:2px !important}`;
    }
    return text;
  };

  const outlineOf = (kind: FieldKind): [string, string] =>
    emphasised.has(kind) ? [`3px solid ${emphasisColor}`, '2px'] : [`2px solid ${color}`, '1px'];

  /** Adopt our stylesheet into the root; null when the root refuses it (inline fallback). */
  const styleRoot = (root: StyleRoot): CSSStyleSheet | null => {
    if (sheets.has(root)) return sheets.get(root)!;
    let sheet: CSSStyleSheet | null = null;
    try {
      const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
      const Sheet = doc?.defaultView?.CSSStyleSheet;
      if (Sheet) {
        sheet = new Sheet();
        sheet.replaceSync(css());
        root.adoptedStyleSheets = [...(root.adoptedStyleSheets ?? []), sheet];
        if (!root.adoptedStyleSheets?.includes(sheet)) sheet = null;
      }
    } catch {
      sheet = null;
    }
    sheets.set(root, sheet);
    return sheet;
  };

  const setInline = (el: Element, mark: Mark): void => {
    const style = (el as HTMLElement).style;
    if (!style) return;
    if (!mark.inline) mark.inline = { attribute: el.getAttribute('style'), cssText: style.cssText };
    const [outline, offset] = outlineOf(mark.kind);
    style.setProperty('outline', outline, 'important');
    style.setProperty('outline-offset', offset, 'important');
  };

  /**
   * No style attribute before (the usual case): remove it, exactly as it was. One before: put its
   * declarations back through the CSSOM — the same style, though a browser may serialise the
   * attribute text differently ("green dotted 1px" for "1px dotted green").
   */
  const restoreInline = (el: Element, backup: InlineBackup): void => {
    if (backup.attribute === null) el.removeAttribute('style');
    else if (el.getAttribute('style') !== backup.attribute) (el as HTMLElement).style.cssText = backup.cssText;
  };

  const labelOf = (el: Element): string | null => {
    const mark = marks.get(el);
    return mark ? labels[mark.kind] : null;
  };

  const highlighter: Highlighter = {
    apply(fields) {
      // Called for thousands of grid cells: as few DOM calls per field as possible.
      let lastRoot: StyleRoot | null = null;
      let lastInline = false;
      // Fields of one grid row share the row: one getRootNode per row (a shared ancestor, a shared root).
      let lastRow: Node | null = null;
      for (const field of fields) {
        const { element, kind } = field;
        try {
          if (!element.isConnected) continue;
          let mark = marks.get(element);
          let current: string | null;
          if (!mark) {
            current = field.previous !== undefined ? field.previous : element.getAttribute(FIELD_ATTRIBUTE);
            mark = { kind, previous: current };
            marks.set(element, mark);
          } else {
            current = element.getAttribute(FIELD_ATTRIBUTE);
          }
          mark.kind = kind;
          if (current !== kind) element.setAttribute(FIELD_ATTRIBUTE, kind);
          const row = element.parentNode?.parentNode ?? null;
          const root: StyleRoot = row !== null && row === lastRow ? lastRoot! : (element.getRootNode() as StyleRoot);
          lastRow = row;
          if (root !== lastRoot) {
            lastRoot = root;
            lastInline = !styleRoot(root);
            const doc = root.nodeType === 9 ? (root as Document) : element.ownerDocument;
            if (doc && !overlays.has(doc)) overlays.set(doc, createOverlay(doc, labelOf, options.shadowMode ?? 'closed'));
          }
          if (lastInline) setInline(element, mark);
        } catch {
          // Never throw into the page.
        }
      }
      live.add(highlighter);
    },
    emphasise(kinds) {
      emphasised = new Set(kinds);
      for (const sheet of sheets.values()) {
        try {
          sheet?.replaceSync(css());
        } catch {
          // A detached root: nothing to update.
        }
      }
      for (const [element, mark] of marks) {
        if (mark.inline) setInline(element, mark);
      }
    },
    setLabels(next) {
      labels = next;
    },
    marked() {
      for (const element of marks.keys()) if (!element.isConnected) marks.delete(element);
      return Array.from(marks.keys());
    },
    clear() {
      for (const [element, mark] of marks) {
        try {
          if (mark.previous === null) element.removeAttribute(FIELD_ATTRIBUTE);
          else element.setAttribute(FIELD_ATTRIBUTE, mark.previous);
          if (mark.inline) restoreInline(element, mark.inline);
        } catch {
          // The element may belong to a frame that is gone.
        }
      }
      marks.clear();
      for (const [root, sheet] of sheets) {
        try {
          if (sheet) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
        } catch {
          // Same.
        }
      }
      sheets.clear();
      for (const overlay of overlays.values()) overlay.dispose();
      overlays.clear();
      live.delete(highlighter);
    },
  };
  return highlighter;
}

interface Overlay {
  dispose(): void;
}

const LISTEN: AddEventListenerOptions = { capture: true, passive: true };

/** The hover/focus label of one document: listeners now, the host element on first show. */
function createOverlay(doc: Document, labelOf: (el: Element) => string | null, mode: ShadowRootMode): Overlay {
  let host: HTMLElement | null = null;
  let tip: HTMLElement | null = null;

  const ensureTip = (): HTMLElement => {
    if (tip && host?.isConnected) return tip;
    host = doc.createElement('payer-check-overlay');
    host.setAttribute(OWN_NODE_ATTRIBUTE, '');
    setStyles(host, {
      all: 'initial', position: 'fixed', top: '0', left: '0', width: '0', height: '0', overflow: 'visible',
      'z-index': '2147483647', 'pointer-events': 'none', display: 'block',
    });
    const shadow = host.attachShadow({ mode });
    tip = doc.createElement('div');
    tip.setAttribute('role', 'tooltip');
    setStyles(tip, {
      position: 'fixed', display: 'none', margin: '0', padding: '2px 6px', 'border-radius': '3px', background: '#1e3a8a',
      color: '#fff', font: '600 12px/1.4 system-ui, sans-serif', 'white-space': 'nowrap', 'pointer-events': 'none',
      'box-shadow': '0 1px 3px rgba(0,0,0,.35)', 'letter-spacing': 'normal', 'text-transform': 'none',
    });
    shadow.append(tip);
    (doc.documentElement ?? doc.body)?.append(host);
    return tip;
  };

  const targetOf = (event: Event): Element | null => {
    const path = event.composedPath();
    for (let i = 0; i < Math.min(path.length, 3); i++) {
      const node = path[i] as Element;
      if (node && node.nodeType === 1 && labelOf(node) !== null) return node;
    }
    return null;
  };

  const show = (event: Event): void => {
    try {
      const el = targetOf(event);
      const label = el ? labelOf(el) : null;
      if (!el || !label) return;
      const box = ensureTip();
      box.textContent = label;
      box.style.setProperty('display', 'block');
      const rect = el.getBoundingClientRect();
      const view = doc.defaultView;
      const height = box.offsetHeight || 18;
      const width = box.offsetWidth || 0;
      let top = rect.top - height - 4;
      if (top < 0) top = rect.bottom + 4;
      const maxLeft = (view?.innerWidth ?? 0) - width - 4;
      const left = Math.max(0, maxLeft > 0 ? Math.min(rect.left, maxLeft) : rect.left);
      box.style.setProperty('top', `${Math.round(top)}px`);
      box.style.setProperty('left', `${Math.round(left)}px`);
    } catch {
      // Never throw into the page.
    }
  };

  const hide = (event?: Event): void => {
    try {
      if (event && event.type !== 'scroll' && !targetOf(event)) return;
      tip?.style.setProperty('display', 'none');
    } catch {
      // Same.
    }
  };

  doc.addEventListener('focusin', show, LISTEN);
  doc.addEventListener('mouseover', show, LISTEN);
  doc.addEventListener('focusout', hide, LISTEN);
  doc.addEventListener('mouseout', hide, LISTEN);
  doc.addEventListener('scroll', hide, LISTEN);
  return {
    dispose() {
      doc.removeEventListener('focusin', show, LISTEN);
      doc.removeEventListener('mouseover', show, LISTEN);
      doc.removeEventListener('focusout', hide, LISTEN);
      doc.removeEventListener('mouseout', hide, LISTEN);
      doc.removeEventListener('scroll', hide, LISTEN);
      host?.remove();
      host = null;
      tip = null;
    },
  };
}

function setStyles(el: HTMLElement, styles: Record<string, string>): void {
  for (const [property, value] of Object.entries(styles)) el.style.setProperty(property, value, 'important');
}
