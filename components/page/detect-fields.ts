/**
 * Field detection over a Document, a ShadowRoot or an Element: which controls are the
 * nationality, the residence document, the NISS, the insurer, the payer… Pure DOM reads — no
 * browser extension API, no computed style, no layout — so it runs in tests (happy-dom) as in
 * the content script, and stays cheap on a 1,000-row grid (labels are classified once per
 * distinct text, tables indexed once).
 */
import { classifyOptions, mostlyInsurers } from './classify-options';
import { classifyText, type TextVerdict } from './classify-text';
import { collectControls, type CollectOptions, type ControlRoot } from './collect-controls';
import { checkboxListQuestion, describedByText, listboxOf, radioListQuestion } from './evidence-extra';
import { FIELD_KINDS, type FieldKind } from './field-kinds';
import {
  continuesLine,
  controlRole,
  evidenceOf,
  labelledInCell,
  optionTexts,
  placementOf,
  SOURCE_WEIGHT,
  type Evidence,
  type EvidenceCache,
  type EvidenceSource,
  type FormControl,
} from './label-of';
import { identifierWords, normalizeText, PROMPT_VERB } from './normalize-text';
import { alsoNamesPatientSide, asksAboutThirdPerson, BILLING, labelNamesOtherOwner, OTHER_OBJECT, relationshipColumn, sectionNamesOtherOwner } from './owner-context';
import { isSearchFilter } from './search-context';
import { createContextCache, parentOf, sectionTexts, type ContextCache } from './section-context';
import { columnHeadersOf, createTableCache, isInHeaderRow, labelsOfCell } from './table-index';
import { holdsControl, textOf, visibleControlCount, VISIBLE_CONTROL_SELECTOR } from './text-of';
import { ABROAD, ADDRESS, CONTACT_DETAIL, IDENTITY_CONTEXT, IMMIGRATION_CONTEXT, NOT_A_FIELD_OF_INTEREST, OTHER_PERSON, SUPPLEMENTARY_INSURANCE, type GenericRole } from './vocabulary';
import { ATTESTATION, COPY_OF, HISTORY, NOT_THE_COMMUNE, PAYMENT_GUARANTEE, PAYOR_ALONE, POSTCODE, REQUEST, ROW_ACTION, TOWN, TRAVEL_PART, UNINSURED } from './vocabulary-wordings';

export type { FormControl, Evidence, EvidenceSource } from './label-of';

export interface DetectedField {
  readonly element: FormControl;
  readonly kind: FieldKind;
  /** 0–1: how strongly the evidence names the kind. */
  readonly score: number;
  /** What was read, in the order it was read; the last label-like entry decided. */
  readonly evidence: readonly Evidence[];
  readonly decidedBy: EvidenceSource | 'profile';
}

/** A site profile: CSS selectors per kind that replace the heuristics for that kind. */
export type SiteProfile = Partial<Record<FieldKind, readonly string[]>>;

export interface DetectOptions extends CollectOptions {
  /** Below this score a control is left unrecognised (default 0.5). */
  readonly minScore?: number;
  readonly profile?: SiteProfile;
  /**
   * Reuse across calls (observer batches) so tables are indexed and grid columns classified
   * once; start a new one when the page navigates or re-renders its sections' headings.
   */
  readonly cache?: DetectionCache;
}

export interface DetectionCache extends EvidenceCache {
  readonly context: ContextCache;
  /** What a list of section texts says (subject, other person, address), by the texts. */
  readonly sections: Map<string, SectionInfo>;
  /** Grid cells classified once per column and neighbourhood (see classifyCached). */
  readonly grid: Map<string, Classification | Unresolved | null>;
}

export function createDetectionCache(): DetectionCache {
  return {
    tables: createTableCache(),
    labelsFor: new WeakMap(),
    radioGroups: new WeakMap(),
    context: createContextCache(),
    sections: new Map(),
    grid: new Map(),
  };
}

export function detectFields(root: ControlRoot, options: DetectOptions = {}): DetectedField[] {
  return createDetector(options)(collectControls(root, options));
}

/**
 * Detection over controls already collected, one slice at a time: the content script marks the
 * first slice of a heavy page at once and the rest when the page is idle. Slices must come in
 * document order (a policy number inherits from the travel insurance field just before it).
 */
export function createDetector(options: DetectOptions = {}): (controls: readonly FormControl[]) => DetectedField[] {
  const cache = options.cache ?? createDetectionCache();
  const minScore = options.minScore ?? 0.5;
  const profile = compileProfile(options.profile);
  let previous: DetectedField | undefined;
  return (controls) => {
    const fields: DetectedField[] = [];
    for (const control of controls) {
      // An ornament is no field, and no neighbour either: the field before it stays "the field before".
      if (isDecorative(control)) continue;
      let field: DetectedField | undefined;
      let unresolvedDate = false;
      try {
        const profiled = profileKind(control, profile);
        if (profiled) {
          field = { element: control, kind: profiled, score: 1, evidence: [], decidedBy: 'profile' };
        } else {
          const result = classifyCached(control, cache);
          if (result && 'unresolved' in result) {
            unresolvedDate = result.unresolved === 'date';
            field = inheritFromPrevious(control, result, previous);
            if (!field && result.fallback && result.fallback.score >= minScore && !profile.has(result.fallback.kind)) field = { element: control, ...result.fallback };
          }
          else if (result && result.score >= minScore && !profile.has(result.kind)) field = { element: control, ...result };
        }
      } catch {
        // A strange control must not stop detection of the others, nor throw into the page.
      }
      if (field) fields.push(field);
      // An issue or start date between a document's number and its expiry ("Documentnummer,
      // Afgiftedatum, Geldig tot") belongs to the same document: the field before stays.
      if (field || !unresolvedDate) previous = field;
    }
    return withoutLocalityBesideCommune(fields);
  };
}

/** "…where you live, not the village": what help says a box is not. */
const NEGATED = /\b(not|niet|nicht|pas|non|never|jamais|nooit|nie) (the |a |an |de |het |la |le |les |l |een |die |der |das |den )?\w+( \w+)?/g;

/** The words that decided a field, normalised. */
function decidingText(field: DetectedField): string {
  const said = field.evidence.find((e) => e.source === field.decidedBy);
  return said ? normalizeText(said.text) : '';
}

const LOCALITY_ONLY = /^(localite|plaats|ort|city|town|locality)$/;
const COMMUNE_NAMED = /\b(commune|gemeente|gemeinde|municipality)\b/;
/** An address's line or block: the nearest box around the locality holding at most this many controls. */
const ADDRESS_BOX_CONTROLS = 6;

/**
 * "Localité [Gozée]  Commune [Thuin]" on one address line: beside a box the page calls the
 * commune, the locality is the postal one (a former commune, a hamlet), not the commune that
 * decides the competent CPAS. Alone, or in another address, "Localité" stays the commune. (Read
 * over the fields detected together: the content script's slices of a page, its late sections.)
 */
