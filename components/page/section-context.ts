/**
 * The section a control sits in, as words, nearest first: its fieldset legend, the labelled
 * group or region around it, the heading before it or before one of its ancestors. "Numéro"
 * under "Carte européenne d'assurance maladie" is the EHIC's number; "Commune" under
 * "Personne de contact" is not the patient's commune. Memoised per ancestor.
 */
import { classifyText } from './classify-text';
import { cssString, labelTarget, soleHeadingText, styledAsTitle, textOf, holdsControl, visibleControlCount, CONTROL_SELECTOR, VISIBLE_CONTROL_SELECTOR } from './text-of';

export type ContextCache = WeakMap<Element, readonly string[]>;

export function createContextCache(): ContextCache {
  return new WeakMap();
}

const HEADING_TAG = /^H[1-6]$/;
const HEADING_SELECTOR = 'h1,h2,h3,h4,h5,h6,[role=heading]';
/** "ms-crm-InlineTabHeader", "sectionTitleText": a heading's class in camel case. */
const CAMEL_HEADING_CLASS = /[a-z](Header|Heading|Title|Titre|Titel|Caption)(Text|Label)?([\s_-]|$)/;
const HEADING_CLASS = /(^|[\s_-])(title|titre|titel|header|heading|caption|legend|separator|section-?title|panel-heading|card-header|kop|sub-?(title|header|heading)|group-title|block-title|section-header|(section|panel|card|form|block|group)-?head)([\s_-]|$)/i;
const SUBTITLE_CLASS = /(^|[\s_-])sub-?title([\s_-]|$)|subtitle/i;
const NO_SIBLING_SCAN = new Set(['TR', 'TD', 'TH', 'TBODY', 'THEAD', 'TFOOT', 'OPTION', 'OPTGROUP', 'DD', 'DT', 'BODY', 'HTML', 'HEAD']);
const LABELLED_ROLES = new Set(['group', 'region', 'radiogroup', 'tabpanel', 'dialog', 'form', 'tablist', 'complementary']);
const LABELLED_TAGS = new Set(['FIELDSET', 'SECTION', 'FORM', 'DIALOG', 'ARTICLE', 'ASIDE']);
const MAX_TEXTS = 4;
const SLOT_TITLE = /^(summary|title|header|heading)$/;
/** <ion-list-header>, <mat-card-title>, <v-subheader>: a web component named as a heading. */
const HEADING_ELEMENT = /-(header|title|subheader|heading)$/;

/** Section texts for a control, nearest first (at most four). */
export function sectionTexts(control: Element, cache: ContextCache): readonly string[] {
  const parent = parentOf(control);
  return unique([headingBefore(control).text, ...(parent ? contextOf(parent, cache) : [])]);
}

function contextOf(node: Element, cache: ContextCache): readonly string[] {
  const known = cache.get(node);
  if (known) return known;
  const parent = parentOf(node);
  const tag = node.tagName;
  const before = tag === 'TR' ? [headingRowBefore(node)] : tag === 'TABLE' ? [captionCellBefore(node), ...headingsBefore(node)] : headingsBefore(node);
  const texts = unique([ownLabel(node), ...before, ...(parent ? contextOf(parent, cache) : [])]);
  cache.set(node, texts);
  return texts;
}

function unique(texts: readonly string[]): readonly string[] {
  const out: string[] = [];
  for (const t of texts) if (t && !out.includes(t) && out.length < MAX_TEXTS) out.push(t);
  return out;
}

/** Up through shadow roots to their hosts; not out of a frame. */
export function parentOf(node: Node): Element | null {
  if (node.parentElement) return node.parentElement;
  const p = node.parentNode;
  return p && p.nodeType === 11 && 'host' in p ? ((p as ShadowRoot).host ?? null) : null;
}

