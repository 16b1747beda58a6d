/**
 * The evidence for what a form control is, strongest first: its label (label[for], enclosing
 * label, aria-labelledby, aria-label), the table headers or the text cell beside it, the dt of
 * its dd, the text just before it, its placeholder and title, its autocomplete token, its
 * name/id words (generated ids ignored), and for radios the group's label. A generator, so the
 * detector stops reading as soon as one piece settles the question.
 */
import { editorTableHost } from './editor-table';
import { describedByText, listboxOptionTexts, selectStandIn, trailingLabelText } from './evidence-extra';
import { identifierWords } from './normalize-text';
import { expandsShorthand, labelTitles } from './label-title';
import { LATIN_LETTER, labelsOfCell, type TableCache } from './table-index';
import { CAPTION_CLASS, cssString, holdsControl, isHelpText, isHiddenInput, labelTarget, legendText, siblingWords, textOf, visibleControlCount, CONTROL_SELECTOR } from './text-of';
import { classifyText, type ControlRole } from './classify-text';

export type FormControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export type EvidenceSource =
  | 'aria-labelledby'
  | 'label'
  | 'enclosing-label'
  | 'aria-label'
  | 'group-label'
  | 'row-header'
  | 'column-header'
  | 'cell-left'
  | 'cell-above'
  | 'dt'
  | 'preceding-text'
  | 'following-text'
  | 'placeholder'
  | 'title'
  | 'described-by'
  | 'autocomplete'
  | 'name'
  | 'id'
  | 'options'
  | 'section';

export interface Evidence {
  readonly source: EvidenceSource;
  readonly text: string;
}

/** How much a kind named by each source counts. */
export const SOURCE_WEIGHT: Record<EvidenceSource, number> = {
  'aria-labelledby': 1,
  label: 1,
  'enclosing-label': 1,
  'aria-label': 0.95,
  'group-label': 0.95,
  'row-header': 0.95,
  'column-header': 0.95,
  'cell-left': 0.9,
  'cell-above': 0.85,
  dt: 0.95,
  'preceding-text': 0.85,
  'following-text': 0.85,
  placeholder: 0.85,
  title: 0.8,
  'described-by': 0.75,
  autocomplete: 0.8,
  name: 0.75,
  id: 0.7,
  options: 0.9,
  section: 0.8,
};

export interface EvidenceCache {
  readonly tables: TableCache;
  readonly labelsFor: WeakMap<Node, Map<string, Element[]>>;
  readonly radioGroups: WeakMap<Node, Map<string, HTMLInputElement[]>>;
}

export function controlRole(control: FormControl): ControlRole {
  if (control.tagName === 'SELECT') return 'choice';
  const type = control.getAttribute('type')?.toLowerCase();
  return type === 'radio' || type === 'checkbox' ? 'choice' : 'text';
}

/** The ancestors that matter, found in one walk up (instead of a closest() per question). */
export interface Placement {
  readonly cell: HTMLTableCellElement | null;
  readonly label: HTMLLabelElement | null;
  readonly dd: Element | null;
  /** A wrapper that labels itself for its inner input (role=combobox…), within four levels. */
  readonly widget: Element | null;
}

const WIDGET_ROLES = new Set(['combobox', 'spinbutton', 'textbox', 'searchbox', 'listbox']);

export function placementOf(control: Element): Placement {
  let cell: HTMLTableCellElement | null = null;
  let label: HTMLLabelElement | null = null;
  let dd: Element | null = null;
  let widget: Element | null = null;
  let el: Element | null = control.parentElement;
  for (let depth = 1; el && depth <= 8; depth++, el = el.parentElement as Element | null) {
    const tag: string = el.tagName;
    if (tag === 'TABLE') {
      // An editor drawn as a small table inside a value cell: the outer cell is the control's.
      const host = cell ? editorTableHost(el, cell) : null;
      if (!host) break;
      cell = host as HTMLTableCellElement;
      el = host;
      continue;
    }
    if (tag === 'BODY' || tag === 'FORM') break;
    if ((tag === 'TD' || tag === 'TH') && !cell) cell = el as HTMLTableCellElement;
    else if (tag === 'LABEL' && !label) label = el as HTMLLabelElement;
    else if (tag === 'DD' && !dd) dd = el;
    if (depth <= 4 && !widget) {
      const role = el.getAttribute('role');
      if (role && WIDGET_ROLES.has(role)) widget = el;
    }
  }
  // MUI's Select: a hidden native input right after the role=combobox element that shows the choice.
  if (!widget && control.getAttribute('aria-hidden') === 'true') {
    const before = control.previousElementSibling;
    if (before && before.getAttribute('role') === 'combobox') widget = before;
  }
  return { cell, label, dd, widget };
}

