/**
 * The tooltip of a control's visible label: SAP-like screens show "Staatsang.", "Gült. bis",
 * "Dat. Beschein." and put the full words in the label's `title` ("Staatsangehörigkeit",
 * "Gültig bis", "Datum der DMH-Bescheinigung"). Read after the visible label, as extra evidence
 * for what shorthand leaves open. Attribute reads only.
 */
import { CONTROL_SELECTOR } from './text-of';

/** Titles of the label[for] elements, the enclosing label, and the label in the cell to the left. */
export function labelTitles(control: Element, forLabels: readonly Element[] | undefined, enclosing: Element | null, cell: Element | null): string[] {
  const out: string[] = [];
  const add = (el: Element | null | undefined): void => {
    const title = el?.getAttribute('title')?.trim();
    if (title && !out.includes(title) && title.length <= 120) out.push(title);
  };
  if (forLabels) for (const label of forLabels) add(label);
  add(enclosing);
  // "<td><span title="Gültig bis">Gült. bis</span></td><td><input></td>"
  const left = cell?.previousElementSibling;
  if (left && /^T[DH]$/.test(left.tagName) && !left.querySelector(CONTROL_SELECTOR)) {
    add(left);
    const titled = left.querySelector('[title]');
    if (titled && titled.tagName !== 'BUTTON') add(titled);
  }
  return out.filter((t) => t !== control.getAttribute('title')?.trim());
}

/**
 * The tooltip spells out the visible shorthand: "Staatsang." → "Staatsangehörigkeit des
 * Angehörigen", "Gült. bis" → "Gültig bis". Then the tooltip is the better label and is read first.
 */
export function expandsShorthand(visible: string, title: string): boolean {
  const v = visible.trim();
  if (!/[.]/.test(v) || title.length <= v.length) return false;
  const stem = v.replace(/[.\s-]+$/, '').split(/[.\s-]/)[0]!.toLowerCase();
  return stem.length >= 3 && title.toLowerCase().startsWith(stem);
}
