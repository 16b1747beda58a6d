/**
 * The visible words of a small piece of page: a label, a table cell, a heading. Skips the
 * controls inside it (an enclosing label's own select must not lend it its options), scripts,
 * styles and our own nodes, and stops reading once it has enough: a label is short. An
 * abbreviation with a title gives both: "<abbr title="Staatsangehörigkeit">StA</abbr>" reads
 * "StA (Staatsangehörigkeit)", so the vocabulary sees the word and the expansion's own traps
 * ("Geb.-Ort (Geburtsort)" is the place of birth, not the commune).
 */
import { OWN_NODE_ATTRIBUTE } from './field-kinds';
import { normalizeText, PROMPT_VERB } from './normalize-text';

const SKIPPED = new Set(['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON', 'SCRIPT', 'STYLE', 'TEMPLATE', 'OPTION', 'DATALIST', 'NOSCRIPT', 'svg', 'SVG']);

export const CONTROL_SELECTOR = 'input,select,textarea';
/** The controls a clerk can fill: hidden inputs apart. */
export const VISIBLE_CONTROL_SELECTOR = 'input:not([type=hidden]),select,textarea';

/** The words of a fieldset's own legend ('' without one). */
export function legendText(fieldset: Element): string {
  const legend = Array.from(fieldset.children).find((c) => c.tagName === 'LEGEND');
  return legend ? textOf(legend) : '';
}

export interface TextOptions {
  /**
   * The node was named by an aria-labelledby, which reads it even when it is hidden (accname:
   * REDCap hides its caption from screen readers, `<label aria-hidden=true>`, and names the input
   * by aria-labelledby instead).
   */
  readonly referenced?: boolean;
  /** Leave out the parts whose class calls them a description or help (a label's own hint). */
  readonly withoutHints?: boolean;
}

export function textOf(node: Node, max = 160, { referenced = false, withoutHints = false }: TextOptions = {}): string {
  const parts: string[] = [];
  let length = 0;
  const visit = (n: Node): void => {
    if (length > max) return;
    if (n.nodeType === 3) {
      const v = n.nodeValue;
      if (v && /\S/.test(v)) {
        parts.push(v);
        length += v.length;
      }
      return;
    }
    if (n.nodeType !== 1 && n.nodeType !== 11) return;
    if (n.nodeType === 1) {
      const el = n as Element;
      if (SKIPPED.has(el.tagName) || el.hasAttribute(OWN_NODE_ATTRIBUTE)) return;
      // "<label>Tiers payant<span class=usa-checkbox__label-description>La part mutuelle est facturée…</span></label>":
      // a label's description is help, not its name.
      if (withoutHints && n !== node && HELP_TEXT_CLASS.test(el.getAttribute('class') ?? '')) return;
      if (!(referenced && n === node)) {
        if (el.hasAttribute('hidden')) return;
        // A label's words are seen on the screen even when hidden from screen readers (its
        // input is named another way); any other aria-hidden part is decoration.
        if (el.getAttribute('aria-hidden') === 'true' && el.tagName !== 'LABEL') return;
      }
      // A web component's label slot (<ion-toggle>: <label><slot></slot></label>) reads what the page put in it;
      // not a radio's (<vaadin-radio-button>CPAS</…>): that is one answer, the group names the field.
      if (el.tagName === 'SLOT' && typeof (el as HTMLSlotElement).assignedNodes === 'function' && !isRadioHost(el)) {
        const assigned = (el as HTMLSlotElement).assignedNodes({ flatten: true });
        if (assigned.length) {
          for (const a of assigned) visit(a);
          return;
        }
      }
    }
    for (let c = n.firstChild; c; c = c.nextSibling) visit(c);
    if (n.nodeType === 1 && (n as Element).tagName === 'ABBR') {
      const expansion = (n as Element).getAttribute('title')?.trim();
      if (expansion) {
        parts.push(`(${expansion})`);
        length += expansion.length + 2;
      }
    }
  };
  visit(node);
  const text = parts.join(' ').replace(/\s+/g, ' ').trim().replace(/\s*[:*]+\s*$/, '').replace(/^\*\s*/, '');
  return text.length > max ? text.slice(0, max) : text;
}

function isRadioHost(slot: Element): boolean {
  const host = (slot.getRootNode() as ShadowRoot).host;
  return !!host && (host.getAttribute('role') === 'radio' || host.tagName.endsWith('-RADIO') || host.tagName.endsWith('-RADIO-BUTTON'));
}

/** An <input type=hidden>: no field, and no neighbour of one. */
export function isHiddenInput(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).tagName === 'INPUT' && (node as Element).getAttribute('type')?.toLowerCase() === 'hidden';
}