export function* evidenceOf(control: FormControl, cache: EvidenceCache, placement: Placement = placementOf(control)): Generator<Evidence> {
  const type = control.getAttribute('type')?.toLowerCase();
  if (type === 'radio') {
    yield* radioGroupEvidence(control as HTMLInputElement, cache);
    return;
  }
  // A select hidden behind its read-only stand-in (Materialize) is labelled as the stand-in is:
  // the words before it are the dropdown list's.
  if (control.tagName === 'SELECT' && !(control.id && labelsForMap(control.getRootNode() as Document | ShadowRoot, cache).get(control.id))) {
    const standIn = selectStandIn(control);
    if (standIn) {
      yield* evidenceOf(standIn as FormControl, cache);
      return;
    }
  }
  let labelled = false;
  let datePart = false;
  const titles = labelTitleTexts(control, cache, placement);
  for (let piece of labelEvidence(control, cache, placement)) {
    if (!labelled) datePart = DATE_PART.test(piece.text.trim());
    labelled = true;
    // OpenUI5 ties both boxes under "Postcode / Gemeente" to the one label by aria-labelledby too.
    if (piece.source === 'label' || piece.source === 'aria-labelledby') piece = { ...piece, text: firstOfShared(control, piece.text) };
    yield* expandedFirst(piece, titles);
    yield piece;
  }
  // W3.CSS's "<div class=w3-half><input class=w3-input name=strasse><label>Straße</label></div>": a label tied to
  // nothing, right after the one field of its box, is that field's caption, not the words above the box.
  if (!labelled && type !== 'checkbox') {
    const after = labelRightAfter(control);
    if (after) {
      labelled = true;
      yield { source: 'label', text: after };
    }
  }
  // "Day [__] Month [__] Year [__]" in a group named "Date of arrival in Belgium" (GOV.UK's date
  // input, Typeform): a part of a date is labelled by its group.
  if (datePart) {
    const group = dateGroupName(control);
    if (group) yield { source: 'group-label', text: group };
  }
  if (type === 'checkbox') {
    const after = followingText(control);
    if (after) yield { source: 'following-text', text: after };
    labelled ||= !!after;
  }
  for (const piece of surroundingEvidence(control, cache, placement)) {
    labelled = true;
    yield* expandedFirst(piece, titles);
    yield piece;
  }
  for (const text of titles) yield { source: 'title', text };
  // Nothing before it: the words after it in its own small container (floating labels).
  if (!labelled && type !== 'checkbox') {
    const after = trailingLabelText(control);
    if (after) yield { source: 'following-text', text: after };
  }
  yield* attributeEvidence(control);
  // Nothing labels it but the fieldset it is alone in: the legend does.
  if (!labelled) {
    const legend = loneControlLegend(control);
    if (legend) yield { source: 'group-label', text: legend };
  }
}

function labelRightAfter(control: Element): string {
  const label = control.nextElementSibling;
  const box = control.parentElement;
  if (!label || label.tagName !== 'LABEL' || label.hasAttribute('for') || !box || box.tagName === 'TD' || box.tagName === 'TH') return '';
  if (holdsControl(label) || isHelpText(label) || visibleControlCount(box) !== 1) return '';
  // Not when words stand right before the box ("<div class=col-3>Nationality</div><div class=col-9><input><label>as on
  // the passport</label></div>"): those are the caption, the label after is a hint.
  const before = box.previousElementSibling;
  if (before && !holdsControl(before) && textOf(before, 20)) return '';
  const text = textOf(label, 60);
  return text.length <= 50 ? text : '';
}

/** The full words in the tooltips of the control's labels ("Staatsang." titled "Staatsangehörigkeit"). */
function labelTitleTexts(control: Element, cache: EvidenceCache, placement: Placement): string[] {
  const id = control.getAttribute('id');
  const forLabels = id ? labelsForMap(control.getRootNode() as Document | ShadowRoot, cache).get(id) : undefined;
  return labelTitles(control, forLabels, placement.label, placement.cell);
}

/** The tooltip that spells out this shorthand label, read before it (and only once). */
function* expandedFirst(piece: Evidence, titles: string[]): Generator<Evidence> {
  const i = titles.findIndex((title) => expandsShorthand(piece.text, title));
  if (i >= 0) yield { source: 'title', text: titles.splice(i, 1)[0]! };
}

/** A label that only names a part of a date: "Day", "MM", "Jaar", "Monat", "AAAA". */
const DATE_PART = /^(day|month|year|dd|mm|yy|yyyy|jj|aa|aaaa|jour|mois|annee|année|dag|maand|jaar|tag|monat|jahr|tt|jjjj|date|datum|time|heure|tijd|zeit|uhrzeit)\s*[:*]?$/i;

/**
 * The name of what a date part belongs to (at most three levels up): a fieldset, a role=group,
 * or a compound widget a label points at (Symfony's `<label for="…_titreFin">` over the day,
 * month and year selects of `<div id="…_titreFin">`).
 */