function withoutLocalityBesideCommune(fields: DetectedField[]): DetectedField[] {
  const communes = fields.filter((f) => f.kind === 'commune');
  if (communes.length < 2) return fields;
  const said = new Map(communes.map((f) => [f, decidingText(f)]));
  const named = communes.filter((f) => COMMUNE_NAMED.test(said.get(f)!));
  if (named.length === 0) return fields;
  const drop = new Set<DetectedField>();
  for (const f of communes) {
    if (!LOCALITY_ONLY.test(said.get(f)!)) continue;
    // Up through the boxes around the locality while they stay an address's size.
    for (let box = f.element.parentElement, depth = 0; box && depth < 6; box = box.parentElement, depth++) {
      if (box.querySelectorAll(VISIBLE_CONTROL_SELECTOR).length > ADDRESS_BOX_CONTROLS) break;
      if (named.some((n) => box!.contains(n.element))) {
        drop.add(f);
        break;
      }
    }
  }
  return drop.size ? fields.filter((f) => !drop.has(f)) : fields;
}

/**
 * "Assurance voyage [____]  N° de police [____]": a policy number right after the travel
 * insurance field, in the same group, is that insurance's.
 */
function inheritFromPrevious(control: FormControl, result: Unresolved, previous: DetectedField | undefined): DetectedField | undefined {
  const kind = previous && inheritedKind(result.unresolved, previous.kind);
  if (!kind || !previous) return undefined;
  if ((result.unresolved === 'date' || result.unresolved === 'proof') && (!result.source || WEAK_SOURCES.has(result.source))) return undefined;
  // "Demande envoyée le [__]  [x] Attestation signée par le médecin" under "CPAS – Aide médicale
  // urgente": the attestation the section already reads as the AMU's stays it after a CPAS field.
  if (result.unresolved === 'proof' && kind === 'cpas' && result.fallback?.kind === 'amu' && namesAttestation(result)) return undefined;
  if (fieldGroupOf(previous.element) !== fieldGroupOf(control)) return undefined;
  return { element: control, kind, score: 0.6, evidence: [...result.evidence, { source: 'section', text: `after a ${previous.kind} field` }], decidedBy: 'section' };
}

function namesAttestation(result: Unresolved): boolean {
  return namesAnAttestation(result.evidence.find((e) => e.source === result.source)?.text);
}

/**
 * "Demande envoyée le" under "CPAS – Aide médicale urgente": the request goes to the CPAS;
 * "Datum der Bescheinigung" under "Kostenübernahme": the attestation is the AMU's.
 */
function coverOfRequestOrProof(resolved: FieldKind, said: string): FieldKind {
  if (resolved === 'amu' && REQUEST.test(normalizeText(said))) return 'cpas';
  return resolved === 'cpas' && namesAnAttestation(said) ? 'amu' : resolved;
}

/** "Attestation", "Attest", "Bescheinigung": in a CPAS context (section, column, field before) the AMU attestation. */
function namesAnAttestation(said: string | undefined): boolean {
  return !!said && ATTESTATION.test(normalizeText(said));
}

/**
 * What a generic label right after a field of this kind is: the travel insurance's policy
 * number; "Exp." or "Geldig" after the residence document or its number is that document's
 * expiry; "Fin"/"Exp." after the EHIC or the travel insurance is theirs.
 */
function inheritedKind(role: GenericRole, previous: FieldKind): FieldKind | undefined {
  // "Primary Insurance Provider [__]  Policy Number [__]" (OpenEMR): the membership number.
  if (role === 'policy') return previous === 'travel-insurance' || previous === 'insurer' ? previous : undefined;
  // "CPAS compétent [__]  N° de dossier [__]", "Compagnie d'assistance [__]  N° de dossier [__]".
  if (role === 'file') return previous === 'cpas' || previous === 'travel-insurance' ? previous : undefined;
  // "EHIC expiry [__]  Institution code [__]": the card's issuing institution.
  if (role === 'issuer') return previous === 'ehic' || previous === 'travel-insurance' ? previous : undefined;
  // "[x] Attestation AMU  Date [__]", "ÖSHZ [__]  Antrag am [__]": the date or proof of that cover.
  if (role === 'date' || role === 'proof') return previous === 'amu' || previous === 'cpas' ? previous : undefined;
  if ((role === 'end' || role === 'expiry') && previous === 'cpas') return previous;
  // "Organisme assureur [__]  N° d'inscription [__]": the membership number (the CPAS file, the EHIC's number).
  if (role === 'number' && (previous === 'insurer' || previous === 'ehic' || previous === 'cpas' || previous === 'travel-insurance')) return previous;
  // "Document de séjour [__]  N° [__]": that document's number.
  if (role === 'number' && previous === 'residence-document') return 'document-number';
  if (role === 'end' || role === 'expiry') {
    if (previous === 'residence-document' || previous === 'document-number') return 'document-expiry';
    if (previous === 'ehic' || previous === 'travel-insurance') return previous;
  }
  return undefined;
}

const GROUP_SELECTOR = 'fieldset,section,form,table,dl,[role=group],[role=region],[role=tabpanel]';

/**
 * The group a field sits in, above its own options: "Attest DMH [x]" is a group of one check
 * box (Appian's CheckboxGroup, a fieldset of radios), and the date after it belongs to the
 * same part of the form.
 */
function fieldGroupOf(el: Element): Element | null {
  const group = groupOf(el);
  if (!group || !(isOptionGroupOf(group, el) || isFieldWrapper(group))) return group;
  const above = parentOf(group);
  return above ? groupOf(above) : null;
}

/** Chakra's `<div role="group" class="chakra-form-control">` around one label and one box: a field, not a group of fields. */
function isFieldWrapper(group: Element): boolean {
  return group.getAttribute('role') === 'group' && !group.hasAttribute('aria-labelledby') && !group.hasAttribute('aria-label') && visibleControlCount(group) === 1;
}

/** A group that holds only the options of `el`'s own question: check boxes or radios of one name. */
function isOptionGroupOf(group: Element, el: Element): boolean {
  const name = el.getAttribute('name');
  const type = el.getAttribute('type');
  if (!name || (type !== 'checkbox' && type !== 'radio') || !group.contains(el)) return false;
  const controls = group.querySelectorAll('input,select,textarea');
  for (const c of Array.from(controls)) if (c.getAttribute('name') !== name) return false;
  return controls.length > 0;
}

/** The group around an element, through the shadow roots of web components. */
function groupOf(el: Element): Element | null {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 10; depth++) {
    const group = node.closest(GROUP_SELECTOR);
    if (group) return group;
    const root = node.getRootNode();
    node = root.nodeType === 11 && 'host' in root ? (root as ShadowRoot).host : null;
  }
  return null;
}

type Classification = Omit<DetectedField, 'element'>;