/** A value inside a CSS attribute selector's quotes: only " and \ need escaping. */
export function cssString(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}

/** True when the element holds a form control (it is then a field, not a label). */
export function holdsControl(el: Element): boolean {
  return el.querySelector(CONTROL_SELECTOR) !== null;
}

/** How many controls a clerk can fill the element holds (hidden inputs apart). */
export function visibleControlCount(el: Element): number {
  return el.querySelectorAll(VISIBLE_CONTROL_SELECTOR).length;
}

/**
 * The first words among a node's next (or previous) four siblings: a text node, or the text of
 * an element that is not in `ignored`. '' when a neighbouring control comes first, or when the
 * words are too long to be a label. Shared by the label before a control, the words after a
 * checkbox and the label after a text control.
 */
const NAVIGATION_ROLES = new Set(['tablist', 'navigation', 'menubar', 'menu', 'toolbar']);
const NAVIGATION_ITEM = 'a,button,[role=tab],[role=link],[role=menuitem]';

/**
 * A bar of links, tabs or buttons ("Patient · Residence · Cover · Billing"): its words name other
 * screens, never the control after it.
 */
function isNavigation(el: Element): boolean {
  if (el.tagName === 'NAV' || NAVIGATION_ROLES.has(el.getAttribute('role') ?? '')) return true;
  const items = el.children;
  if (items.length < 2) return false;
  for (const item of Array.from(items)) if (!item.matches(NAVIGATION_ITEM)) return false;
  return true;
}

/** A field's description or hint by its class ("formFieldDescription", "help-block", "form-text", "hint"). */
const HELP_TEXT_CLASS = /(description|help|hint|helper|form-text|instructions?)([\s_-]|$)/i;

/** Where a caption cell's note starts: a line break, or a block of words of its own. */
const NOTE_START = new Set(['BR', 'EM', 'SMALL', 'I', 'P', 'DIV', 'UL']);

/**
 * "<td><span>NISS / BIS no.</span>:<br><em>Belgian national register number, or the BIS number…</em></td>":
 * a caption whose words run long because a note follows its name. The name before the note, when
 * it is short ('' when the cell has no note, or does not start with a name).
 */
export function nameBeforeNote(cell: Element, max = 40): string {
  const parts: string[] = [];
  let noted = false;
  for (let c = cell.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1 && (NOTE_START.has((c as Element).tagName) || isHelpText(c as Element))) {
      noted = parts.length > 0;
      break;
    }
    // (A text node as it is: its colon says caption.)
    const t = c.nodeType === 3 ? (c.nodeValue ?? '').replace(/\s+/g, ' ').trim() : textOf(c, max);
    if (t) parts.push(t);
  }
  const said = parts.join(' ').trim();
  // A caption says so by its colon or its class ("<span class=_field-name>…</span>:"), not a value with a note
  // ("Mutualité chrétienne<br><small>Affiliation vérifiée…</small>").
  const first = cell.firstElementChild;
  if (!/:$/.test(said) && !(first && CAPTION_CLASS.test(first.getAttribute('class') ?? ''))) return '';
  const name = said.replace(/\s*[:*]+$/, '').trim();
  return noted && name && name.length <= max ? name : '';
}

/** A block whose class says it is a caption: "…label", "caption". */
export const CAPTION_CLASS = /(^|[\s_-])(label|caption)([\s_-]|$)/i;

/** The element a label's `for` names in its document or shadow root, or null. */
export function labelTarget(label: Element): Element | null {
  const id = label.getAttribute('for');
  return id ? ((label.getRootNode() as Document | ShadowRoot).getElementById?.(id) ?? null) : null;
}

/** A field's help line by its class ("form-text", "nc-form-column-description"). */
export function isHelpText(el: Element): boolean {
  return HELP_TEXT_CLASS.test(el.getAttribute('class') ?? '');
}
/** react-select's "__single-value" / "__placeholder", ng-select's "ng-placeholder" / "ng-value", select2's "selection__rendered", Ant's "selection-item": a dropdown's shown value. */
const SHOWN_VALUE_CLASS = /(^|[\s_-])(single-?value|multi-?value|selected-?value|selection-?item|selection__rendered|selection__placeholder|(select|choices|ng-select|vs)__placeholder|ng-placeholder|ng-value)([\s_-]|$)/i;

const WIDGET_SELECTOR = '[role=combobox],[role=listbox],[role=textbox],[role=spinbutton]';