function dateGroupName(control: Element): string {
  let node = control.parentElement;
  const root = control.getRootNode() as Document | ShadowRoot;
  // Four levels: Drupal's date and time boxes ("Datum", "Tijd", visually hidden) sit three boxes under their fieldset.
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    if (node.tagName === 'FIELDSET') return legendText(node);
    if (node.getAttribute('role') === 'group') return labelledByText(node, root) || node.getAttribute('aria-label')?.trim() || '';
    const id = node.getAttribute('id'); // not `.id`: a form holding <input name="id"> answers it with that input
    const label = id ? root.querySelector?.(`label[for="${cssString(id)}"]`) : null;
    if (label) return textOf(label);
    // A box of the date's two or three parts, labelled like one field ("Valable jusqu'au" before it).
    const parts = node.querySelectorAll(CONTROL_SELECTOR).length;
    if (parts >= 2 && parts <= 3) {
      // Wufoo: "<label class=desc for=Field17>Date of arrival in Belgium</label>" in the box, for the
      // year part, beside the parts' own "DD", "MM", "YYYY".
      const caption = captionInBox(node);
      if (caption) return caption;
      const before = precedingText(node);
      if (before) return before;
    }
  }
  return '';
}

/** A label inside a box of a date's parts, for one of them, that is not a part's own ("DD", "Jour"). */
function captionInBox(box: Element): string {
  for (const label of Array.from(box.querySelectorAll('label[for]'))) {
    const text = textOf(label);
    if (!text || DATE_PART.test(text.trim())) continue;
    const target = labelTarget(label);
    if (target && box.contains(target)) return text;
  }
  return '';
}

/** A fieldset around this control only: its legend is the control's label. */
function loneControlLegend(control: Element): string {
  const fieldset = control.closest('fieldset');
  if (!fieldset || fieldset.querySelectorAll(CONTROL_SELECTOR).length !== 1) return '';
  return legendText(fieldset);
}

function* labelEvidence(control: Element, cache: EvidenceCache, placement: Placement = placementOf(control)): Generator<Evidence> {
  const root = control.getRootNode() as Document | ShadowRoot;
  // Syncfusion's, Kendo's dropdowns: the value in a hidden select, the labels on the input shown beside it.
  const shown = shownTwin(control);
  const labelledBy = labelledByText(control, root) || (shown ? labelledByText(shown, root) : '');
  if (labelledBy) yield { source: 'aria-labelledby', text: sharedLabelPart(control, root, labelledBy) };
  const id = control.getAttribute('id') || twinId(control);
  const labelsFor = labelsForMap(root, cache);
  const forLabels = (id ? labelsFor.get(id) : undefined) ?? (shown?.id ? labelsFor.get(shown.id) : undefined) ?? (id ? datePartOwnerLabels(id, labelsFor) ?? shownPartOwnerLabels(id, labelsFor) : undefined);
  if (forLabels) {
    for (const label of forLabels) {
      const text = textOf(label, 160, LABEL_WORDS);
      if (text) yield { source: 'label', text };
    }
  }
  const enclosing = placement.label;
  if (enclosing && !forLabels?.includes(enclosing)) {
    const text = textOf(enclosing, 160, LABEL_WORDS);
    if (text) yield { source: 'enclosing-label', text };
  }
  const ariaLabel = control.getAttribute('aria-label');
  if (ariaLabel?.trim()) yield { source: 'aria-label', text: withoutSelection(ariaLabel.trim()) };
  // A widget that labels its wrapper (role=combobox, spinbutton…) rather than its inner input.
  const widget = placement.widget;
  if (widget) {
    const text = labelledByText(widget, root) || widget.getAttribute('aria-label')?.trim();
    if (text) yield { source: 'aria-labelledby', text };
  }
  // <select><option value="">-- Nationalité --</option>…: the empty first option names the field; so does
  // one nobody can choose ("<option disabled selected>Pays</option>", DaisyUI's join groups).
  if (control.tagName === 'SELECT') {
    const first = (control as HTMLSelectElement).options[0];
    const text = first && (!first.value || first.disabled || first.hidden) ? first.text.replace(/^[\s\-–—.*_(<[]+|[\s\-–—.*_)>\]:]+$/g, '') : '';
    if (text) yield { source: 'placeholder', text };
  }
}

/**
 * A date picker's visible input without an id (flatpickr's altInput) beside the hidden input the
 * label's for names: the label is the visible one's.
 */
/** "titreSejour.validite_day", "visit_date_3i": a date part, its whole date's id first. */
const DATE_PART_ID = /^(.+?)[._-](day|month|year|dd|mm|yy|yyyy|jour|mois|annee|[123]i)$/i;

/**
 * The labels of the date a part belongs to: Grails' and Rails' date selects are
 * `<label for="titreSejour.validite">` with selects `titreSejour.validite_day`, `_month`, `_year`.
 */
function datePartOwnerLabels(id: string, labelsFor: Map<string, Element[]>): Element[] | undefined {
  const whole = DATE_PART_ID.exec(id)?.[1];
  return whole ? labelsFor.get(whole) : undefined;
}

/** "cr5a1_entrydate_datepicker_description": the box a widget shows for the field whose id comes first. */
const SHOWN_PART_ID = /^(.+?)[._-](datepicker_description|datepicker|date_?input|display|shown)$/i;

/**
 * Power Pages' date field: `<label for="cr5a1_entrydate">` names the hidden input the form posts,
 * and the date picker the clerk types into is `cr5a1_entrydate_datepicker_description`.
 */