/** A fieldset's legend, a labelled group/region/tabpanel, a table caption, a details summary. */
function ownLabel(node: Element): string {
  const tag = node.tagName;
  if (tag === 'FIELDSET') {
    const legend = Array.from(node.children).find((c) => c.tagName === 'LEGEND');
    if (legend) return textOf(legend, 100);
  }
  if (tag === 'TABLE' || tag === 'DETAILS') {
    const title = Array.from(node.children).find((c) => c.tagName === 'CAPTION' || c.tagName === 'SUMMARY');
    if (title) return textOf(title, 100);
  }
  // <vaadin-details><div slot="summary">, a web component's slotted title.
  if (tag.includes('-')) {
    const title = Array.from(node.children).find((c) => SLOT_TITLE.test(c.getAttribute('slot') ?? ''));
    if (title) return textOf(title, 100);
  }
  const role = node.getAttribute('role');
  if ((role && LABELLED_ROLES.has(role)) || LABELLED_TAGS.has(tag)) {
    const ids = node.getAttribute('aria-labelledby');
    if (ids) {
      const root = node.getRootNode() as Document | ShadowRoot;
      const text = ids
        .split(/\s+/)
        .map((id) => root.getElementById?.(id))
        .filter((el): el is HTMLElement => !!el)
        .map(labelText)
        .join(' ')
        .trim();
      if (text) return text;
    }
    const label = node.getAttribute('aria-label');
    if (label) return label.trim();
  }
  // A tab's panel (role=tabpanel, Bootstrap's .tab-pane): titled by the tab that shows it
  // (aria-controls, or a link to its id), as a clerk reads "Kontaktpersonen" above its fields.
  // A disclosure's or accordion's content (SLDS' expandable section, Carbon's accordion): titled by
  // the button that opens it (aria-controls with aria-expanded).
  // (The id attribute, not `.id`: a form holding an <input name="id"> answers `.id` with that input.)
  const ownId = node.getAttribute('id');
  if (ownId) {
    const tabbed = role === 'tabpanel' || node.classList.contains('tab-pane');
    const root = node.getRootNode() as Document | ShadowRoot;
    const id = cssString(ownId);
    let tab = root.querySelector?.(tabbed ? `[aria-controls="${id}"], a[href="#${id}"]` : `[aria-controls="${id}"][aria-expanded]`);
    // WebDev's "<table class=wbOnglets><td><a href="#dwwA40_4">Personne de contact</a></td>" over a
    // plain "<div id=dwwA40_4>": a link to the part's id from a strip of tabs.
    if (!tab && !tabbed) {
      const link = root.querySelector?.(`a[href="#${id}"]`);
      if (link && inTabStrip(link)) tab = link;
    }
    if (tab && tab !== node && !tab.contains(node)) {
      const text = labelText(tab);
      if (text) return text;
    }
  }
  if (role === 'tabpanel' || node.classList.contains('tab-pane')) {
    const tab = tabByPosition(node, role === 'tabpanel');
    if (tab) return labelText(tab);
  }
  // "<vaadin-tab role=tab id=tab-kontakt>Kontakte</vaadin-tab>" … "<div class=tab-content id=content-kontakt>": a
  // tab and its panel paired only by the last word of their ids.
  if (ownId && (role === 'tabpanel' || TAB_PANEL_CLASS.test(node.getAttribute('class') ?? ''))) {
    const tab = tabBySharedIdEnd(node, ownId);
    if (tab) return labelText(tab);
  }
  // W3.CSS's tabs (w3schools' pattern): "<button class="w3-bar-item tablink">Kontaktperson</button>" … "<div
  // id=Kontaktperson class="w3-container tab" hidden>": a panel a script shows, named by the button of its id's words.
  const cls = node.getAttribute('class') ?? '';
  if (ownId && WORD_ID.test(ownId) && (node.hasAttribute('hidden') || SCRIPTED_PANEL_CLASS.test(cls) || TAB_PANEL_CLASS.test(cls))) {
    const tab = buttonNamedAs(node, ownId);
    if (tab) return labelText(tab);
  }
  return '';
}

/** An id that is a word ("Kontaktperson", "billing"), not a generated one. */
const WORD_ID = /^[A-Za-z]{4,30}$/;
/** A panel's class: a tab panel's (TAB_PANEL_CLASS) or w3schools' bare "tab" / "tabcontent". */
const SCRIPTED_PANEL_CLASS = /(^|\s)(tabs?|tabcontent)(\s|$)/i;

function buttonNamedAs(panel: Element, id: string): Element | null {
  const root = panel.getRootNode() as Document | ShadowRoot;
  const wanted = id.toLowerCase();
  for (const button of Array.from(root.querySelectorAll?.('button, [role=tab], a[href]') ?? [])) {
    if (!panel.contains(button) && (button.textContent ?? '').trim().toLowerCase() === wanted) return button;
  }
  return null;
}

const TAB_PANEL_CLASS = /(^|[\s_-])tab-?(content|pane|panel|page|body)([\s_-]|$)/i;

function tabBySharedIdEnd(panel: Element, id: string): Element | null {
  const end = /[-_]([A-Za-z][\w]{2,})$/.exec(id)?.[1];
  if (!end) return null;
  const root = panel.getRootNode() as Document | ShadowRoot;
  for (const tab of Array.from(root.querySelectorAll?.('[role=tab][id]') ?? [])) {
    const tabId = tab.getAttribute('id')!;
    if (tabId !== id && (tabId.endsWith(`-${end}`) || tabId.endsWith(`_${end}`)) && !tab.contains(panel)) return tab;
  }
  return null;
}

