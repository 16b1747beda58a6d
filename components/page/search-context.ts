/**
 * Search filters are no patient's data: "NISS", "Nationalité", "Mutualité" in a patient search
 * form, a grid's filter row or under "Critères de recherche" query many patients; reading them
 * into the panel as the patient's nationality would mislead the clerk. Only strong signs count
 * (an ARIA search landmark, a <search> element, a section named only as a search, a label that
 * starts with "Filtrer"/"Zoek op"/"Search by"), so a page that merely mentions a search keeps
 * its fields. No layout read; the section texts come from the shared, memoised context cache.
 */
import type { Evidence, FormControl } from './label-of';
import { identifierWords, normalizeText } from './normalize-text';
import { sectionTexts, type ContextCache } from './section-context';

/** A section named as a search, and nothing else: "Critères de recherche", "Zoekcriteria", "Patientensuche". */
const SEARCH_SECTION = new RegExp(
  '^(?:' +
    '(criteres|champs|options) de (la )?recherche|recherche( avancee| rapide| multicritere\\w*)?( d?e? ?(un |des )?patients?)?|' +
    'rechercher( un| des)? patients?|filtres?( de recherche)?|' +
    'zoek(en|criteria|opdracht|filter\\w*)?( (een |naar )?patient(en)?)?|patient(en)? zoeken|(geavanceerd|uitgebreid) zoeken|' +
    'such(e|en|kriterien|filter|maske)( (nach )?(einem |nach )?patient(en)?)?|patient(en)?suche|patient(en)? suchen|erweiterte suche|' +
    'search( criteria| filters?| patients?| for (a )?patient)?|patient (search|lookup|finder)|advanced search|find (a )?patient|(quick )?look ?up|quick search|filters?' +
  ')$',
);

/** A label that asks to filter or search by something: "Filtrer NISS", "Zoek op INSZ", "Search by nationality", "Patient suchen (Name, NRN…)". */
const SEARCH_LABEL = /^(patient(en|in)? (suchen|zoeken|opzoeken)|filtrer( par| sur)?|filtre|filter(en|n)?( op| nach| by| on)?|zoek(en)?( op)?|suche(n)?( nach)?|search( by| for)?|rechercher?( par| sur)?|find( by| a)?|look ?up( by)?|trouver( par)?)\b/;

/** A select widget's typing box by its class: Ember power-select, typeahead, Select2, Chosen, combo boxes. */
const SELECT_TYPING_BOX = /\b[\w-]*(power-select|typeahead|select2|chosen|combo|select-search|autocomplete)[\w-]*\b/i;

/** "Nach Kostenträger filtern", "Filteren op…" said last: German and Dutch put the verb at the end. */
const FILTER_LAST = /\b(filtern|filteren|zoeken|suchen)$/;

/** Stronger than any label: the control sits in a search landmark. */
const SEARCH_LANDMARK = '[role=search],search';

/** An ARIA grid's header cell: what sits there filters or sorts the rows. */
const COLUMN_HEADER = '[role=columnheader]';
/**
 * A grid's row of filter boxes under its column headers (jQWidgets' "jqx-grid-filterrow", DevExtreme's
 * "dx-datagrid-filter-row"): a class word ending so, on the control's own row a few boxes up (not a
 * page's "has-filter-row" or "no-filter-row" modifier).
 */
const FILTER_ROW_CLASS = /(^|\s)(?!no-|has-|show-|hide-|with-|without-)[\w-]*filter[-_]?row(\s|$)/i;

function inFilterRow(control: Element): boolean {
  let box = control.parentElement;
  for (let depth = 0; box && depth < 4; depth++, box = box.parentElement) {
    if (FILTER_ROW_CLASS.test(box.getAttribute('class') ?? '')) return true;
  }
  return false;
}
/** A control whose own class names it a filter: "dhx_grid-filter", "column-filter", "ag-floating-filter-input". */
const OWN_FILTER_CLASS = /(^|[\s_-])filter([\s_-]|$)/i;