const COVER_KINDS = new Set<FieldKind>(['ehic', 'travel-insurance', 'cpas', 'amu', 'insurer']);
const RESIDENCE_KINDS = new Set<FieldKind>(['residence-document', 'document-number', 'document-expiry', 'nationality', 'arrival-date']);
const PERSON_KINDS = new Set<FieldKind>(['nationality', 'national-number', 'residence-document', 'document-number', 'document-expiry', 'arrival-date', 'commune']);
const PAYER_OVERRIDES = new Set<FieldKind>(['insurer', 'cpas', 'payer', 'ehic', 'travel-insurance', 'residence-document']);
const NUMBER_KINDS = new Set<FieldKind>(['document-number', 'national-number']);
/** A title naming an address as a word of its own ("Adresse de séjour", "Holiday address"; not "E-mailadres"). */
const ADDRESS_TITLE = /\b(adresse|adres|anschrift|address)\b/;
/** "Depuis le", "Sinds", "Seit", "Since": a date from which something holds. */
const SINCE = /^(depuis|sinds|seit|since)\b/;
/** Belgium by name (not any country: "Pays de résidence · Depuis le" is a life abroad). */
const BELGIUM = /\b(belgi(um|que|e|en)|belg)\b/;
const DATE_ROLES = new Set<GenericRole>(['date', 'end', 'expiry', 'arrival']);
const WEAK_SOURCES = new Set<EvidenceSource>(['title', 'autocomplete', 'name', 'id']);
/** A hint beside the field's label: its placeholder, title or help text. */
const HINT_SOURCES = new Set<EvidenceSource>(['placeholder', 'title', 'described-by']);

/**
 * A picker's prompt naming the countries or towns of its list: "Sélectionner un pays", "Kies een land", "Land
 * auswählen", "Select a country". (Not "Sélectionner un médecin": that one names what the field is.)
 */
const PLACE_KINDS = new Set<FieldKind>(['nationality', 'commune', 'ehic']);
const PLACE_NOUN = '(pays|country|land|staat|nation|nationalit\\w*|commune|gemeente|gemeinde|ort|ville|city|town|stad|stadt)';
const PICKER_PROMPT = new RegExp(
  `^((${PROMPT_VERB}|pick)( (un|une|des|le|la|les|l|a|an|the|een|de|het|ein|eine|einen))? ${PLACE_NOUN}|${PLACE_NOUN} (auswahlen|wahlen|kiezen|selecteren))$`,
);

/**
 * Grids: a control alone in its table cell, without an id or aria-labelledby of its own, is
 * classified from its column, the text cells beside it, the table's section and its own
 * attributes — the same for every row. Those make the key; each distinct key is classified once.
 */
function classifyCached(control: FormControl, cache: DetectionCache): Classification | Unresolved | null {
  const placement = placementOf(control);
  const key = placement.cell ? gridKey(control, placement.cell, cache) : null;
  if (key === null) return classify(control, cache, placement);
  if (cache.grid.has(key)) return cache.grid.get(key)!;
  const result = classify(control, cache, placement);
  if (cache.grid.size > 5_000) cache.grid.clear();
  cache.grid.set(key, result);
  return result;
}

/** Attributes classification reads; all others (value, class, style, data-*…) do not matter. */
const READ_ATTRIBUTES = new Set(['type', 'name', 'placeholder', 'title', 'aria-label', 'autocomplete', 'formcontrolname', 'ng-model', 'data-field', 'data-name', 'list', 'role', 'readonly']);

function gridKey(control: FormControl, cell: HTMLTableCellElement, cache: DetectionCache): string | null {
  if (control.parentElement !== cell || cell.childNodes.length !== 1) return null;
  const labels = labelsOfCell(cell, cache.tables);
  const table = tableKey(cell);
  if (!labels || table === null) return null;
  let key = `${table}|${control.tagName}|${labels.rowHeader ?? ''}|${labels.columnHeader ?? ''}|${labels.left ?? ''}|${labels.above ?? ''}|${labels.section ?? ''}`;
  const attributes = control.attributes;
  for (let i = 0; i < attributes.length; i++) {
    const { name, value } = attributes[i]!;
    if (name === 'id' || name === 'aria-labelledby' || name === 'aria-describedby') return null;
    if (READ_ATTRIBUTES.has(name)) key += `|${name}=${value.replace(/\d+/g, '#')}`;
  }
  if (control.tagName === 'SELECT') {
    const options = (control as HTMLSelectElement).options;
    key += `|${options.length}:${options[0]?.text ?? ''}:${options[options.length - 1]?.text ?? ''}`;
  }
  return key;
}

let tableIds = 0;
const TABLE_IDS = new WeakMap<Element, number>();

function tableKey(cell: Element): number | null {
  const table = cell.parentElement?.parentElement;
  const owner = table?.tagName === 'TABLE' ? table : table?.parentElement;
  if (!owner || owner.tagName !== 'TABLE') return null;
  let id = TABLE_IDS.get(owner);
  if (id === undefined) {
    id = ++tableIds;
    TABLE_IDS.set(owner, id);
  }
  return id;
}

/** A control whose label is generic ("N° de police") and whose section did not say whose. */
interface Unresolved {
  readonly unresolved: GenericRole;
  readonly evidence: readonly Evidence[];
  /** Where the generic part was read (a date read only from a name such as "from" is too weak to inherit). */
  readonly source?: EvidenceSource;
  /** What the section made of it, when the field just before on the same line did not say. */
  readonly fallback?: Classification;
}

/**
 * A widget's ornament drawn as a read-only input that says it presents nothing (dijit's "▼"
 * arrow and "Χ" validation icon beside each text box), or a focus proxy: no field of the patient's.
 */
function isDecorative(control: FormControl): boolean {
  const role = control.getAttribute('role');
  if (role && /\b(presentation|none)\b/.test(role) && control.hasAttribute('readonly')) return true;
  if (isDisclosureToggle(control)) return true;
  // Kobalte's HiddenSelect: "<div aria-hidden=true class=visually-hidden><input type=text><select name=…>" —
  // a text box with no name and no id, hidden from assistive technology beside the select whose value
  // it stands for, only holds the focus.
  if (control.tagName !== 'INPUT' || (control as HTMLInputElement).type !== 'text' || control.id || control.hasAttribute('name')) return false;
  // Its own small box only: a dialog library hides the whole app root with aria-hidden while a modal is open.
  const box = control.parentElement;
  return box?.getAttribute('aria-hidden') === 'true' && box.childElementCount <= 3 && !!box.querySelector(':scope > select');
}

const DISCLOSURE_CLASS = /(^|\s)(collapse|accordion|expander|expandable|disclosure)(\s|$)/i;
const DISCLOSURE_TITLE_CLASS = /(^|\s)(collapse|accordion|expander|expandable|disclosure)[-_]{1,2}(title|header|heading|summary)(\s|$)/i;

/**
 * DaisyUI's collapse, a CSS-only accordion: "<div class=collapse><input type=checkbox><div
 * class=collapse-title>CEAM</div><div class=collapse-content>…fields…</div></div>": the box only
 * opens the part its title names; it answers nothing.
 */