function shownPartOwnerLabels(id: string, labelsFor: Map<string, Element[]>): Element[] | undefined {
  const whole = SHOWN_PART_ID.exec(id)?.[1];
  return whole ? labelsFor.get(whole) : undefined;
}

function twinId(control: Element): string | null {
  const hidden = control.previousElementSibling ?? control.nextElementSibling;
  return hidden?.tagName === 'INPUT' && hidden.getAttribute('type') === 'hidden' ? hidden.getAttribute('id') : null;
}

/** The input shown in place of a select hidden from everyone (aria-hidden, out of the tab order). */
function shownTwin(control: Element): Element | null {
  if (control.tagName !== 'SELECT' || control.getAttribute('aria-hidden') !== 'true') return null;
  const next = control.nextElementSibling;
  return next?.tagName === 'INPUT' ? next : null;
}

function labelledByText(el: Element, root: Document | ShadowRoot): string {
  const ids = el.getAttribute('aria-labelledby');
  if (!ids) return '';
  return ids
    .split(/\s+/)
    .map((id) => (id ? root.getElementById?.(id) : null))
    .filter((e): e is HTMLElement => !!e && e !== el)
    .map((e) => textOf(e, 160, REFERENCED))
    .join(' ')
    .trim();
}

function* surroundingEvidence(control: Element, cache: EvidenceCache, placement: Placement = placementOf(control)): Generator<Evidence> {
  const cell = placement.cell ?? (/^T[DH]$/.test(control.tagName) ? (control as HTMLTableCellElement) : null);
  const before = precedingText(control);
  const words = wordsBefore(control, before, cache);
  if (words || before) yield { source: 'preceding-text', text: words || before };
  // "EHIC  [x] seen at desk": a box in a label that only says its state, under a caption of its own.
  else if (placement.label && isTick(control)) {
    const caption = precedingText(placement.label);
    if (caption) yield { source: 'preceding-text', text: caption };
  }
  // "Délivré le : [__] Valable jusqu'au : [__]" in a cell under "Séjour": the words before each
  // control are its label; the cell's header is the section of all its pairs (sectionOf reads it).
  if (cell && !(words && cellHoldsPairs(cell))) {
    const labels = labelsOfCell(cell, cache.tables);
    if (labels) {
      // "PLZ / Wohnort" over "[____] [____]": each control is named by its part, in order.
      const part = twoControlsIndex(control, cell);
      const own = (text: string): string => (part < 0 ? text : partOf(text, part));
      if (labels.rowHeader) yield { source: 'row-header', text: own(labels.rowHeader) };
      if (labels.columnHeader) yield { source: 'column-header', text: own(labels.columnHeader) };
      if (labels.left) yield { source: 'cell-left', text: own(labels.left) };
      if (labels.above) yield { source: 'cell-above', text: own(labels.above) };
    }
  }
  const dd = placement.dd ?? (control.tagName === 'DD' ? control : null);
  if (dd) {
    let dt = dd.previousElementSibling;
    while (dt && dt.tagName !== 'DT') dt = dt.previousElementSibling;
    if (!dt && dd.parentElement?.tagName === 'DIV') dt = dd.parentElement.querySelector(':scope > dt');
    const text = dt ? textOf(dt) : '';
    if (text) yield { source: 'dt', text };
  }
}

function isTick(control: Element): boolean {
  const type = control.getAttribute('type')?.toLowerCase();
  return type === 'checkbox' || type === 'radio';
}

/** Which of exactly two controls in its cell this one is (0 or 1); -1 otherwise. */
function twoControlsIndex(control: Element, cell: Element): number {
  const controls = Array.from(cell.querySelectorAll(CONTROL_SELECTOR)).filter((el) => !isHiddenInput(el));
  return controls.length === 2 ? controls.indexOf(control) : -1;
}

/** "CP / Localité", "Postcode/Gemeente", "PLZ, Ort": the separator between two things a label names. */
const TWO_THINGS = /\s*[/,]\s*/;

/**
 * Fiori's connected fields: "PLZ / Ort" labels both boxes of the pair by the same aria-labelledby;
 * each box is named by its part, in order.
 */
function sharedLabelPart(control: Element, root: Document | ShadowRoot, text: string): string {
  if (!TWO_THINGS.test(text)) return text;
  const ids = control.getAttribute('aria-labelledby')!.trim();
  const sharing = Array.from(root.querySelectorAll?.(`[aria-labelledby="${cssString(ids)}"]`) ?? []).filter((el) => el.matches(CONTROL_SELECTOR) && !isHiddenInput(el));
  if (sharing.length !== 2) return text;
  // Each part must say something on its own: "Afgegeven op / door" is one caption over a date and an issuer.
  const part = partOf(text, sharing.indexOf(control));
  return part !== text && [partOf(text, 0), partOf(text, 1)].every(saysSomething) ? part : text;
}

function saysSomething(part: string): boolean {
  // "Geboortedatum / -plaats": the second part completes the first word, it is no caption of its own.
  if (/^\s*-/.test(part)) return false;
  const v = classifyText(part);
  return v.decided || v.generic !== undefined;
}