/** "fPAPerson_Find", "patientLookup": a form's id or name, split into words, that says find or search. */
const SEARCH_FORM_WORDS = /\b(find|search|lookup|zoek(en)?|suche|recherche)\b/;
/** A form sent by a button "Find", "Rechercher", "Zoeken", "Suchen": it queries patients, it does not edit one. */
const SEARCH_BUTTON = /^(find|search|rechercher|recherche|chercher|zoek(en)?|suchen|suche|look ?up)$/;

/** Every submit button of the form searches (a page-wide form with "Zoek" and "Opslaan" is no search form). */
function onlySearchButtons(form: HTMLFormElement): boolean {
  const buttons = Array.from(form.querySelectorAll('button[type=submit],input[type=submit]'));
  const words = (b: Element) => normalizeText(b.tagName === 'INPUT' ? ((b as HTMLInputElement).value ?? '') : (b.textContent ?? ''));
  return buttons.length > 0 && buttons.every((b) => SEARCH_BUTTON.test(words(b)));
}

const searchForms = new WeakMap<Element, boolean>();
function isSearchForm(form: HTMLFormElement): boolean {
  let known = searchForms.get(form);
  if (known === undefined) {
    known =
      SEARCH_FORM.test(`${form.id} ${form.getAttribute('name') ?? ''} ${form.getAttribute('class') ?? ''}`) ||
      SEARCH_FORM_WORDS.test(identifierWords(`${form.id} ${form.getAttribute('name') ?? ''}`)) ||
      onlySearchButtons(form);
    searchForms.set(form, known);
  }
  return known;
}

/** A control its own id or name calls a table's filter: Filament's "tableFilters.debiteur.value". */
const OWN_FILTER_NAME = /\bfilters?\b/;

/** The control's own class, id or name calls it a filter. */
function namesItselfAFilter(control: FormControl): boolean {
  return OWN_FILTER_CLASS.test(control.getAttribute('class') ?? '') || OWN_FILTER_NAME.test(identifierWords(`${control.id} ${control.getAttribute('name') ?? ''}`));
}

/** A form the page itself names as a search or filter: <form id="search">, class "query-filter", "recherche-rapide". */
const SEARCH_FORM = /(^|[\s_-])(search|filters?|query-filter|recherche|zoek(en)?|suche)([\s_-]|$)/i;


/** A hint that invites a query: "Rechercher un NISS", "Patientensuche (Name, …)", "Zoeken…", "Search patients". */
const SEARCH_HINT = /^(search|recherch|zoek|such(e|en)?\b|\w*suche\b|find\b|trouver|filter(n|en|s)?\b|filtrer\b|filter by\b)/;

/**
 * "Zoek een land…", "Rechercher un pays", "Search country", "Search for a Organization": the hint
 * of a picker that searches its own list of values (LiveSelect, an autocomplete without ARIA, a
 * FHIR reference input), not the patients.
 */
const SEARCHES_A_VALUE =
  /^(search|recherch\w*|zoek|such\w*|find|trouver)( (for|a|an|the|een|un|une|le|la|einen?|eine|nach|naar)){0,2} (sickness |health |social |public )?(country|countries|land|landen|lander|pays|staat|staaten|nationalit\w*|communes?|gemeenten?|gemeinden?|municipalit\w*|towns?|city|cities|villes?|stad|steden|stadt|orte?|organi[sz]ations?|organismes?|organisaties?|organisationen?|insurers?|assureurs?|verzekeraars?|versicherer|versicherungen|mutual\w*|mutuelles?|ziekenfonds\w*|krankenkassen?|funds?|centres?|centers?|cpas|ocmw|companies|company|compagnies?|maatschappij\w*|gesellschaft\w*)\b/;

/** A hint that says only "search", naming nothing searched. */
const BARE_SEARCH_HINT = /^(search|zoeken|zoek|rechercher|recherche|suchen|suche|find)$/;

/** A hint listing several keys, one of them a name: "N° de séjour, nom, NISS…", "Name / INSZ". */
const MULTI_KEY_HINT = /\b(nom|name|naam)\b.*[,/]|[,/].*\b(nom|name|naam)\b/i;