/**
 * qooxdoo's TabView: a tablist of role=tab buttons, then the role=tabpanel pages, tied by nothing
 * but their order (no id, no aria-controls). UI Bootstrap's tabset: "<ul class="nav nav-tabs"><li><a
 * href="#">CPAS / AMU</a></li>…</ul><div class=tab-content><div class=tab-pane>…" the same, without
 * ARIA. The tab at the panel's place among equally many, as the clerk sees it above the page.
 */
function tabByPosition(panel: Element, byRole: boolean): Element | null {
  const box = panel.parentElement;
  if (!box) return null;
  const panels: Element[] = [];
  let tablist: Element | null = null;
  for (let child = box.firstElementChild; child; child = child.nextElementSibling) {
    const role = child.getAttribute('role');
    if (byRole ? role === 'tabpanel' : child.classList.contains('tab-pane')) panels.push(child);
    else if (role === 'tablist' && !tablist) tablist = child;
  }
  // Bootstrap: the strip of tabs right before the box of panes.
  const before = box.previousElementSibling;
  if (!tablist && !byRole && before && (before.getAttribute('role') === 'tablist' || TAB_STRIP_CLASS.test(before.getAttribute('class') ?? ''))) tablist = before;
  if (!tablist) return null;
  let tabs: ArrayLike<Element> = tablist.querySelectorAll('[role=tab]');
  if (!tabs.length && !byRole) tabs = Array.from(tablist.children).filter((c) => c.tagName === 'LI' || c.tagName === 'A' || c.tagName === 'BUTTON');
  return tabs.length === panels.length ? tabs[panels.indexOf(panel)] ?? null : null;
}

const TAB_STRIP_CLASS = /onglet|reiter|tablist|tabstrip|tab-?bar|tabset|(^|[\s_-])(nav-)?tabs?([\s_-]|$)/i;