function isDisclosureToggle(control: FormControl): boolean {
  const type = control.tagName === 'INPUT' ? (control as HTMLInputElement).type : '';
  if (type !== 'checkbox' && type !== 'radio') return false;
  const box = control.parentElement;
  const title = control.nextElementSibling;
  // The box's first child, then its title ("collapse-title"), then the part it opens, holding the fields.
  return (
    !!box && !!title && box.firstElementChild === control && DISCLOSURE_CLASS.test(box.getAttribute('class') ?? '') &&
    DISCLOSURE_TITLE_CLASS.test(title.getAttribute('class') ?? '') && !holdsControl(title) && !!title.nextElementSibling
  );
}

/** What one control is, with the evidence; null when nothing names a kind. */
export function classifyControl(control: FormControl, cache: DetectionCache = createDetectionCache()): Classification | null {
  if (isDecorative(control)) return null;
  const result = classify(control, cache);
  return result && 'unresolved' in result ? (result.fallback ?? null) : result;
}

function classify(control: FormControl, cache: DetectionCache, placement = placementOf(control)): Classification | Unresolved | null {
  const cell = placement.cell;
  if (cell && isInHeaderRow(cell, cache.tables)) return null;
  // A table of earlier stays ("Séjours antérieurs", "Vorige opnames"): their payer, dates and
  // documents are history, not this admission's.
  if (cell && isHistoryTable(cell)) return null;
  // A read-only grid under a heading "Séjours antérieurs": a record of earlier stays. (An editable
  // one, where the billing office still corrects an earlier stay's payer, keeps its fields.)
  if (cell && (control as HTMLInputElement).readOnly && sectionTexts(control, cache.context).slice(0, 2).some((t) => HISTORY.test(normalizeText(t)))) return null;

  const role = controlRole(control);
  const evidence: Evidence[] = [];
  let found: { verdict: TextVerdict; source: EvidenceSource; text: string } | null = null;
  let generic: { role: GenericRole; source: EvidenceSource } | null = null;
  let vetoed = false;
  let vetoSource: EvidenceSource | undefined;
  let promptVeto: EvidenceSource | undefined;
  const checkbox = control.getAttribute('type')?.toLowerCase() === 'checkbox';
  for (const piece of ownLabelBeforeColumn(evidenceOf(control, cache, placement))) {
    // ActiveAdmin's "[x] Verwijderen" (`[_destroy]`) under a nested record, a list's "[x] Supprimer": a check box
    // whose own caption is a row action deletes its row, whatever the row is about or its name says. (A
    // "Verwijderen" link before a text box or a select is no caption of it.)
    if (checkbox && evidence.length === 0 && !WEAK_SOURCES.has(piece.source) && ROW_ACTION.test(normalizeText(piece.text))) return null;
    evidence.push(piece);
    const verdict = classifyText(piece.text, role);
    // Select2's "Sélectionner un pays" on a nationality select, "Select a country": a picker's prompt names what
    // its list holds, not the field; it rules nothing out that a later caption names (alone, it still does).
    if (verdict.decided && !verdict.kind && (HINT_SOURCES.has(piece.source) || piece.source === 'aria-label') && PICKER_PROMPT.test(normalizeText(piece.text))) {
      promptVeto ??= piece.source;
      continue;
    }
    // A grid's row "Reisverz." names the object, its column "Tel. alarmcentrale" the attribute: a column
    // that rules its cells out (a phone, a doctor) overrules the row.
    if (found?.source === 'row-header') {
      if (piece.source === 'column-header' && verdict.decided && !verdict.kind && !verdict.generic) {
        found = null;
        vetoed = true;
        vetoSource = piece.source;
      }
      break;
    }
    // "Début de validité" (a date) whose name says "eid": a date is no number.
    if (verdict.kind && generic && NUMBER_KINDS.has(verdict.kind) && DATE_ROLES.has(generic.role) && WEAK_SOURCES.has(piece.source)) continue;
    // "[x] Kopie paspoort" under "Ontvangen": a copy ticked off a checklist, not the patient's document.
    if (checkbox && verdict.kind === 'residence-document' && !WEAK_SOURCES.has(piece.source) && COPY_OF.test(normalizeText(piece.text))) return null;
    if (verdict.kind) {
      found = { verdict, source: piece.source, text: piece.text };
      // Read on one step: the column right after the row header may rule the cell out.
      if (piece.source === 'row-header') continue;
      break;
    }
    // "[x] jointe au dossier" after a checkbox is its state's wording, not its name: read on.
    if (verdict.decided && piece.source === 'following-text') continue;
    // "Anschrift in Belgien | [Straße] [PLZ] [Gemeinde] [Ortsteil]" (Vaadin's form layout): a caption naming
    // the whole address, beside boxes each named by its own hint; the hint "Gemeinde" names this one.
    if (verdict.decided && SHARED_CAPTIONS.has(piece.source) && hintNamesCommune(control) && namesAddressHere(piece.text)) continue;
    // TOPdesk's "Company (optional)" named "optionalFields2.memo4": a numbered spare field's name says nothing of the
    // field its caption already named.
    if (verdict.decided && generic && (piece.source === 'name' || piece.source === 'id') && NUMBERED_FREE_FIELD.test(control.getAttribute(piece.source) ?? '')) continue;
    if (verdict.decided) {
      vetoed = true;
      vetoSource = piece.source;
      break;
    }
    if (verdict.generic && !generic) generic = { role: verdict.generic, source: piece.source };
  }
  // (Only a kind whose values are places: "Land auswählen" right after "Reiseversicherung" is that insurance's country.)
  if (promptVeto && !vetoed && !(found?.verdict.kind && PLACE_KINDS.has(found.verdict.kind))) {
    found = null;
    vetoed = true;
    vetoSource = promptVeto;
  }

  let kind = found?.verdict.kind;
  let score = found ? SOURCE_WEIGHT[found.source] * found.verdict.weight : 0;
  let decidedBy: EvidenceSource | undefined = found?.source;
  // "Competent centre", "Request sent" beside their fields under a column "CPAS / urgent medical
  // aid": the column says whose, as a section would.
  if (found?.source === 'column-header' && generic?.source === 'cell-left' && kind) {
    const resolved = resolveGeneric(generic.role, kind);
    const said = evidence.find((e) => e.source === 'cell-left')?.text ?? '';
    if (resolved) kind = coverOfRequestOrProof(resolved, said);
  }
  // A grid's row "Attestation / Attest" under its column "CPAS / OCMW": the attestation is the
  // AMU's, as under a CPAS section (below).
  if (kind === 'cpas' && found?.source === 'column-header' && generic?.role === 'proof' && generic.source === 'row-header') {
    if (namesAnAttestation(evidence.find((e) => e.source === 'row-header')?.text)) kind = 'amu';
  }

  if (!vetoed && (role === 'choice' || control.hasAttribute('list') || listboxOf(control))) {
    const texts = optionTexts(control, cache);
    const byOptions = classifyOptions(texts);
    if (byOptions) {
      evidence.push({ source: 'options', text: texts.slice(0, 8).join(' / ') });
      // "Insurance carrier" offering "Self-pay / Partenamut / Solidaris / CM…": still a list of insurers.
      const payerWins = byOptions.kind === 'payer' && (!kind || PAYER_OVERRIDES.has(kind)) && !(kind === 'insurer' && mostlyInsurers(texts));
      // Options that say what the name says ("verblijfsdoc" offering "A-kaart / Bijlage 26") decide with it.
      if (payerWins || !kind || byOptions.kind === kind) {
        kind = byOptions.kind;
        score = Math.max(score, SOURCE_WEIGHT.options * byOptions.weight);
        decidedBy = 'options';
      }
    }
  }

  // "Les frais seront pris en charge par: [x] le patient [x] le CPAS [x] un tiers (employeur…)":
  // each box is a choice of payer, whatever party its own words name. "Document de séjour
  // présenté : [x] annexe 26 [x] ordre de quitter le territoire [x] aucun": each box is a
  // choice of document, unless its own words name another kind (a box "Carte EHIC" there).
  const question = kind === 'payer' ? '' : checkboxListQuestion(control) || radioListQuestion(control);
  if (question) {
    const asked = classifyText(question, 'choice');
    if (asked.kind === 'payer' || (asked.kind === 'residence-document' && (!kind || kind === 'residence-document'))) {
      evidence.push({ source: 'group-label', text: question });
      kind = asked.kind;
      score = SOURCE_WEIGHT['group-label'] * asked.weight;
      decidedBy = 'group-label';
      found = { verdict: asked, source: 'group-label', text: question };
      vetoed = false;
    }
  }

  // "N° d'inscription" named generic by its label, a weak kind only by its name ("membership"):
  // the label's generic part, for the section or the field before to complete.
  // "Date de l'attestation" named Cpas.DateAttestation: the label's date is the AMU attestation's field's, not the name's.
  // "Afgegeven door" named vbl_gemeente or AFGDOOR.VERBLDOC: the commune or the document the name says is the one issued.
  if (found && generic && decidedBy === found.source && WEAK_SOURCES.has(found.source) && (score < 0.5 || ((generic.role === 'date' || generic.role === 'proof' || (generic.role === 'issuer' && (found.verdict.kind === 'commune' || found.verdict.kind === 'residence-document'))) && (found.source === 'name' || found.source === 'id')))) {
    found = null;
    kind = undefined;
    decidedBy = undefined;
  }
  // "Uitgereikt op / door [gemeente]", "Afgeleverd door" described as "Gemeente die de kaart afgaf":
  // the label says who issued the document; the commune the hint names is that issuer.
  if (found && generic?.role === 'issuer' && found.verdict.kind === 'commune' && HINT_SOURCES.has(found.source) && !HINT_SOURCES.has(generic.source)) {
    found = null;
    kind = undefined;
    decidedBy = undefined;
  }
  const genericRole = found ? found.verdict.generic : kind ? undefined : generic?.role;
  // A bare "Versicherer", "Assureur" (a weak insurer word) takes its section's cover: under "Reiseversicherung" it is the travel insurer.
  const weakInsurer = kind === 'insurer' && !!found && found.verdict.weight < 1;
  // "Réf. garantie de paiement" under "Assurance voyage": the assistance company's guarantee.
  const guarantee = kind === 'cpas' && !!found && PAYMENT_GUARANTEE.test(normalizeText(found.text));
  // "Payor" on Epic's coverage card "Reisverzekering": that cover's payor (the card says which), not the choice of who pays.
  const cardPayor = kind === 'payer' && decidedBy === found?.source && !!found && PAYOR_ALONE.test(normalizeText(found.text));
  const needsContext = genericRole !== undefined || (kind !== undefined && PERSON_KINDS.has(kind)) || weakInsurer || guarantee || cardPayor;
  if (kind && isSearchFilter(control, evidence, cache.context)) return null;
  if (!needsContext) return kind && decidedBy ? { kind, score, evidence, decidedBy } : null;

  let context = sectionOf(control, cell, cache);
  const nearest = context.texts[0];
  if (nearest !== undefined && evidence.some((e) => isOwnCaption(e, nearest, cell !== null))) context = sectionInfo(context.texts.slice(1));
  if (context.texts.length) evidence.push({ source: 'section', text: context.texts.join(' › ') });
  if (genericRole && context.subject) {
    const resolved = resolveGeneric(genericRole, context.subject);
    if (resolved && resolved !== kind) {
      const source = found?.source ?? generic?.source ?? 'section';
      // "Demande de prise en charge envoyée le" under "CPAS – Aide médicale urgente": the request goes to the CPAS.
      const said = found?.text ?? evidence.filter((e) => e.source === generic?.source || e.source === 'group-label').map((e) => e.text).join(' ');
      // "Datum der Bescheinigung" under "Kostenübernahme": the attestation is the AMU's, whoever's section.
      kind = coverOfRequestOrProof(resolved, said);
      score = SOURCE_WEIGHT[source] * 0.8;
      decidedBy = 'section';
    }
  }
  // "Depuis le [__]" under "Présence en Belgique", "Sinds [__]" under "Verblijf in België": the title and the
  // label read as one say since when the patient is in the country.
  if (!kind && genericRole === 'date' && generic) {
    const said = evidence.find((e) => e.source === generic!.source)?.text ?? '';
    const title = normalizeText(context.texts[0] ?? '');
    if (SINCE.test(normalizeText(said)) && BELGIUM.test(title) && classifyText(`${title} ${said}`, 'text').kind === 'arrival-date') {
      kind = 'arrival-date';
      score = SOURCE_WEIGHT[generic.source] * 0.8;
      decidedBy = 'section';
    }
  }
  // Under a part titled by the journey alone ("Reise", "Travel / private cover"), the same.
  // (Not a select whose options are sickness funds: "Voyage › Assureur [Mutualité chrétienne / Solidaris]".)
  const travelPart = context.travel === true && (context.subject === undefined || context.subject === 'insurer') && decidedBy !== 'options';
  if ((weakInsurer || guarantee) && (context.subject === 'travel-insurance' || travelPart)) kind = 'travel-insurance';
  // "Subscriber ID" on the coverage panel "EHIC / GHIC": the card's holder number, the card's. (Not under
  // "Belgische Krankenkasse (Betreuung der EKVK)": a title naming the fund too is the fund's.)
  if (weakInsurer && context.subject === 'ehic' && context.texts[0] !== undefined && namesTheCardOnly(context.texts[0])) kind = 'ehic';
  // (Only the card's own title: a page's "Insurance" far above a "Payor" says nothing of the card.)
  if (cardPayor && context.subject && context.texts[0] !== undefined && classifyText(context.texts[0], 'text').kind !== undefined) kind = PAYOR_OF_COVER[context.subject] ?? kind;
  // "Versicherer", "gültig bis" under "Zusatzversicherung (Krankenhausaufenthalt)": that insurance's, not a cover we bill.
  if (context.supplementary && (weakInsurer || cardPayor || found?.verdict.generic || decidedBy === 'section')) return null;
  // "Zusatzvers. (Krankenhaus) [__]  gültig bis [__]" under "Krankenkasse": a date or number on the
  // row of a field its own label rules out is that object's, not the section's cover.
  if (decidedBy === 'section' && genericRole && besideRuledOutField(control, cache, DATE_ROLES.has(genericRole))) return null;
  // "gültig bis" named ZusatzVersBis under "Krankenkasse": the page's own name for the field says it is another object's.
  if (decidedBy === 'section' && genericRole && identifierNamesNoneOfOurs(control)) return null;
  // "Zusatzversicherung Krankenhaus [__]" then "gültig bis [__]" on the next row, under "Belgische
  // Krankenkasse" (Elastic's stacked rows): the date right after the supplementary insurance is its.
  if (decidedBy === 'section' && genericRole && DATE_ROLES.has(genericRole) && afterSupplementaryInsurance(control, cache)) return null;
  // "Instelling" on the row of "Hospitalisatieverzekering (aanvullend)": a label that rules the field
  // out leaves nothing for the field before to complete.
  const ruledOut = vetoed && vetoSource !== undefined && !WEAK_SOURCES.has(vetoSource);
  if (!kind || !decidedBy) return genericRole && !ruledOut ? { unresolved: genericRole, evidence, source: found?.source ?? generic?.source } : null;
  if (PERSON_KINDS.has(kind) && (context.otherPerson || identifierNamesOtherOwner(control))) return null;
  if (PERSON_KINDS.has(kind) && found && asksAboutThirdPerson(found.text, context.texts)) return null;
  // "Valable jusqu'au" under "Carte de parking visiteur": the label named no document, the section another object.
  // (Unless the field just before is a cover's: "CEAM présentée [x]  Pays émetteur [__]  N° d'identification de la carte [__]" under "Facturation".)
  if (found?.verdict.generic && (kind === 'document-expiry' || kind === 'document-number') && context.otherObject && context.subject !== 'residence' && context.subject !== 'identity') {
    return genericRole ? { unresolved: genericRole, evidence, source: found.source } : null;
  }
  if (found?.verdict.bisOnly && kind === 'national-number' && context.address) return null;
  // "No." under "Holiday address in Belgium" (under "Stay in Belgium"): the nearest title is an address, so the number is the house's.
  if (decidedBy === 'section' && genericRole === 'number' && ADDRESS_TITLE.test(normalizeText(context.texts[0] ?? ''))) return null;
  if (kind === 'commune' && context.abroad) return null;
  // "Gem.: [8310] [BRUGGE]": the box its own title or name calls the postcode is not the commune.
  if (kind === 'commune' && namesPostcode(control)) return null;
  // "Wohnsitz | [Straße] [Nr.] [Bf.] [PLZ] [Gemeinde] [Ortsteil]" (LabKey): the caption of the row names
  // the address; a box whose own hint names another part of it is that part.
  if (kind === 'commune' && SHARED_CAPTIONS.has(decidedBy!) && hintNamesAddressPart(control)) return null;
  // "Section / localité" described as "ancienne commune": the help says it is a part of the commune.
  if (kind === 'commune' && found?.source !== 'described-by' && NOT_THE_COMMUNE.test(normalizeText(describedByText(control)).replace(NEGATED, ' '))) return null;
  // "CEAM n° : [__] jusqu'au : [__]" under "Assurabilité": the field just before on the line says
  // whose end date this is, more nearly than the section or a label naming no document; those
  // answer only when it does not.
  // "N° de carte CEAM [__]  Valable jusqu'au [__]" under a section naming neither: the field before decides too.
  if (genericRole && (decidedBy === 'section' || found?.verdict.generic) && (continuesLine(control) || (decidedBy !== 'section' && (!context.subject || context.subject === 'residence')))) {
    return { unresolved: genericRole, evidence, source: found?.source ?? generic?.source, fallback: { kind, score, evidence, decidedBy } };
  }
  return { kind, score, evidence, decidedBy };
}

