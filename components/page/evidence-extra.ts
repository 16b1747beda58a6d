/**
 * Evidence some pages give in less usual places, each read only when asked (label-of.ts and
 * detect-fields.ts call these): the help text an input points at with aria-describedby, the
 * label written AFTER an input in its own small container (floating-label CSS, "<input><span>
 * Card number</span>"), and the options of an ARIA combobox's listbox (role=option items, which
 * say what the field is as a select's options do). Pure DOM reads, no layout.
 */
import { CONTROL_SELECTOR, legendText, siblingWords, textOf } from './text-of';

type Root = Document | ShadowRoot;

/** The texts an element points at by id (aria-describedby, aria-labelledby…), joined. */
function textOfIds(el: Element, attribute: string, max: number): string {
  const ids = el.getAttribute(attribute);
  if (!ids) return '';
  const root = el.getRootNode() as Root;
  const parts: string[] = [];
  for (const id of ids.split(/\s+/)) {
    const target = id ? root.getElementById?.(id) : null;
    if (!target || target === el || target.contains(el)) continue;
    const text = textOf(target, max);
    if (text) parts.push(text);
  }
  return parts.join(' ').trim();
}

/** aria-describedby's help text: "Rijksregisternummer of BIS-nummer, 11 cijfers". */
export function describedByText(control: Element): string {
  return textOfIds(control, 'aria-describedby', 160);
}

const SKIPPED_AFTER = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'BR', 'HR', 'IMG', 'svg', 'SVG', 'BUTTON', 'NOSCRIPT', 'I']);
const CONTAINER_LIMIT = 4;

/**
 * The words right after a text control when they are its label: the control is the only one of
 * its container (or of a wrapper alone in it), the container is small, and the words come
 * before anything else. "<div><input><span class=field-label>Permit number</span></div>" →
 * "Permit number"; "<div><input> Nationalité <input></div>" → "" (the words are the next one's).
 */
export function trailingLabelText(control: Element): string {
  let node: Element = control;
  const pair = selectStandIn(control);
  for (let level = 0; level < 2; level++) {
    const container = node.parentElement;
    if (!container || container.childElementCount > CONTAINER_LIMIT) return '';
    const controls = container.querySelectorAll(CONTROL_SELECTOR);
    const holdsPair = pair !== null && controls.length === 2 && container.contains(pair); // pair: a sibling of control
    if (controls.length !== 1 && !holdsPair) return '';
    // A select's stand-in and its dropdown list share a wrapper: the label comes after the wrapper.
    if (holdsPair && container === control.parentElement) {
      node = container;
      continue;
    }
    // The container holds no other control, so the walk never stops at one.
    const words = siblingWords(node, 'nextSibling', SKIPPED_AFTER);
    if (words !== null) return words;
    node = container;
  }
  return '';
}

/**
 * Materialize's select: a native select taken out of the tab order (tabindex="-1") behind a
 * read-only text box that shows its choice, with the dropdown list between them; the two are one
 * field. The other one of such a pair (siblings in one wrapper), or null.
 */
export function selectStandIn(control: Element): Element | null {
  const tag = control.tagName;
  if (tag === 'SELECT' ? !isOutOfTabOrder(control) : tag !== 'INPUT' || !control.hasAttribute('readonly')) return null;
  const parent = control.parentElement;
  if (!parent || parent.childElementCount > 6) return null;
  for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
    if (el === control) continue;
    if (tag === 'SELECT' && el.tagName === 'INPUT' && el.hasAttribute('readonly') && (el.getAttribute('type') ?? 'text').toLowerCase() === 'text') return el;
    if (tag === 'INPUT' && el.tagName === 'SELECT' && isOutOfTabOrder(el)) return el;
  }
  return null;
}

function isOutOfTabOrder(el: Element): boolean {
  return (el.getAttribute('tabindex') ?? '').trim().startsWith('-');
}

const COMBOBOX_LEVELS = 3;