/** The i-th of the two things a label names, or the whole label. */
function partOf(text: string, i: number): string {
  const parts = text.split(TWO_THINGS);
  return parts.length === 2 && parts.every((p) => LATIN_LETTER.test(p)) ? parts[i]! : text;
}

/**
 * The control standing right beside this one, with nothing between them but spaces or a slash
 * ("<input> <input>", "<div><input></div><div><input></div>", "[__] / [__]"), if any.
 */
function besideControl(control: Element, direction: 'previousSibling' | 'nextSibling'): Element | null {
  let node: Element = control;
  // Out of wrappers that hold only this control (a grid column around the input).
  // (Telerik's "<span class=riSingle><input><input type=hidden …_ClientState></span>": its state input is no neighbour.)
  for (let level = 0; level < 2; level++) {
    const parent = node.parentElement;
    if (!parent || BOUNDARY.has(parent.tagName) || shownChildren(parent) !== 1 || !onlySpaces(parent, node)) break;
    node = parent;
  }
  let sibling = node[direction];
  for (; sibling; sibling = sibling[direction]) {
    if (sibling.nodeType === 3 && /^[\s\u00a0/]*$/.test(sibling.nodeValue ?? '')) continue;
    if (sibling.nodeType === 8 || isHiddenInput(sibling)) continue;
    if (sibling.nodeType !== 1) return null;
    let el = sibling as Element;
    for (let level = 0; level < 2 && !el.matches(CONTROL_SELECTOR) && shownChildren(el) === 1 && onlySpaces(el, firstShown(el)!); level++) el = firstShown(el)!;
    return el.matches(CONTROL_SELECTOR) && !isHiddenInput(el) ? el : null;
  }
  return null;
}

/** The element just before the control (or its lone wrappers) is a heading. */
function afterHeading(control: Element): boolean {
  let node: Element = control;
  while (!node.previousElementSibling && node.parentElement && !BOUNDARY.has(node.parentElement.tagName)) node = node.parentElement;
  const before = node.previousElementSibling;
  return !!before && (/^(H[1-6]|LEGEND)$/.test(before.tagName) || before.getAttribute('role') === 'heading');
}

/** How a label's words are read: without its hint ("usa-checkbox__label-description"). */
const LABEL_WORDS = { withoutHints: true } as const;
/** How the words an aria-labelledby names are read: even when that element is hidden. */
const REFERENCED = { referenced: true } as const;

function firstShown(el: Element): Element | null {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (!isHiddenInput(c)) return c;
  return null;
}

/** The element's children but hidden inputs. */
function shownChildren(el: Element): number {
  let n = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (!isHiddenInput(c)) n++;
  return n;
}

function onlySpaces(parent: Element, child: Element): boolean {
  for (let n = parent.firstChild; n; n = n.nextSibling) if (n !== child && n.nodeType === 3 && /\S/.test(n.nodeValue ?? '')) return false;
  return true;
}

/** "PLZ / Ort" before the first of two controls side by side: its first part. */
function firstOfShared(control: Element, text: string): string {
  if (!TWO_THINGS.test(text) || besideControl(control, 'previousSibling') || !besideControl(control, 'nextSibling')) return text;
  return partOf(text, 0);
}

/** The second control side by side after one label naming two things: that label's second part. */
function secondOfShared(control: Element, cache: EvidenceCache): string {
  const first = besideControl(control, 'previousSibling');
  if (!first || besideControl(first, 'previousSibling') || besideControl(control, 'nextSibling')) return '';
  const id = first.getAttribute('id');
  const forLabel = id ? labelsForMap(first.getRootNode() as Document | ShadowRoot, cache).get(id)?.[0] : undefined;
  const text = forLabel ? textOf(forLabel) : afterHeading(first) ? '' : precedingText(first);
  if (!TWO_THINGS.test(text)) return '';
  const part = partOf(text, 1);
  return part === text || namesOtherThanBoth(control, partOf(text, 0), part) ? '' : part;
}

/**
 * "RR-nr / BIS: [__] [__]" where the second box's own name says another kind
 * ("dw_1_row0_col_pat_dat_aankomst_be", an Appeon DataWindow's box placed beside it only by the
 * stylesheet): the caption names one field twice, and the second box is some other field. (Without
 * such a name, "NISS / BIS: [__] [__]" stays one part per box.)
 */
function namesOtherThanBoth(control: Element, first: string, second: string): boolean {
  const kind = classifyText(first).kind;
  if (kind === undefined || kind !== classifyText(second).kind) return false;
  const own = identifierWords(control.getAttribute('name') || control.getAttribute('id') || '');
  const said = own ? classifyText(own).kind : undefined;
  return said !== undefined && said !== kind;
}

/** A table cell holding several controls, each after its own words ("CP : [__] Localité : [__]"). */
export function cellHoldsPairs(cell: Element): boolean {
  let n = 0;
  for (const el of Array.from(cell.querySelectorAll(CONTROL_SELECTOR))) {
    if (!isHiddenInput(el) && ++n > 1) return true;
  }
  return false;
}

/**
 * The label is the words just before the control in its cell (see surroundingEvidence); a "/"
 * between the parts of a date ("[jj] / [mm] / [aaaa]") is no label, the header still is.
 */