/** A link that is a tab: role=tab, or in a box (up to three levels up) that is a tab strip by its role or class. */
function inTabStrip(link: Element): boolean {
  if (link.getAttribute('role') === 'tab') return true;
  let box = link.parentElement;
  for (let depth = 0; box && depth < 4; depth++, box = box.parentElement) {
    if (box.getAttribute('role') === 'tablist' || TAB_STRIP_CLASS.test(box.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/**
 * A heading's words, also when they are those of the toggle button it is or holds (Bootstrap's
 * "<h2 class=accordion-header><button>Carte européenne</button></h2>", Carbon's accordion button).
 */
function headingText(el: Element): string {
  const text = textOf(el, 100);
  if (text || el.childElementCount > 3) return text;
  // Flutter's "<flt-semantics role=heading aria-label="Verblijfsdocument"></flt-semantics>": words said only to assistive technology.
  if (!el.firstChild) return el.getAttribute('aria-label')?.trim().slice(0, 100) ?? '';
  const button = el.tagName === 'BUTTON' ? el : el.querySelector('button');
  return button ? labelText(button) : '';
}

/** The words of an element that labels a part: also a button's (`<button role=tab>Kontaktperson</button>`), which textOf skips. */
function labelText(el: Element): string {
  return textOf(el, 100) || (el.tagName === 'BUTTON' ? (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 100) : '');
}

/**
 * The nearest heading among the element's previous siblings, and when it is an h1–h6 the nearest
 * of a higher rank before it (h2 before h3): Tally's question captions are h3 blocks under the h2
 * of their part ("ÖSHZ", then "Zuständiges Zentrum", then the field).
 */
function headingsBefore(node: Element): string[] {
  const nearest = headingBefore(node);
  if (!nearest.text || !nearest.heading) return [nearest.text];
  const rank = rankOf(nearest.heading.element)!;
  let sibling = nearest.heading.box.previousElementSibling;
  for (let steps = 0; sibling && steps < 40; steps++, sibling = sibling.previousElementSibling) {
    const outer = rankOf(sibling) !== null ? sibling : soleHeadingOf(sibling);
    if (outer && rankOf(outer)! < rank) {
      const text = headingText(outer);
      return text ? [nearest.text, text] : [nearest.text];
    }
  }
  return [nearest.text];
}

/** 1 to 6 for h1 to h6, null for anything else. */
function rankOf(el: Element): number | null {
  return HEADING_TAG.test(el.tagName) ? Number(el.tagName[1]) : null;
}

/** The h1–h6 (or role=heading) a box holds alone, through a few single-child boxes, or null. */
function soleHeadingOf(el: Element): Element | null {
  return soleChild(el, 4, (node) => HEADING_TAG.test(node.tagName) || node.getAttribute('role') === 'heading');
}

/** The first element down a chain of only children (at most `depth` steps) that passes `test`. */
function soleChild(el: Element, depth: number, test: (node: Element) => boolean): Element | null {
  let node: Element | null = el;
  for (let step = 0; node && node.childElementCount === 1 && step < depth; step++) {
    node = node.firstElementChild;
    if (node && test(node)) return node;
  }
  return null;
}

const PART_TITLE_CLASS = /(^|[\s_-])(role-title|(section|panel|card|group|block)-?(title|header|heading))([\s_-]|$)/i;

interface FoundHeading {
  readonly text: string;
  /** The h1–h6 the words came from and its box among the siblings scanned (only for a heading proper). */
  readonly heading?: { readonly element: Element; readonly box: Element };
}

const NO_HEADING: FoundHeading = { text: '' };
const found = (text: string): FoundHeading => (text ? { text } : NO_HEADING);

/** The nearest heading among the element's previous siblings (up to 25 back). */
function headingBefore(node: Element): FoundHeading {
  if (NO_SIBLING_SCAN.has(node.tagName)) return NO_HEADING;
  let sibling = node.previousElementSibling;
  const hidden = node.hasAttribute('hidden');
  // Whether the node holds words of its own (a caption beside its field), read once if a row asks.
  let words: boolean | undefined;
  const ownWords = (): boolean => (words ??= !!textOf(node, 20));
  for (let steps = 0; sibling && steps < 25; steps++, sibling = sibling.previousElementSibling) {
    // The heading itself, not the description after it in the same box.
    const opening = openingHeading(sibling);
    if (opening) return found(opening);
    if (isHeadingLike(sibling)) {
      // "<div class=office-form-section-title>EKVK</div><div class=office-form-section-subtitle>As on the
      // card</div>" (Microsoft Forms): a subtitle right under its title; the title names the part.
      // An h1–h6 is a heading of its own, whatever its class ("<h3 class=card__subtitle>Holiday address</h3>").
      const title = SUBTITLE_CLASS.test(sibling.getAttribute('class') ?? '') && rankOf(sibling) === null ? sibling.previousElementSibling : null;
      if (title && isHeadingLike(title)) {
        const t = headingText(title);
        if (t) return found(t);
      }
      // A part shown or hidden as one (Zoho Creator hides a section's title and its fields each
      // with `hidden`): a hidden heading still titles the hidden fields after it.
      const t = hidden && sibling.hasAttribute('hidden') ? textOfChildren(sibling) : headingText(sibling);
      if (t) {
        const element = rankOf(sibling) !== null ? sibling : soleHeadingOf(sibling);
        return element && rankOf(element) !== null ? { text: t, heading: { element, box: sibling } } : found(t);
      }
    }
    const boxHeading = headingOpeningBox(sibling);
    if (boxHeading) {
      const t = headingText(boxHeading);
      if (t) return rankOf(boxHeading) !== null ? { text: t, heading: { element: boxHeading, box: sibling } } : found(t);
    }
    const lead = boldLead(sibling) || wordsOnlyRow(sibling, node, ownWords);
    if (lead) return found(lead);
    // "<div class=zenText>Aide médicale urgente</div><table>…fields…</table>": a short line of
    // plain words right before a layout table of fields titles it.
    if (steps === 0) {
      const title = plainTitle(sibling, node) || labelBeforeBox(sibling, node);
      if (title) return found(title);
    }
    // "<div><p>Travel / expat cover</p><input placeholder=Insurer><input placeholder="Policy #"></div>":
    // a line of plain words opening a box of fields, nothing else in it, titles them all.
    if (!sibling.previousElementSibling) {
      const title = openingTitle(sibling);
      if (title) return found(title);
    }
  }
  return NO_HEADING;
}

/**
 * Bahmni's "<div class=field-attribute><label for=BE_ezvk>EZVK</label></div><div class=field-value>[x]
 * voorgelegd [Land] [Kaartnr. (8)] [Verv. (9)]</div>": the caption of a row's first field, before a box
 * of several, is the row's caption for all of them.
 */
function labelBeforeBox(before: Element, box: Element): string {
  if (before.childElementCount > 1 || holdsControl(before)) return '';
  const label = before.tagName === 'LABEL' ? before : before.firstElementChild;
  const control = label?.tagName === 'LABEL' ? labelTarget(label) : null;
  return control && visibleControlCount(box) >= 2 && box.contains(control) ? textOf(label!, 60) : '';
}

/**
 * Castor EDC's "<div class="FieldContainer FieldContainer--remark"><div class=RemarkText>European Health
 * Insurance Card (EHIC)</div></div>" among its "<div class=FieldContainer>" rows: a row of the field's own
 * kind (a class in common) holding one short line of words and no field titles the rows after it. Only
 * between rows that hold their own captions (a box of the field alone has its caption beside it), and only
 * a line in one element that is all the row's words: a read-only row "<span>N° de séjour</span>
 * <span>2026-0042</span>" (a caption and its value apart) titles nothing.
 */
function wordsOnlyRow(row: Element, field: Element, fieldHasWords: () => boolean): string {
  const own = field.classList;
  if (own.length === 0 || !Array.from(row.classList).some((c) => own.contains(c)) || holdsControl(row)) return '';
  if (!fieldHasWords()) return '';
  let line: Element = row;
  while (line.childElementCount === 1) line = line.firstElementChild!;
  if (line.childElementCount > 0 || line.tagName === 'LABEL') return '';
  const text = plainLine(line);
  // All the row's words: not "assurance voyage" in bold inside "Si le patient a une assurance voyage, voir plus bas."
  return text && text === (row.textContent ?? '').replace(/\s+/g, ' ').trim() ? text : '';
}

function plainTitle(before: Element, group: Element): string {
  const text = plainLine(before);
  if (!text || visibleControlCount(group) < 2) return '';
  if (group.tagName === 'TABLE') return text;
  // Base Web's "<div data-baseweb=typo-labellarge>Travel insurance</div><div data-baseweb=flex-grid>…<label>Insurer</label>
  // <input>…<label>Policy no.</label><input>…</div>": right before a box of fields with captions of their own, a line
  // that names a kind of ours. (Not a help or status line under a heading: "<h3>Contactpersoon</h3><div>Marie Dupont</div>",
  // "<h4>Assurance voyage</h4><p>Uniquement pour les patients étrangers</p>".)
  const above = before.previousElementSibling;
  if (group.getElementsByTagName('label').length < 2 || (above && isHeadingLike(above))) return '';
  const named = classifyText(text, 'text');
  return named.kind && named.weight >= 0.8 ? text : '';
}

/** A short line of plain words that could title fields: no child element, no label, no control, no closing punctuation. */
function plainLine(el: Element): string {
  if (el.childElementCount > 0 || el.tagName === 'LABEL' || holdsControl(el)) return '';
  const text = textOf(el, 60);
  return !text || text.length > 50 || /[:.?!]$/.test(text) ? '' : text;
}

function openingTitle(first: Element): string {
  // Through a wrapper or two: Nuxt UI's card "<div class="px-4 py-3"><p class=font-semibold>Reisverzekering</p></div>
  // <div class="p-4 space-y-4">…fields…</div>".
  // Not through a strip of tabs or a widget ("<div role=tablist><a role=tab>Contactpersonen</a></div>"): a box without a role.
  let line = first;
  for (let depth = 0; depth < 2 && line.childElementCount === 1 && !line.hasAttribute('role') && !holdsControl(line); depth++) line = line.firstElementChild!;
  // Down a wrapper, only a line drawn as a title ("font-semibold"): not a status line ("Ingevuld door de partner").
  if (line !== first && (line.hasAttribute('role') || !styledAsTitle(first))) return '';
  const text = line.tagName === 'LABEL' ? captionOfNest(line) : plainLine(line);
  if (!text) return '';
  let fields = 0;
  for (let child = first.nextElementSibling; child; child = child.nextElementSibling) {
    if (child.matches(CONTROL_SELECTOR)) fields += child.matches(VISIBLE_CONTROL_SELECTOR) ? 1 : 0;
    else if (holdsControl(child)) fields += visibleControlCount(child);
    // An empty box for a validation message (AdminJS's "adminjs_FormMessage") says nothing.
    else if (child.childElementCount > 0 || /\S/.test(child.textContent ?? '')) return '';
  }
  return fields >= 2 ? text : '';
}

/**
 * uniforms' nested field, Formtastic's: "<div class=nest-sub><label>Ezvk</label><div class=row>…<label
 * for=…>Kaartnummer</label><input>…</div></div>": a caption tied to nothing, opening a box of several
 * fields and nothing else, titles them (it stays the caption of the first field after it too).
 */
function captionOfNest(label: Element): string {
  // (AdminJS's object property: "<label for=insurance>Reisverzekering</label><section>…insurance.company,
  // insurance.policyNumber…</section>": a `for` naming no element ties the caption to nothing.)
  if (labelTarget(label) || label.childElementCount > 0 || holdsControl(label)) return '';
  const text = textOf(label, 60);
  return !text || text.length > 50 || /[:.?!]$/.test(text) ? '' : text;
}

function textOfChildren(el: Element): string {
  let text = '';
  for (let c = el.firstChild; c && text.length < 100; c = c.nextSibling) {
    const t = c.nodeType === 3 ? (c.nodeValue ?? '').trim() : textOf(c, 100);
    if (t) text = text ? `${text} ${t}` : t;
  }
  return text.slice(0, 100);
}

/**
 * The nearest row above made of one cell with words and no control ("<tr class=heading><td
 * colspan=4>8. PERSONNES À PRÉVENIR</td></tr>"): the title of a layout table's part, also for a
 * table nested further down (the cells of the table itself get it from table-index.ts).
 */
function headingRowBefore(row: Element): string {
  let sibling = row.previousElementSibling;
  for (let steps = 0; sibling && steps < 40; steps++, sibling = sibling.previousElementSibling) {
    if (sibling.tagName !== 'TR' || sibling.childElementCount !== 1) continue;
    const cell = sibling.firstElementChild!;
    if ((cell.tagName === 'TD' || cell.tagName === 'TH') && !holdsControl(cell)) {
      // osTicket's form header: its one heading titles the rows, not the note under it.
      const t = soleHeadingText(cell) || textOf(cell, 100);
      if (t) return t;
    }
  }
  return '';
}

/**
 * A classic ASP form's "<tr><td><b>C.E.A.M.</b></td><td><table><tr><td>[x] PRÉSENTÉE</td><td>PAYS</td>
 * <td><select></td><td>N° CARTE (8)</td>…</table></td></tr>": a table nested in a cell is titled by
 * the cell before it in the outer row when that cell holds words and no control (the row's caption).
 */
function captionCellBefore(table: Element): string {
  const cell = table.parentElement;
  const row = cell?.parentElement;
  if (!cell || cell.tagName !== 'TD' || !row || row.childElementCount !== 2) return '';
  const before = cell.previousElementSibling;
  if (!before || (before.tagName !== 'TD' && before.tagName !== 'TH') || before.hasAttribute('rowspan') || holdsControl(before)) return '';
  // Only a short caption in plain inline markup: a menu of links, a banner "Médecin traitant : Dr …" or a
  // line of help beside a form is no title of it.
  for (const el of Array.from(before.querySelectorAll('*'))) if (!CAPTION_INLINE.has(el.tagName)) return '';
  const text = textOf(before, 100);
  return text.length <= 40 && !/:\s*\S/.test(text) ? text : '';
}

const CAPTION_INLINE = new Set(['B', 'STRONG', 'FONT', 'SPAN', 'I', 'EM', 'SMALL', 'U', 'LABEL']);

/**
 * "<div class=euiDescribedFormGroup__descriptionColumn><h3>EKVK</h3><p>Europäische
 * Krankenversicherungskarte.</p></div>" beside the fields' column (Elastic's described form group,
 * Polaris' annotated section): a heading that opens a small box of words, with no field and no
 * menu, titles the fields after the box.
 */
function openingHeading(el: Element): string {
  // Through a wrapper or two: Wufoo's "<li class=section><section><h3>EHIC / GHIC</h3><div>Copy the fields…</div></section></li>".
  let box = el;
  for (let depth = 0; depth < 2 && box.childElementCount === 1; depth++) box = box.firstElementChild!;
  const first = box.firstElementChild;
  if (!first || box.childElementCount > 3 || !(HEADING_TAG.test(first.tagName) || first.getAttribute('role') === 'heading')) return '';
  if (holdsControl(el) || el.querySelector('nav')) return '';
  return headingText(first);
}

/**
 * Ninja Forms' HTML field: "<div class=nf-field-container><div class=nf-before-field></div><div
 * class=nf-field>…<h3>EZVK</h3><p>Velden 3, 8 en 9 overnemen.</p>…</div><div class=nf-after-field>
 * </div></div>": a short box of its own, with no control, whose words open with a heading a few
 * wrappers down: the heading titles the fields after the box.
 */
function headingOpeningBox(el: Element): Element | null {
  // Fields first: a row of fields is turned away at its first control, before a heading is looked for.
  if (holdsControl(el)) return null;
  const heading = el.querySelector(HEADING_SELECTOR);
  if (!heading || el.querySelector('nav')) return null;
  const all = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  const words = (heading.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!words || all.length > 160 || !all.startsWith(words)) return null;
  // A notice, a banner, a dialog ("<div class=notification-banner><h2>Important</h2><p>…"): its heading
  // titles the notice, not the fields after it. Only a few wrappers deep.
  let depth = 0;
  for (let box: Element | null = heading.parentElement; box && box !== el; box = box.parentElement) {
    if (++depth > 5 || NOTICE.test(box.getAttribute('class') ?? '') || NOTICE_ROLE.test(box.getAttribute('role') ?? '')) return null;
  }
  return NOTICE.test(el.getAttribute('class') ?? '') || NOTICE_ROLE.test(el.getAttribute('role') ?? '') ? null : heading;
}

const NOTICE = /(^|[\s_-])(modal|dialog|banner|notification|alert|callout|toast|notice|popover|tooltip)([\s_-]|$)/i;
const NOTICE_ROLE = /^(dialog|alertdialog|alert|status|banner)$/;

const BOLD = new Set(['STRONG', 'B']);

/**
 * A note that opens with a bold title ("<strong>Assurance voyage</strong> — à compléter
 * si…", Orbeon's explanation, a paragraph of help): the title names the fields below it.
 * Only its first element, at the very start of the note's words, and without a control.
 */
function boldLead(el: Element): string {
  if (el.childElementCount > 3 || holdsControl(el)) return '';
  let first: Element | null = el;
  for (let depth = 0; first && depth < 4 && !BOLD.has(first.tagName); depth++) first = first.firstElementChild;
  if (!first || !BOLD.has(first.tagName)) return '';
  const lead = textOf(first, 100);
  if (!lead || lead.length > 80) return '';
  const all = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return all.startsWith(lead) ? lead : '';
}

function isHeadingLike(el: Element): boolean {
  const tag = el.tagName;
  // A strip of tabs ("<ul class=ui-widget-header role=tablist>"): its panel takes its tab's words, not all of them.
  if (el.getAttribute('role') === 'tablist') return false;
  // A disclosure over a part it opens and closes ("<div role=button aria-expanded=false>CPAS / OCMW</div><div
  // hidden>…fields…</div>", kintone's group field, an accordion's button): not a list's or a menu's trigger.
  if (el.hasAttribute('aria-expanded') && !el.hasAttribute('aria-haspopup') && (tag === 'BUTTON' || el.getAttribute('role') === 'button') && !holdsControl(el)) return true;
  if (HEADING_TAG.test(tag) || tag === 'LEGEND' || el.getAttribute('role') === 'heading') return true;
  // Gradio's accordion: "<button class=label-wrap><span>EHIC / GHIC</span><span class=icon>▼</span></button><div>…fields…</div>":
  // a button with a chevron, no menu behind it, right over the box it opens, its words naming a kind
  // (a "Plus d'options ▾" toggle leaves the title above it in charge).
  if ((tag === 'BUTTON' || el.getAttribute('role') === 'button') && !el.hasAttribute('aria-haspopup') && hasChevron(el) && opensFields(el)) return true;
  if (HEADING_ELEMENT.test(tag.toLowerCase()) && !holdsControl(el)) return true;
  // A heading wrapped in a few single-child boxes (Streamlit's markdown container, a widget's shell).
  if (soleHeading(el)) return true;
  // "<header><div><h3>EZVK</h3><p>Europese ziekteverzekeringskaart</p></div></header>" (Phoenix's
  // core components): a section's own header element, with a heading in it, no field and no menu.
  if (tag === 'HEADER' && el.querySelector(HEADING_SELECTOR) && !el.querySelector('nav') && !holdsControl(el)) return true;
  // A terminal screen's ruler line, "--- KONTAKTPERSON -----" (IBM HATS over a 3270 screen).
  if (el.childElementCount <= 2 && !holdsControl(el) && RULER_HEADING.test(el.textContent ?? '')) return true;
  // Plone's label widget: "<div class=field><label for=lblEzvk>EZVK</label><div class=formHelp>Europese
  // ziekteverzekeringskaart…</div></div>", a caption tied to no field in a block without one.
  if (danglingLabelBlock(el)) return true;
  // Qualtrics' descriptive question: "<div class=QuestionOuter>…<legend><div><h3>Carte européenne…</h3></div></legend><div
  // class=QuestionBody></div>…</div>", a block of nothing but one heading, however deep.
  if (headingOnlyBlock(el)) return true;
  // Spectre's CSS-only accordion: "<input type=checkbox id=acc hidden><label class=accordion-header for=acc>EZVK</label>
  // <div class=accordion-body>…fields…</div>": a header's label that only opens the part after it.
  if (tag === 'LABEL' && togglesPart(el)) return true;
  // "<div class=webix_section><div class=webix_section_header>Contactpersonen</div></div>": a wrapper of one heading.
  if (el.childElementCount === 1 && headingByClass(el.firstElementChild!)) return true;
  // Anvil's "<div class=anvil-panel-section>…boxes of one child…<div class="anvil-label anvil-role-title">CEAM</div>":
  // deeper, only a class that says a part's title (a field's "field-title" is its own caption).
  if (soleChild(el, 7, (node) => PART_TITLE_CLASS.test(node.getAttribute('class') ?? '') && headingByClass(node))) return true;
  return headingByClass(el);
}

const CHEVRON_GLYPH = /^[\u25B2\u25B4\u25BC\u25BE\u2304\u02C5]$/;
const CHEVRON_CLASS = /(^|[\s_-])(chevron|caret)([\s_-]|$)/i;

/** One of two or three children drawn as a chevron (a "▼" glyph, a chevron's or caret's class). */
function hasChevron(button: Element): boolean {
  if (button.childElementCount < 2 || button.childElementCount > 3) return false;
  for (let child = button.firstElementChild; child; child = child.nextElementSibling) {
    if (CHEVRON_GLYPH.test((child.textContent ?? '').trim()) || CHEVRON_CLASS.test(child.getAttribute('class') ?? '')) return true;
  }
  return false;
}

/** The button holds no field, the box right after it holds some, and its words name a kind. */
function opensFields(button: Element): boolean {
  const next = button.nextElementSibling;
  return !holdsControl(button) && !!next && holdsControl(next) && classifyText(labelText(button), 'text').kind !== undefined;
}

/** A label drawn as a part's header whose box is a hidden toggle, with the part's fields right after it. */
function togglesPart(label: Element): boolean {
  const cls = label.getAttribute('class') ?? '';
  if (!(HEADING_CLASS.test(cls) || CAMEL_HEADING_CLASS.test(cls)) || holdsControl(label)) return false;
  const toggle = labelTarget(label);
  const next = label.nextElementSibling;
  return !!toggle && toggle.hasAttribute('hidden') && /^(checkbox|radio)$/i.test(toggle.getAttribute('type') ?? '') && !!next && holdsControl(next);
}

function danglingLabelBlock(el: Element): boolean {
  if (el.tagName === 'LABEL' || el.childElementCount > 4 || holdsControl(el)) return false;
  const label = el.querySelector('label[for]');
  if (!label || (el.textContent ?? '').length > 160) return false;
  if (labelTarget(label)) return false;
  const root = el.getRootNode() as Document | ShadowRoot;
  // Only over fields with captions of their own (Plone's next field: "<label for=ezvkVoorgelegd>"): a caption
  // whose for names the field's name instead of its id ("<label for=vervaldag>" over <input name=vervaldag>) is that field's.
  const control = el.nextElementSibling?.querySelector(CONTROL_SELECTOR);
  const id = control?.getAttribute('id');
  return !!id && !!root.querySelector?.(`label[for="${cssString(id)}"]`);
}

function headingOnlyBlock(el: Element): boolean {
  // Fields first: a grid or a form before the field is rejected at its first control, before its words are read.
  if (holdsControl(el)) return false;
  const all = el.textContent ?? '';
  if (all.length > 160) return false;
  const headings = el.querySelectorAll('h1,h2,h3,h4,h5,h6');
  if (headings.length !== 1) return false;
  return all.replace(/\s+/g, ' ').trim() === (headings[0]!.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const RULER_HEADING = /^\s*[-=*_]{2,}\s*[^-=*_\s][^-=*_]{0,60}?\s*[-=*_]{2,}\s*$/;

function soleHeading(el: Element): boolean {
  return soleHeadingOf(el) !== null;
}

function headingByClass(el: Element): boolean {
  // <label class="caption-text">: a field's own caption, never the title of a section; nor is Bitrix24's
  // "<div class=ui-entity-editor-block-title><label>Versicherer</label></div>" over the box of its one field
  // (Laserfiche's "<div class=cf-section-header><label class=cf-section-title>EZVK</label></div>" over a list
  // of fields is a title).
  if (el.tagName === 'LABEL') return false;
  if (el.childElementCount === 1 && el.firstElementChild!.tagName === 'LABEL' && el.nextElementSibling && visibleControlCount(el.nextElementSibling) === 1) return false;
  const cls = el.getAttribute('class');
  return !!cls && (HEADING_CLASS.test(cls) || CAMEL_HEADING_CLASS.test(cls)) && el.childElementCount < 6 && !holdsControl(el);
}