/** The listbox a combobox controls or owns (on the input, or on its role=combobox wrapper). */
export function listboxOf(control: Element): Element | null {
  let el: Element | null = control;
  for (let level = 0; el && level <= COMBOBOX_LEVELS; level++, el = el.parentElement) {
    if (level > 0 && el.getAttribute('role') !== 'combobox') continue;
    const ids = el.getAttribute('aria-controls') ?? el.getAttribute('aria-owns');
    if (!ids) {
      if (level > 0) return null;
      continue;
    }
    const root = el.getRootNode() as Root;
    for (const id of ids.split(/\s+/)) {
      const target = id ? root.getElementById?.(id) : null;
      if (!target) continue;
      if (target.getAttribute('role') === 'listbox') return target;
      const inner = target.querySelector('[role=listbox]');
      if (inner) return inner;
    }
    return null;
  }
  return null;
}

/** The texts of a combobox's listbox options, at most 60; [] when it has none. */
export function listboxOptionTexts(control: Element): string[] {
  const listbox = listboxOf(control);
  if (!listbox) return [];
  const out: string[] = [];
  const options = listbox.querySelectorAll('[role=option]');
  for (let i = 0; i < options.length && out.length < 60; i++) {
    const t = textOf(options[i]!, 80);
    if (t) out.push(t);
  }
  return out;
}

/**
 * The question over a list of checkboxes, or '' when there is none: the legend of a fieldset
 * holding this checkbox and only other checkboxes ("Les frais seront pris en charge par: [x] le
 * patient [x] le CPAS…"), or, on a printed form's page, the words before the first of the
 * checkboxes that open their paragraph ("Document de séjour présenté :<br>
 * [x] attestation d'immatriculation<br>[x] annexe 26…").
 */
export function checkboxListQuestion(control: Element): string {
  if (!isOfType(control, 'checkbox')) return '';
  const fieldset = control.closest('fieldset');
  if (fieldset) return fieldsetOfOneType(fieldset, 'checkbox') ? legendText(fieldset) : '';
  // (An "autre : [____]" box after the checkboxes is still their list.)
  const paragraph = control.parentElement;
  if (!paragraph || paragraph.tagName !== 'P') return '';
  const shown = shownControls(paragraph);
  if (!isOfType(shown[0], 'checkbox') || shown.filter((c) => isOfType(c, 'checkbox')).length < 2) return '';
  const words: string[] = [];
  for (const node of Array.from(paragraph.childNodes)) {
    if (node.nodeType === 1 && isOfType(node as Element, 'checkbox')) break;
    words.push(textOf(node));
  }
  return words.join(' ').replace(/\s+/g, ' ').trim();
}

/**
 * The question over a group of radios, or '' when none is found: the radiogroup's label, the
 * legend of a fieldset of radios only, or, for a radio inside a web component (Carbon's
 * cds-radio-button), the group element around its host: its legend-text / label-text / label
 * attribute or the legend in its shadow root.
 */
export function radioListQuestion(control: Element): string {
  if (!isOfType(control, 'radio')) return '';
  const aria = control.closest('[role=radiogroup]')?.getAttribute('aria-label')?.trim();
  if (aria) return aria;
  const fieldset = control.closest('fieldset');
  if (fieldset && fieldsetOfOneType(fieldset, 'radio')) {
    const legend = legendText(fieldset);
    if (legend) return legend;
  }
  const root = control.getRootNode();
  if (root.nodeType !== 11 || !('host' in root)) return '';
  const group = (root as ShadowRoot).host.parentElement;
  if (!group) return '';
  const named = group.getAttribute('legend-text') ?? group.getAttribute('label-text') ?? group.getAttribute('label');
  if (named?.trim()) return named.trim();
  const legend = group.shadowRoot?.querySelector('legend');
  return legend ? textOf(legend) : '';
}

const isOfType = (el: Element | undefined, type: 'checkbox' | 'radio'): boolean =>
  !!el && el.tagName === 'INPUT' && el.getAttribute('type')?.toLowerCase() === type;

/** The controls inside an element, hidden inputs left out. */
const shownControls = (el: Element): Element[] =>
  Array.from(el.querySelectorAll(CONTROL_SELECTOR)).filter((c) => c.getAttribute('type')?.toLowerCase() !== 'hidden');

/** A fieldset of at least two controls besides hidden inputs, all checkboxes (or all radios). */
function fieldsetOfOneType(fieldset: Element, type: 'checkbox' | 'radio'): boolean {
  const shown = shownControls(fieldset);
  return shown.length >= 2 && shown.every((c) => isOfType(c, type));
}