function namesTheCardOnly(title: string): boolean {
  return classifyText(title, 'text').kind === 'ehic' && !SICKNESS_FUND.test(normalizeText(title));
}

const SICKNESS_FUND = /\b(mutualites?|mutuelles?|ziekenfonds\w*|krankenkassen?|sickness funds?|caami|hziv|hkiv)\b/;

/** Whose payor a coverage card's "Payor" is, by the cover the card is about (the AMU is the CPAS's). */
const PAYOR_OF_COVER: Partial<Record<string, FieldKind>> = { insurer: 'insurer', 'travel-insurance': 'travel-insurance', ehic: 'ehic', cpas: 'cpas', amu: 'cpas' };

function identifierNamesNoneOfOurs(control: FormControl): boolean {
  return ['name', 'id'].some((attribute) => {
    const value = control.getAttribute(attribute) ?? '';
    return !NUMBERED_FREE_FIELD.test(value) && NOT_A_FIELD_OF_INTEREST.test(identifierWords(value));
  });
}

/**
 * Clarion's "PAT:Zusatz1", TOPdesk's "optionalFields2.memo4": a form's numbered spare field ("Zusatz" there is
 * "extra", not a supplementary insurance; "memo" a storage type, not a note); its caption says what it holds.
 */
const NUMBERED_FREE_FIELD = /(^|[:._-])(zusatz|memo|text|txt|field|feld|veld|champ|freitext|custom)[_-]?\d{1,2}$/i;

