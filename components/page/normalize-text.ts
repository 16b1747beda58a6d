/**
 * Text normalisation shared by the vocabulary and the value readers: lower case, accents
 * removed (NFKD), ß/œ/æ spelled out, every run of non-alphanumerics turned into one space.
 * "N° de la Mutualité :" → "n de la mutualite".
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/#/g, ' n ')
    .replace(/[^a-z0-9+]+/g, ' ')
    .trim();
}

/**
 * Split a `name`/`id` into words: camelCase, snake_case, kebab-case, dotted paths, JSF/ASP.NET
 * separators. Numbers and words that frameworks generate (mat, input, ctl00, j_idt12…) are
 * dropped, as are Hungarian prefixes (txt, ddl, cbo…). Returns '' when nothing meaningful is left.
 */
export function identifierWords(identifier: string): string {
  if (!identifier || isGeneratedIdentifier(identifier)) return '';
  // Ant Design's form item ids, "form_item_Nat_": the form's prefix names nothing.
  const words = meaningfulPart(identifier.replace(/^form_item_/, ''))
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([a-zA-Z])(\d)/g, '$1 $2')
    .replace(/(\d)([a-zA-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .map((w) => w.toLowerCase())
    .filter((w) => w && !/^\d+$/.test(w) && !FRAMEWORK_WORDS.has(w));
  if (words.length > 0 && HUNGARIAN_PREFIXES.has(words[0]!)) words.shift();
  if (words.length === 1) {
    const only = words[0]!;
    const m = /^(txt|ddl|cbo|cmb|sel|inp|tb|chk|rb|rdo|dtp|fld)([a-z]{4,})$/.exec(only);
    if (m) words[0] = m[2]!;
  }
  return normalizeText(words.join(' '));
}

/**
 * Server frameworks prefix the name they were given with their own naming containers:
 * ASP.NET "ctl00$ContentPlaceHolder1$txtNationalite", JSF "form:j_idt12:nationalite".
 * The given name is the last segment.
 */
function meaningfulPart(identifier: string): string {
  // openEHR's web template paths, "intake/coverage/ehic/issuing_state|code": the field and its parent, not
  // the whole template's path (whose root names the form: "international_patient_intake").
  if (identifier.includes('/')) {
    const segments = identifier.split('|')[0]!.split('/').filter((s) => s && !/^\d+$/.test(s) && !isGeneratedIdentifier(s));
    return segments.slice(-2).join(' ');
  }
  if (/[$:]/.test(identifier)) return identifier.split(/[$:]/).filter((s) => s && !isGeneratedIdentifier(s)).pop() ?? '';
  // The last segment that says something: DevExpress adds "_I", "_DDD", "_B0" to the editor's id.
  if (/^ctl\d+_/i.test(identifier)) return identifier.split('_').filter((s) => !EDITOR_SUFFIX.test(s)).pop() ?? '';
  return identifier;
}

const EDITOR_SUFFIX = /^([A-Z]{1,3}\d?|[A-Z]?\d+)$/;

const FRAMEWORK_WORDS = new Set([
  'ctl', 'ctl00', 'j', 'idt', 'jidt', 'content', 'placeholder', 'main', 'body', 'form', 'frm',
  'ext', 'gen', 'comp', 'gwt', 'uid', 'auto', 'ember', 'cdk', 'mat', 'mdc', 'pn', 'react',
  'bvid', 'headlessui', 'radix', 'ng', 'ngb', 'el', 'field', 'fld', 'input', 'control',
  'ctrl', 'value', 'val', 'edit', 'text', 'widget', 'cmp', 'x', 'id',
]);

const HUNGARIAN_PREFIXES = new Set([
  'txt', 'ddl', 'cbo', 'cmb', 'sel', 'inp', 'tb', 'chk', 'cb', 'rb', 'rdo', 'dtp', 'lst', 'lb',
  // DevExpress / Telerik editors: deArrivee (DateEdit), seAge (SpinEdit), meRemarque (MemoEdit), dp, rad.
  'de', 'se', 'me', 'dp', 'rad',
]);

/** Ids that frameworks generate carry no meaning: mat-input-12, ext-gen123, :r1:, react-select-3-input… */
export function isGeneratedIdentifier(identifier: string): boolean {
  return GENERATED_ID_PATTERNS.some((p) => p.test(identifier));
}

const GENERATED_ID_PATTERNS: readonly RegExp[] = [
  /^mat-[a-z-]*\d+$/i,
  /^mdc-[a-z-]*\d+$/i,
  /^cdk-[a-z-]*\d+$/i,
  /^ext-(gen|comp|element)?-?\d+$/i,
  /^(ext|x)-(auto|comp)?-?\d+(-[a-z]+)?$/i,
  /^ext-(comp|gen)\d+/i,
  /^react-select-\d+-(input|listbox|option)/i,
  /^:[a-z0-9]+:$/i,
  /^«[a-z0-9]+»$/i,
  /^ember\d+$/i,
  /^gwt-(uid-)?\d+$/i,
  /^(j_idt\d+[:_]?)+$/i,
  /^pn_id_\d+/i,
  /^__bvid__\d+/i,
  /^(headlessui|radix)-/i,
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  /^(input|field|control|ctrl|textfield|select|combo|el|id|f|c|v|uid|yui_)[-_]?\d+$/i,
  /^[a-z]{0,3}\d{3,}$/i,
  /^(v|ng|vs|ui)-[a-z0-9]{4,}-?\d*$/i,
];

/**
 * The verbs of a list's prompt, as normalizeText leaves them: "Choisir…", "Sélectionnez", "Kies", "Selecteer...",
 * "Bitte wählen", "Auswählen", "Select", "Choose". A select's first option, a dropdown's placeholder, a picker's aria-label.
 */
export const PROMPT_VERB =
  'choisir|choisissez|selectionne|selectionnez|selectionner|kies|kiezen|selecteer|bitte wahlen|wahlen sie|wahlen|auswahlen|select|choose';