export function labelledInCell(control: Element, cell: Element, cache: EvidenceCache): boolean {
  return cellHoldsPairs(cell) && wordsBefore(control, precedingText(control), cache) !== '';
}

/**
 * The words labelling the control just before it: the preceding text, or its part when one
 * label names two controls side by side ("PLZ / Ort : [__] [__]"); '' when there are none ("/").
 * (A heading before two controls is their section's title, "Travel / repatriation insurance": not split.)
 */
function wordsBefore(control: Element, before: string, cache: EvidenceCache): string {
  if (LATIN_LETTER.test(before)) return afterHeading(control) ? before : firstOfShared(control, before);
  return secondOfShared(control, cache);
}

/**
 * The control continues a line after another control ("CEAM n° : [__] jusqu'au : [__]"): no line
 * break or block between them, so a generic label on it speaks of the field just before.
 */
export function continuesLine(control: Element): boolean {
  let node: Node = control;
  // An inline wrapper (<span><input></span>) holding only this control: look beside the wrapper.
  while (!node.previousSibling && node.parentElement && INLINE_WRAPPERS.has(node.parentElement.tagName)) node = node.parentElement;
  let sibling = node.previousSibling;
  for (let steps = 0; sibling && steps < 6; steps++, sibling = sibling.previousSibling) {
    if (sibling.nodeType !== 1) continue;
    const el = sibling as Element;
    if (el.matches(CONTROL_SELECTOR)) return !isHiddenInput(el);
    if (!INLINE_WRAPPERS.has(el.tagName)) return false;
    if (holdsControl(el)) return true;
  }
  return false;
}

const INLINE_WRAPPERS = new Set(['SPAN', 'LABEL', 'FONT', 'B', 'I', 'EM', 'STRONG', 'SMALL', 'ABBR', 'A']);

function* attributeEvidence(control: Element): Generator<Evidence> {
  const placeholder = control.getAttribute('placeholder')?.trim();
  if (placeholder) yield { source: 'placeholder', text: placeholder };
  const title = control.getAttribute('title')?.trim();
  if (title) yield { source: 'title', text: title };
  // Help text: weaker than a label, read when nothing above settled the question.
  const described = describedByText(control);
  if (described) yield { source: 'described-by', text: described };
  const autocomplete = autocompleteWords(control.getAttribute('autocomplete'));
  if (autocomplete) yield { source: 'autocomplete', text: autocomplete };
  for (const attribute of ['name', 'formcontrolname', 'ng-model', 'data-field', 'data-name'] as const) {
    const words = identifierWords(control.getAttribute(attribute) ?? '');
    if (words) yield { source: 'name', text: words };
  }
  const id = identifierWords(control.getAttribute('id') ?? '');
  if (id) yield { source: 'id', text: id };
}

/** autocomplete tokens, in words the vocabulary knows. */
function autocompleteWords(value: string | null): string {
  if (!value) return '';
  const token = value.trim().toLowerCase().split(/\s+/).pop() ?? '';
  return AUTOCOMPLETE_WORDS[token] ?? '';
}

const AUTOCOMPLETE_WORDS: Record<string, string> = {
  'address-level2': 'city',
  'postal-code': 'postcode',
  country: 'country',
  'country-name': 'country',
  'street-address': 'street',
  'address-line1': 'street',
  'address-line2': 'street',
  bday: 'birth',
  'bday-day': 'birth',
  'bday-month': 'birth',
  'bday-year': 'birth',
  name: 'name',
  'given-name': 'name',
  'family-name': 'name',
  'additional-name': 'name',
  tel: 'telephone',
  email: 'email',
  sex: 'sex',
};

function labelsForMap(root: Document | ShadowRoot, cache: EvidenceCache): Map<string, Element[]> {
  let map = cache.labelsFor.get(root);
  if (!map) {
    map = new Map();
    for (const label of Array.from(root.querySelectorAll('label[for]'))) {
      const id = label.getAttribute('for');
      if (!id) continue;
      const list = map.get(id);
      if (list) list.push(label);
      else map.set(id, [label]);
    }
    cache.labelsFor.set(root, map);
  }
  return map;
}

const BOUNDARY = new Set(['TD', 'TH', 'TR', 'TABLE', 'LI', 'UL', 'OL', 'FORM', 'FIELDSET', 'BODY', 'DD', 'DL', 'SECTION', 'ARTICLE', 'MAIN', 'DIALOG', 'LABEL', 'HTML']);
// A fieldset's legend titles the whole group (section-context.ts), it is not the words before its first field.
const IGNORED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'BR', 'HR', 'IMG', 'SVG', 'svg', 'BUTTON', 'NOSCRIPT', 'LEGEND']);

/**
 * The words just before the control in its row of the page: "<span>Nationalité :</span><input>",
 * "<div class=col>NISS</div><div class=col><input></div>". Stops at a neighbouring field.
 */
export function precedingText(control: Element): string {
  // Widget libraries wrap an editor four to ten divs deep below the label's sibling (PatternFly's date picker: six;
  // NocoDB's shared form: ten, its Ant Design select inside its cell inside the form item).
  return adjacentText(control, 'previousSibling', 10);
}