/**
 * A cell's own label ("Competent centre", "Assistance tel.") read before its column's title
 * ("CPAS / urgent medical aid"), which then says whose, as a section does.
 */
function* ownLabelBeforeColumn(pieces: Iterable<Evidence>): Generator<Evidence> {
  let column: Evidence | undefined;
  for (const piece of pieces) {
    if (piece.source === 'column-header') {
      column = piece;
      continue;
    }
    if (column && piece.source !== 'cell-left') yield column;
    yield piece;
    if (column && piece.source === 'cell-left') yield column;
    column = undefined;
  }
  if (column) yield column;
}

/** The one other control of the row (the nearest box holding two) comes first and its own label says it is none of ours. */
function besideRuledOutField(control: FormControl, cache: DetectionCache, date: boolean): boolean {
  let row = control.parentElement;
  for (let depth = 0; row && depth < 6 && visibleControlCount(row) < 2; depth++) row = row.parentElement;
  if (!row || visibleControlCount(row) !== 2) return false;
  const other = row.querySelector(VISIBLE_CONTROL_SELECTOR) as FormControl | null;
  if (!other || other === control) return false;
  const text = ownCaption(other, cache);
  // (A phone or an e-mail has no date of its own: "E-mail [__]  Aanvraag verstuurd [__]" in a form of two
  // columns are two fields. It has numbers: "Tel. [__]  Durchwahl-Nr. [__]" stays the phone's.)
  if (text === null || (date && CONTACT_DETAIL.test(normalizeText(text)))) return false;
  const verdict = classifyText(text, controlRole(other));
  return verdict.decided && !verdict.kind && !verdict.generic;
}

