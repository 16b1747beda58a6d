/**
 * For the detection tests that write a small page: the kinds of its controls marked `data-t`,
 * in document order (null: not recognised), and a clean body after each test.
 */
import { afterEach } from 'vitest';
import { createDetectionCache, detectFields } from '../../components/page/detect-fields';
import { attachDeclarativeShadowRoots } from './load-fixture';

export function kindsIn(html: string): (string | null)[] {
  document.body.innerHTML = html;
  // What a browser's parser does with <template shadowrootmode="open"> (happy-dom's innerHTML does not).
  attachDeclarativeShadowRoots(document.body);
  const fields = detectFields(document, { cache: createDetectionCache() });
  return markedIn(document).map((el) => fields.find((f) => f.element === el)?.kind ?? null);
}

/** The `data-t` elements in document order, those in open shadow roots at their host's place. */
function markedIn(root: ParentNode): Element[] {
  const marked: Element[] = [];
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (el.hasAttribute('data-t')) marked.push(el);
    if (el.shadowRoot) marked.push(...markedIn(el.shadowRoot));
  }
  return marked;
}

/** Empties the page after each test of the file that calls it. */
export function clearPageAfterEach(): void {
  afterEach(() => {
    document.body.replaceChildren();
  });
}
