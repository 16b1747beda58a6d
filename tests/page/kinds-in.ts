/**
 * For the detection tests that write a small page: the kinds of its controls marked `data-t`,
 * in document order (null: not recognised), and a clean body after each test.
 */
import { afterEach } from 'vitest';
import { createDetectionCache, detectFields } from '../../components/page/detect-fields';

export function kindsIn(html: string): (string | null)[] {
  document.body.innerHTML = html;
  const fields = detectFields(document, { cache: createDetectionCache() });
  return Array.from(document.querySelectorAll('[data-t]')).map((el) => fields.find((f) => f.element === el)?.kind ?? null);
}

/** Empties the page after each test of the file that calls it. */
export function clearPageAfterEach(): void {
  afterEach(() => {
    document.body.replaceChildren();
  });
}