/** react-select without a class prefix ("css-1jqq78o-placeholder"): its placeholder, when it only says "select". */
const HASHED_PLACEHOLDER_CLASS = /(^|\s)css-[a-z0-9]+-placeholder(\s|$)/;
const BARE_PROMPT = new RegExp(`^(${PROMPT_VERB})$`);

/** "<div class=css-1jqq78o-placeholder>Selecteer...</div>": the prompt of a dropdown, not its caption (a placeholder "Nationalité" is one). */
function isBarePrompt(el: Element): boolean {
  return HASHED_PLACEHOLDER_CLASS.test(el.getAttribute('class') ?? '') && BARE_PROMPT.test(normalizeText(el.textContent ?? ''));
}

const CHIP_CLASS = /(^|[\s_-])(tag|chip|token|pill)([\s_-]|$)/i;

/** A chosen value shown as a chip with its remove button (Buefy's taginput: "<span class=tag>Syrien<a role=button class=delete>"). */
function isValueChip(el: Element): boolean {
  return CHIP_CLASS.test(el.getAttribute('class') ?? '') && !!el.querySelector('button,[role=button]');
}

export function siblingWords(node: Node, direction: 'previousSibling' | 'nextSibling', ignored: ReadonlySet<string>): string | null {
  let sibling = node[direction];
  for (let steps = 0; sibling && steps < 4; steps++, sibling = sibling[direction]) {
    if (sibling.nodeType === 3) {
      const t = sibling.nodeValue?.replace(/\s+/g, ' ').trim().replace(/\s*[:*]+$/, '') ?? '';
      if (t) return t.length <= 80 ? t : '';
      continue;
    }
    if (sibling.nodeType !== 1) continue;
    const el = sibling as Element;
    if (ignored.has(el.tagName) || el.hasAttribute('hidden')) continue;
    // Bitrix24's "<input type=hidden value=0 name=…><label><input type=checkbox …> Ja</label>": a state kept for the form, no neighbour.
    if (isHiddenInput(el)) continue;
    if (el.matches(CONTROL_SELECTOR) || holdsControl(el) || isNavigation(el)) return '';
    // A field's help between its caption and its box ("As printed on the passport."): read past it.
    if (direction === 'previousSibling' && isHelpText(el)) continue;
    // A dropdown's chosen value or prompt shown before its search box ("<div class=select__single-value>Roemenië</div>
    // <input role=combobox>", react-select): what the field holds, not what it is.
    if (direction === 'previousSibling' && (SHOWN_VALUE_CLASS.test(el.getAttribute('class') ?? '') || isValueChip(el) || isBarePrompt(el))) continue;
    const t = textOf(el, 90) || spokenOnly(el);
    // A field drawn without a native control (Angular Material's mat-select: "<mat-form-field>Pays
    // <mat-select role=combobox>Pays émetteur</mat-select>"): another field, not this one's caption.
    if (t && el.querySelector(WIDGET_SELECTOR)) return '';
    if (t) return t.length <= 80 ? t : '';
  }
  return null;
}

/**
 * Flutter's web semantics: "<flt-semantics aria-label="Inschr.nr."></flt-semantics>", a static text
 * said only to assistive technology, no element or text inside and no role of a control.
 */
function spokenOnly(el: Element): string {
  if (el.firstChild || el.hasAttribute('role')) return '';
  return el.getAttribute('aria-label')?.replace(/\s+/g, ' ').trim() ?? '';
}

/**
 * The words of a box's one heading (h1–h6), or '' when it has none or several: osTicket's "<td colspan=2><hr><div
 * class=form-header><h3>Patient Identity</h3><em>Patient's own data only (next of kin further down)</em></div></td>"
 * is titled by its heading, not by the note under it.
 */
export function soleHeadingText(box: Element): string {
  const headings = box.querySelectorAll('h1,h2,h3,h4,h5,h6');
  return headings.length === 1 ? textOf(headings[0]!, 100) : '';
}

const TITLE_CLASS = /(^|[\s_:-])(h[1-6]|title|titre|titel|heading|header|caption|font-(semibold|bold)|fw-(bold|semibold)|bold)([\s_-]|$)/i;

/**
 * A box whose words sit in one element styled as a title, a few single-child wrappers down: Vaadin's "<div
 * class="v-label h3">", "<h4>", "<b>", Nuxt UI's "<p class=font-semibold>".
 */
export function styledAsTitle(box: Element): boolean {
  let line: Element = box;
  while (line.childElementCount === 1) {
    line = line.firstElementChild!;
    if (/^(H[1-6]|B|STRONG)$/.test(line.tagName) || TITLE_CLASS.test(line.getAttribute('class') ?? '')) return true;
  }
  return false;
}