const ALL_OPTION = /^(tous|toutes|tout|alle|alles|all|any|n importe|indifferent|om het even)\b/;

/** A select whose first option or two mean "all" ("Tous les débiteurs", "Alle", "All payers"). */
function offersAll(select: HTMLSelectElement): boolean {
  const options = select.options;
  for (let i = 0; i < Math.min(2, options.length); i++) {
    if (ALL_OPTION.test(normalizeText(options[i]!.text))) return true;
  }
  return false;
}

/**
 * The typing box a widget puts beside a select and names after it: Znuny's "DynamicField_Kasse_Search" for the select
 * "DynamicField_Kasse", "…_input", "…-search". It searches the select's options.
 */
function typingBoxOfSelect(control: Element): boolean {
  if (control.tagName !== 'INPUT') return false;
  const cut = control.id.search(/[-_:](search|input|typeahead|filter)$/i);
  if (cut <= 0) return false;
  const root = control.getRootNode() as Document | ShadowRoot;
  return typeof root.getElementById === 'function' && root.getElementById(control.id.slice(0, cut))?.tagName === 'SELECT';
}

export function isSearchFilter(control: FormControl, evidence: readonly Evidence[], context: ContextCache): boolean {
  // A select's typing box (Ant Design's <input type=search role=combobox>, "Rechercher un pays…")
  // searches its own options, not the patients.
  const ofSelect = typingBoxOfSelect(control);
  const combobox = ofSelect || control.matches('[role=combobox],[aria-autocomplete],[list]') || SELECT_TYPING_BOX.test(control.getAttribute('class') ?? '');
  if (!combobox && control.getAttribute('type')?.toLowerCase() === 'search') return true;
  // (A select's typing box that calls itself a search, Znuny's "<input id=DynamicField_Kasse_Search role=search>",
  // searches the select's options: only a search landmark around it counts.)
  const landmark = control.closest(SEARCH_LANDMARK);
  if ((landmark && !(ofSelect && landmark === control)) || control.getAttribute('role') === 'searchbox') return true;
  // A grid's filter row: a control in a column header, or named a filter by its own class
  // ("dhx_grid-filter"; a combo box's "oj-searchselect-filter" filters its own options).
  if (control.closest(COLUMN_HEADER) || inFilterRow(control) || (!combobox && namesItselfAFilter(control))) return true;
  const form = control.closest('form');
  if (form && isSearchForm(form)) return true;
  // A list offering "Tous les débiteurs", "Alle", "All": a filter over records; a field to fill
  // never offers "all" of its answers.
  if (control.tagName === 'SELECT' && offersAll(control as HTMLSelectElement)) return true;
  const hint = control.getAttribute('placeholder') ?? '';
  // (A hint listing a name among its keys searches patients even in a combo box: "Rechercher un patient (nom, NISS, n° séjour)".)
  if (hint) {
    const h = normalizeText(hint);
    // Workday's prompt: a bare "Zoeken" in a box its own label calls "Nationaliteit" searches that field's values.
    const prompt = BARE_SEARCH_HINT.test(h) && evidence.some((e) => e.source === 'aria-labelledby' || e.source === 'label');
    if ((!combobox && !prompt && SEARCH_HINT.test(h) && !SEARCHES_A_VALUE.test(h)) || MULTI_KEY_HINT.test(hint)) return true;
  }
  const first = evidence[0];
  // (A select's first option, "Rechercher" on Moodle's autocomplete, prompts for one of its values: no query.)
  if (first && first.source !== 'options' && first.source !== 'section' && !(first.source === 'placeholder' && control.tagName === 'SELECT')) {
    const t = normalizeText(first.text);
    if ((SEARCH_LABEL.test(t) && !SEARCHES_A_VALUE.test(t)) || FILTER_LAST.test(t)) return true;
  }
  const nearest = sectionTexts(control, context)[0];
  return !!nearest && nearest.length <= 60 && SEARCH_SECTION.test(normalizeText(nearest));
}