/** The element before `node`, past help lines, is a caption: a label, or a block whose class says label. */
function captionAhead(node: Element): boolean {
  let before = node.previousElementSibling;
  while (before && isHelpText(before)) before = before.previousElementSibling;
  return !!before && (before.tagName === 'LABEL' || CAPTION_CLASS.test(before.getAttribute('class') ?? ''));
}

const WIDGET_BOX = /(^|[-_])(widget|draggable|component)([-_]|$)/i;
const TEXT_WIDGET = /(^|[-_])(text|label|caption)([-_]|$)/i;

/**
 * ToolJet's canvas: "<div class="draggable-box widget-Text">…<div>Staatsang.</div>…</div><div class="draggable-box
 * widget-Dropdown">…a react-select eight boxes down…</div>": the widget before, a box of the same kind (a class in
 * common) holding a caption's few words and no field, is the field's caption however deep the field sits in its
 * own box. Only a canvas's widget boxes ("draggable-box", "…-widget") and a text widget before ("widget-Text").
 */
function captionWidgetAhead(node: Element): boolean {
  const before = node.previousElementSibling;
  if (!before || !Array.from(before.classList).some((c) => WIDGET_BOX.test(c) && node.classList.contains(c))) return false;
  // A text widget: not a grid column holding a read-only value ("Ziekenfonds / CM 100") or a hint.
  if (!Array.from(before.classList).some((c) => TEXT_WIDGET.test(c))) return false;
  if (holdsControl(before) || before.querySelector('h1,h2,h3,h4,h5,h6,strong,b')) return false;
  // A caption's few words ("Staatsang.", "ausgestellt am"), not a hint's sentence ("Kijk de EKVK na").
  const words = (before.textContent ?? '').replace(/\s+/g, ' ').trim();
  return words.length > 0 && words.length <= 30 && words.split(' ').length <= 3;
}

/** The words just after a checkbox ("<input type=checkbox> Tiers payant"). */
export function followingText(control: Element): string {
  return adjacentText(control, 'nextSibling', 1);
}

/** A group's title ("<div class=card-header>Domicile</div><div class=card-body>…fields…</div>"). */
const GROUP_TITLE_CLASS = /(^|[\s_-])(card|panel|section|box|group|block|list)-?(header|heading|title)([\s_-]|$)/i;

/**
 * The element before `node` titles a group of several fields: `node` holds several, or is the
 * first of a run of one-field rows ("<ons-list-header>Wohnsitz</ons-list-header>
 * <ons-list-item>[Straße]</ons-list-item><ons-list-item>[Nr.]</ons-list-item>…"). Its words are
 * the section's (section-context.ts), not the words before one of the fields.
 */
function titlesGroup(node: Element): boolean {
  const before = node.previousElementSibling;
  if (!before || !(/^H[1-6]$/.test(before.tagName) || GROUP_TITLE_CLASS.test(before.getAttribute('class') ?? ''))) return false;
  const count = visibleControlCount(node);
  if (count > 1) return true;
  const next = node.nextElementSibling;
  return count === 1 && !!next && next.tagName === node.tagName && visibleControlCount(next) > 0;
}

/**
 * AdminJS's date picker: "<label for=ezvk.vervaldatum>Vervaldatum</label><section class=adminjs_DatePicker><div>
 * <div><input placeholder=YYYY/MM/DD></div></div></section>": a section element that only wraps one field's
 * editor, right after its caption, is the widget's box, not a part of the page.
 */
function widgetSection(box: Element): boolean {
  return box.tagName === 'SECTION' && captionAhead(box) && visibleControlCount(box) === 1;
}

function adjacentText(control: Element, direction: 'previousSibling' | 'nextSibling', levels: number): string {
  let node: Node = control;
  for (let level = 0; level <= levels; level++) {
    if (direction === 'previousSibling' && node !== control && titlesGroup(node as Element)) return '';
    // Past six wrappers, only a caption that says it is one (a label, a "…label" block): a line of
    // words that far above is more likely a part's title than this field's caption.
    const words = level > 6 && !captionAhead(node as Element) && !captionWidgetAhead(node as Element) ? null : siblingWords(node, direction, IGNORED);
    if (words !== null) return words;
    const parent = node.parentElement;
    if (!parent || (BOUNDARY.has(parent.tagName) && !widgetSection(parent))) return '';
    node = parent;
  }
  return '';
}

