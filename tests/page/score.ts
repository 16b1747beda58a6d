/**
 * Precision and recall of field detection over our HIS fixtures. DOM-only (no Node, no test
 * runner) so the real-Chromium test can inject it into a page as it is.
 *
 * Fixture format: every relevant control carries data-expect="<kind>"; trap controls carry
 * data-expect="none"; any control without data-expect is expected to stay unrecognised.
 * What was detected is read from data-payer-check-field (the observable contract), or from a
 * function given by the caller. Controls in open shadow roots and same-origin frames count.
 *
 * A control counts as: true positive (detected kind = expected kind), false positive (detected
 * a kind, expected none or another kind), false negative (expected a kind, detected none or
 * another kind). A wrong kind is thus both a false positive and a false negative.
 */
export const EXPECT_ATTRIBUTE = 'data-expect';

/** The quality bar over all fixtures (issue 5), in happy-dom and in real Chromium. */
export const MIN_PRECISION = 0.97;
export const MIN_RECALL = 0.95;
export const DETECTED_ATTRIBUTE = 'data-payer-check-field';

export interface ScoredControl {
  readonly element: Element;
  readonly expected: string | null;
  readonly detected: string | null;
  readonly where: string;
}

export interface PageScore {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly controls: number;
  readonly mistakes: readonly ScoredControl[];
}

export interface Totals {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly controls: number;
  readonly precision: number;
  readonly recall: number;
}

const NOT_FIELDS = new Set(['hidden', 'submit', 'button', 'reset', 'image']);

/** Every form control of the page, its open shadow roots and its same-origin frames. */
export function scoredControls(root: Document | ShadowRoot | Element): Element[] {
  const out: Element[] = [];
  const visit = (scope: Document | ShadowRoot | Element): void => {
    for (const el of Array.from(scope.querySelectorAll('input,select,textarea'))) {
      if (el.tagName === 'INPUT' && NOT_FIELDS.has((el.getAttribute('type') ?? 'text').toLowerCase())) continue;
      out.push(el);
    }
    for (const el of Array.from(scope.querySelectorAll('*'))) if (el.shadowRoot) visit(el.shadowRoot);
    for (const frame of Array.from(scope.querySelectorAll('iframe,frame'))) {
      let doc: Document | null = null;
      try {
        doc = (frame as HTMLIFrameElement).contentDocument;
      } catch {
        doc = null;
      }
      if (doc?.documentElement) visit(doc);
    }
  };
  visit(root);
  return out;
}

export function scorePage(
  root: Document | ShadowRoot | Element,
  detectedKind: (el: Element) => string | null = (el) => el.getAttribute(DETECTED_ATTRIBUTE),
): PageScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const mistakes: ScoredControl[] = [];
  const controls = scoredControls(root);
  for (const element of controls) {
    const expectedRaw = element.getAttribute(EXPECT_ATTRIBUTE);
    const expected = expectedRaw && expectedRaw !== 'none' ? expectedRaw : null;
    const detected = detectedKind(element) || null;
    if (detected && detected === expected) {
      tp++;
      continue;
    }
    if (detected) fp++;
    if (expected) fn++;
    if (detected || expected) mistakes.push({ element, expected, detected, where: describeControl(element) });
  }
  return { tp, fp, fn, controls: controls.length, mistakes };
}

export function totals(scores: readonly Pick<PageScore, 'tp' | 'fp' | 'fn' | 'controls'>[]): Totals {
  const tp = scores.reduce((n, s) => n + s.tp, 0);
  const fp = scores.reduce((n, s) => n + s.fp, 0);
  const fn = scores.reduce((n, s) => n + s.fn, 0);
  const controls = scores.reduce((n, s) => n + s.controls, 0);
  return {
    tp,
    fp,
    fn,
    controls,
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
  };
}

/** "input#mat-input-9[name=…]" — enough to find the control in the fixture. */
export function describeControl(el: Element): string {
  const id = el.getAttribute('id');
  const name = el.getAttribute('name');
  const placeholder = el.getAttribute('placeholder');
  return `${el.tagName.toLowerCase()}${id ? `#${id}` : ''}${name ? `[name=${name}]` : ''}${placeholder ? `[placeholder=${placeholder}]` : ''}`;
}