/** The words a control's first evidence gives, when that evidence is its own caption (not a name, id or hint); else null. */
function ownCaption(control: FormControl, cache: DetectionCache): string | null {
  for (const piece of evidenceOf(control, cache, placementOf(control))) return WEAK_SOURCES.has(piece.source) ? null : piece.text;
  return null;
}

/**
 * Whether the nearest section title is the field's own caption read a second time: Drupal's
 * "Datum" under its fieldset "Vervaldatum (9)" (the legend, read as its group label); Microsoft
 * Forms' question title, a heading the input names by aria-labelledby with the answer's type after
 * it; Paperform's question title, a label that is also the heading of the question's box.
 */
function isOwnCaption(piece: Evidence, nearest: string, inCell: boolean): boolean {
  if (piece.source === 'group-label') return piece.text === nearest;
  if (inCell) return false;
  return piece.source === 'aria-labelledby' ? piece.text.startsWith(nearest) : piece.source === 'label' && piece.text === nearest;
}

/** Captions a row's or a group's boxes share (a row header, the words before, a column, a section). */
const SHARED_CAPTIONS = new Set<EvidenceSource>(['cell-left', 'preceding-text', 'column-header', 'row-header', 'section', 'group-label']);
const BOX_WORD = /^(bus|bte|boite|bt|bf|box|postfach|pf)$/;

/** The box's own hint is the commune's caption ("Gemeinde", "Commune"). */
function hintNamesCommune(control: FormControl): boolean {
  const hint = control.getAttribute('placeholder');
  return !!hint && classifyText(hint, 'text').kind === 'commune';
}

/**
 * A caption that is the patient's own address and nothing else ("Anschrift in Belgien", "Adresse",
 * "Domicile actuel"): not an employer's, a contact's, a billing or an address abroad.
 */
function namesAddressHere(text: string): boolean {
  return OWN_ADDRESS.test(normalizeText(text));
}

const OWN_ADDRESS = new RegExp(
  '^(adresse|adres|anschrift|address|domicile|wohnsitz|woonadres|wohnadresse|wohnanschrift|home address|residential address|' +
    'adresse (de residence|du domicile)|verblijfsadres|verblijfadres)( (actuelle?|huidige?|aktuelle|current))?( (en|in|im) (belgique|belgie|belgien|belgium))?$',
);

/** The box's own hint names a part of an address other than the commune: a street, a number, a box, a village. */
function hintNamesAddressPart(control: FormControl): boolean {
  const hint = control.getAttribute('placeholder');
  if (!hint) return false;
  const verdict = classifyText(hint, 'text');
  return (verdict.decided && !verdict.kind) || verdict.generic === 'number' || BOX_WORD.test(normalizeText(hint));
}

/** Whether the field just before this one (in the nearest box holding both) is named a supplementary hospitalisation insurance. */
function afterSupplementaryInsurance(control: FormControl, cache: DetectionCache): boolean {
  let box = control.parentElement;
  for (let depth = 0; box && depth < 6 && visibleControlCount(box) < 2; depth++) box = box.parentElement;
  if (!box) return false;
  let before: FormControl | null = null;
  for (const other of Array.from(box.querySelectorAll(VISIBLE_CONTROL_SELECTOR))) {
    if (other === control) break;
    before = other as FormControl;
  }
  const text = before && ownCaption(before, cache);
  return !!text && SUPPLEMENTARY_INSURANCE.test(normalizeText(text));
}

type Subject = FieldKind | 'residence' | 'identity';

function resolveGeneric(role: GenericRole, subject: Subject): FieldKind | undefined {
  // "[x] toepassen" under "Derdebetalersregeling": the scheme or cover its section names, the payer too.
  if (role === 'applies') return COVER_KINDS.has(subject as FieldKind) || subject === 'payer' ? (subject as FieldKind) : undefined;
  if (subject !== 'residence' && subject !== 'identity' && COVER_KINDS.has(subject)) {
    if (role === 'arrival') return undefined;
    // "N° de dossier", "Réf. dossier social" under the CPAS (or the assistance company): its file.
    if (role === 'file') return subject === 'cpas' || subject === 'travel-insurance' ? subject : subject === 'amu' ? 'cpas' : undefined;
    // "Centre compétent" under "CPAS – aide médicale urgente": the AMU is granted by a CPAS, its centre.
    if (role === 'issuer' && subject === 'amu') return 'cpas';
    // An EHIC has a card number, never a policy: in "EKVK / Reiseversicherung" the policy is the travel insurance's.
    if (role === 'policy') return subject === 'travel-insurance' || subject === 'ehic' ? 'travel-insurance' : undefined;
    return subject;
  }
  if (subject === 'residence') {
    if (role === 'number') return 'document-number';
    if (role === 'expiry' || role === 'end') return 'document-expiry';
    if (role === 'type') return 'residence-document';
    if (role === 'arrival') return 'arrival-date';
  }
  if (subject === 'arrival-date' && (role === 'date' || role === 'arrival')) return 'arrival-date';
  if (subject === 'identity' && (role === 'expiry' || role === 'end')) return 'document-expiry';
  return undefined;
}

/** Whether a cell's table is captioned or labelled as earlier stays: once per table (a grid asks for every cell). */
const historyTables = new WeakMap<Element, boolean>();
function isHistoryTable(cell: HTMLTableCellElement): boolean {
  const table = cell.closest('table');
  if (!table) return false;
  let known = historyTables.get(table);
  if (known === undefined) {
    const caption = Array.from(table.children).find((c) => c.tagName === 'CAPTION');
    const named = (caption ? textOf(caption) : '') || table.getAttribute('aria-label') || '';
    known = !!named && HISTORY.test(normalizeText(named));
    historyTables.set(table, known);
  }
  return known;
}

/** The box's own title or name calls it the postcode (and not "PLZ / Ort"). */
function namesPostcode(control: FormControl): boolean {
  const own = `${normalizeText(control.getAttribute('title') ?? '')} ${identifierWords(control.getAttribute('name') ?? '')}`;
  if (POSTCODE.test(own) && !TOWN.test(own)) return true;
  // "Postcode / Gemeente" over two boxes, the first of which its own <label> calls "Postcode".
  const labels = (control as HTMLInputElement).labels;
  const label = labels?.length === 1 ? normalizeText(textOf(labels[0]!)) : '';
  return POSTCODE.test(label) && !TOWN.test(label);
}

/**
 * The page's own name for the field says whose it is: "Contact.Nationalite", "contactCommune",
 * "mother_nationality", "employer.city" — a plain "Nationalité" label under a tab strip saying
 * "Contact" (which is no heading of the field) still belongs to someone else.
 */
function identifierNamesOtherOwner(control: FormControl): boolean {
  // OpenEMR's "City" titled "Employer City", "Guardian City": the tooltip says whose.
  const title = normalizeText(control.getAttribute('title') ?? '');
  if (title && (labelNamesOtherOwner(title) || OTHER_PERSON.test(title))) return true;
  for (const attribute of ['name', 'id']) {
    const raw = control.getAttribute(attribute) ?? '';
    if (DELPHI_CONTACT.test(raw) || CAMEL_CONTACT.test(raw)) return true;
    const words = identifierWords(raw);
    if (words && (labelNamesOtherOwner(words) || OTHER_PERSON.test(words))) return true;
  }
  return false;
}