/** Radios: the group's label is the field's label; each radio's own label is one of its options. */
function* radioGroupEvidence(radio: HTMLInputElement, cache: EvidenceCache): Generator<Evidence> {
  const group = radioGroup(radio, cache);
  if (group.length < 2) {
    yield* labelEvidence(radio, cache);
    yield* surroundingEvidence(radio, cache);
    yield* attributeEvidence(radio);
    return;
  }
  const container = commonAncestor(group);
  const radiogroup = radio.closest('[role=radiogroup]');
  if (radiogroup) {
    const label = radiogroup.getAttribute('aria-label');
    if (label) yield { source: 'group-label', text: label };
    const ids = radiogroup.getAttribute('aria-labelledby');
    const root = radio.getRootNode() as Document | ShadowRoot;
    const labelled = ids ? ids.split(/\s+/).map((id) => root.getElementById?.(id)).filter((e): e is HTMLElement => !!e) : [];
    for (const el of labelled) yield { source: 'group-label', text: textOf(el, 160, REFERENCED) };
  }
  const fieldset = container?.closest('fieldset');
  if (fieldset && fieldset.querySelectorAll(CONTROL_SELECTOR).length === group.length) {
    const text = legendText(fieldset);
    if (text) yield { source: 'group-label', text };
  }
  if (container && container !== radio) {
    // "<div><span>Attestation AMU</span><label><input type=radio> Oui</label>…</div>": the words
    // before the first radio's wrapper, inside the group's container.
    let first: Element = group[0]!;
    while (first.parentElement && first.parentElement !== container) first = first.parentElement;
    const inside = precedingText(first);
    if (inside) yield { source: 'group-label', text: inside };
    yield* surroundingEvidence(container, cache);
  }
  const name = identifierWords(radio.getAttribute('name') ?? '');
  if (name) yield { source: 'name', text: name };
}

export function radioGroup(radio: HTMLInputElement, cache: EvidenceCache): HTMLInputElement[] {
  const name = radio.getAttribute('name');
  if (!name) return namelessRadioGroup(radio);
  const root = radio.form ?? (radio.getRootNode() as Document | ShadowRoot);
  let groups = cache.radioGroups.get(root);
  if (!groups) {
    groups = new Map();
    for (const el of Array.from(root.querySelectorAll('input[type]')) as HTMLInputElement[]) {
      if (el.getAttribute('type')?.toLowerCase() !== 'radio') continue;
      const n = el.getAttribute('name');
      if (!n) continue;
      const list = groups.get(n);
      if (list) list.push(el);
      else groups.set(n, [el]);
    }
    cache.radioGroups.set(root, groups);
  }
  return groups.get(name) ?? [radio];
}

/** How far up a nameless radio looks for its siblings (its label, a row, the group's box). */
const NAMELESS_GROUP_LEVELS = 4;

/**
 * Radios without a name (Alpine's x-model, Vue's v-model, React's controlled inputs bind them
 * by script): the group is the nameless radios of the nearest container holding more than one,
 * as long as that container holds no other kind of control (then the radio stands alone).
 */
function namelessRadioGroup(radio: HTMLInputElement): HTMLInputElement[] {
  let node = radio.parentElement;
  for (let level = 0; node && level < NAMELESS_GROUP_LEVELS; level++, node = node.parentElement) {
    const controls = node.querySelectorAll(CONTROL_SELECTOR);
    if (controls.length < 2) continue;
    const radios: HTMLInputElement[] = [];
    for (const c of Array.from(controls)) {
      const type = c.tagName === 'INPUT' ? c.getAttribute('type')?.toLowerCase() : undefined;
      if (type === 'hidden') continue;
      if (type !== 'radio' || c.hasAttribute('name')) return [radio];
      radios.push(c as HTMLInputElement);
    }
    if (radios.length > 1) return radios;
  }
  return [radio];
}

function commonAncestor(elements: readonly Element[]): Element | null {
  let ancestor = elements[0]?.parentElement ?? null;
  while (ancestor && !elements.every((e) => ancestor!.contains(e))) ancestor = ancestor.parentElement;
  return ancestor;
}

/** Texts of a select's options, a datalist's options, or a radio group's labels. */
export function optionTexts(control: FormControl, cache: EvidenceCache): string[] {
  if (control.tagName === 'SELECT') {
    const out: string[] = [];
    const options = (control as HTMLSelectElement).options;
    for (let i = 0; i < options.length && out.length < 60; i++) {
      const t = options[i]!.text.trim() || options[i]!.value;
      if (t) out.push(t);
    }
    return out;
  }
  if (control.getAttribute('type')?.toLowerCase() === 'radio') {
    return radioGroup(control as HTMLInputElement, cache)
      .map((r) => radioLabel(r, cache))
      .filter((t) => t);
  }
  const listbox = listboxOptionTexts(control);
  if (listbox.length) return listbox;
  const list = control.getAttribute('list');
  if (list) {
    const datalist = (control.getRootNode() as Document | ShadowRoot).getElementById?.(list);
    if (datalist) return Array.from(datalist.querySelectorAll('option')).slice(0, 60).map((o) => o.value || o.textContent || '');
  }
  return [];
}

function radioLabel(radio: HTMLInputElement, cache: EvidenceCache): string {
  for (const e of labelEvidence(radio, cache)) return e.text;
  return followingText(radio) || radio.value;
}

/**
 * A select widget that puts its current choice before its name in its accessible name (Base Web,
 * Streamlit: "Selected Travel insurance. Who pays the hospital bill?"): the name is what follows.
 */
const SELECTED_PREFIX = /^selected\b[^.]*\.\s+(?=\S)/i;
function withoutSelection(label: string): string {
  return label.replace(SELECTED_PREFIX, '');
}