/**
 * A contact person's field named by its prefix: Delphi / IntraWeb "EDTKPWOHNORT", "CBKPNATION"
 * (control type, then KP for Kontaktperson), Domino "CPNat", "KPWohnort" (CP, contactpersoon).
 */
const DELPHI_CONTACT = /^(?:EDT|CB|CBX|CMB|DTP|CHK|MEM|TXT)(?:KP|CP)[A-Z]{3}/;
/** Case matters: "cpasNr" is the CPAS's number, "CPNat" the contact person's nationality. */
const CAMEL_CONTACT = /^[CK]P[A-Z][a-z]{2}/;

interface SectionInfo {
  readonly texts: readonly string[];
  readonly subject?: Subject;
  readonly otherPerson: boolean;
  readonly address: boolean;
  /** The section is about a referral, a parking card, an appointment…: no document of the patient. */
  readonly otherObject: boolean;
  /** An address abroad ("Home address abroad", "Adresse à l'étranger"): its city is no Belgian commune. */
  readonly abroad?: boolean;
  /** The nearest section is a supplementary hospitalisation insurance's: its insurer and dates are none of ours. */
  readonly supplementary?: boolean;
  /** The nearest section is titled by the journey ("Reise", "Voyage"): an insurer there is the travel insurer. */
  readonly travel?: boolean;
}


function sectionOf(control: FormControl, cell: HTMLTableCellElement | null, cache: DetectionCache): SectionInfo {
  const texts: string[] = [];
  let ownerHeader: string | undefined;
  if (cell) {
    const labels = labelsOfCell(cell, cache.tables);
    if (labels) texts.push(...labels.columnGroups, ...(labels.section ? [labels.section] : []), ...(labels.caption ? [labels.caption] : []));
    // A header over a cell of several "Label : field" pairs ("Personne de contact", "Employeur")
    // says whose they are, as a heading would.
    if (labels?.columnHeader && namesOtherPerson(labels.columnHeader)) ownerHeader = labels.columnHeader;
    // "Name | Relationship | Nationality | Municipality": each row is a contact or a relative.
    else if (labels?.columnHeader) ownerHeader = relationshipOf(columnHeadersOf(cell, cache.tables)) || undefined;
    // The header of a cell of "Label : field" pairs is their section, nearest first (see surroundingEvidence).
    if (labels && labelledInCell(control, cell, cache)) {
      const headers = [labels.columnHeader, labels.rowHeader, labels.left, labels.above].filter((t): t is string => !!t);
      texts.unshift(...headers.filter((t) => !texts.includes(t)));
    } else if (labels?.columnHeader && labels.left) {
      // "Insurer [__]" in a column of "label | field" pairs titled "Travel / expat insurance": the
      // column's title is the pairs' section.
      if (!texts.includes(labels.columnHeader)) texts.unshift(labels.columnHeader);
    }
  }
  for (const t of sectionTexts(control, cache.context)) if (!texts.includes(t)) texts.push(t);
  const key = ownerHeader ? `${texts.join('\u0001')}\u0002${ownerHeader}` : texts.join('\u0001');
  const known = cache.sections.get(key);
  if (known) return known;
  let info = sectionInfo(texts);
  if (ownerHeader && !info.otherPerson) info = { ...info, otherPerson: true };
  cache.sections.set(key, info);
  return info;
}

/** The relationship column among a table's headers, read once per table (the array is the table's). */
const relationships = new WeakMap<readonly string[], string>();
function relationshipOf(headers: readonly string[]): string {
  let found = relationships.get(headers);
  if (found === undefined) relationships.set(headers, (found = relationshipColumn(headers)));
  return found;
}

function namesOtherPerson(text: string): boolean {
  const t = normalizeText(text);
  return (OTHER_PERSON.test(t) || sectionNamesOtherOwner(t)) && !alsoNamesPatientSide(text);
}

function sectionInfo(texts: readonly string[]): SectionInfo {
  let subject: Subject | undefined;
  let otherPerson = false;
  let address = false;
  let otherObject = false;
  let abroad = false;
  let supplementary = false;
  let travel = false;
  let settled = false;
  texts.forEach((text, i) => {
    const t = normalizeText(text);
    if (i === 0 && SUPPLEMENTARY_INSURANCE.test(t)) supplementary = true;
    if (i === 0 && TRAVEL_PART.test(t)) travel = true;
    if (i < 2 && (OTHER_PERSON.test(t) || sectionNamesOtherOwner(t)) && !alsoNamesPatientSide(text)) otherPerson = true;
    if (i < 2 && (OTHER_OBJECT.test(t) || BILLING.test(t))) otherObject = true;
    if (i < 2 && ADDRESS.test(t)) address = true;
    if (i < 2 && ABROAD.test(t)) abroad = true;
    if (subject || settled) return;
    const verdict = classifyText(text, 'text');
    // "Neue Aufnahme – Patient ohne belgische Krankenversicherung": the form's title, about the lack of a cover.
    if (verdict.kind === 'insurer' && UNINSURED.test(t)) return;
    if (verdict.kind && verdict.weight >= 0.8) subject = RESIDENCE_KINDS.has(verdict.kind) && verdict.kind !== 'arrival-date' ? 'residence' : verdict.kind;
    else if (IMMIGRATION_CONTEXT.test(t)) subject = 'residence';
    else if (IDENTITY_CONTEXT.test(t)) subject = 'identity';
    // The nearest heading, "Verzekering" (a cover, weakly) or "Facturatie" (an invoice), says what
    // the fields under it are about: a farther "Verblijfsdocument" does not.
    else if (i === 0 && verdict.kind === 'insurer') subject = 'insurer';
    else if (i === 0 && (OTHER_OBJECT.test(t) || BILLING.test(t))) settled = true;
  });
  return subject ? { texts, subject, otherPerson, address, otherObject, abroad, supplementary, travel } : { texts, otherPerson, address, otherObject, abroad, supplementary, travel };
}

interface CompiledProfile {
  readonly selectors: ReadonlyArray<readonly [FieldKind, string]>;
  has(kind: FieldKind): boolean;
}

function compileProfile(profile: SiteProfile | undefined): CompiledProfile {
  const selectors: Array<readonly [FieldKind, string]> = [];
  for (const kind of FIELD_KINDS) {
    const list = profile?.[kind]?.filter((s) => s.trim());
    if (list?.length) selectors.push([kind, list.join(',')]);
  }
  const kinds = new Set(selectors.map(([k]) => k));
  return { selectors, has: (kind) => kinds.has(kind) };
}

function profileKind(control: Element, profile: CompiledProfile): FieldKind | null {
  for (const [kind, selector] of profile.selectors) {
    try {
      if (control.matches(selector)) return kind;
    } catch {
      // An invalid selector in a profile matches nothing; the options page validates them.
    }
  }
  return null;
}
