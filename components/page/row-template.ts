/**
 * Rows a grid appends by the hundred, classified once per shape. A row qualifies when it holds
 * nothing that could label one of its controls differently from the row before: every cell is
 * a td holding exactly one control and nothing else, or no words at all (empty, a number, a
 * date); the controls carry no id or aria-labelledby (no label of their own); the row has no
 * attributes that hide or label it. Such a row's fields are decided by its table (headers,
 * section) and the controls' own attributes — exactly what the shape key holds — so the first
 * row of a shape is detected in full and later rows of that shape in that table reuse it.
 * A later row that is node for node equal to a private copy of such a row (`sameAsModel`) is
 * known with one comparison, without reading its cells one by one.
 * Anything else goes through full detection (detect-fields.ts).
 */
import type { DetectedField } from './detect-fields';
import type { FormControl } from './label-of';
import { FIELD_ATTRIBUTE } from './field-kinds';
import { LATIN_LETTER } from './table-index';

/** Attributes detection reads on a control (as in detect-fields.ts' grid key); ids disqualify. */
const READ = new Set(['type', 'name', 'placeholder', 'title', 'aria-label', 'autocomplete', 'formcontrolname', 'ng-model', 'data-field', 'data-name', 'list', 'role', 'style', 'hidden', 'disabled']);
const DISQUALIFY = new Set(['id', 'aria-labelledby', 'aria-describedby']);
const ROW_ATTRIBUTES = new Set(['class', 'data-row', 'data-index', 'data-id', 'data-key', 'aria-rowindex', 'tabindex']);
const DIGITS = /\d+/g;
const CONTROL_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
const CONTROL_SELECTOR = 'input,select,textarea';

export interface RowShape {
  readonly key: string;
  readonly table: Element;
  /** The row's controls, in cell order. */
  readonly controls: readonly FormControl[];
}

/** The shape of a grid row, or null when the row does not qualify. */
export function rowShape(tr: Element): RowShape | null {
  const section = tr.parentElement;
  if (!section) return null;
  const table = section.tagName === 'TABLE' ? section : section.parentElement;
  if (!table || table.tagName !== 'TABLE') return null;
  if (tr.hasAttributes()) {
    for (const { name } of Array.from(tr.attributes)) if (!ROW_ATTRIBUTES.has(name)) return null;
  }
  let key = placeKey(tr, section);
  const controls: FormControl[] = [];
  for (let cell = tr.firstElementChild; cell; cell = cell.nextElementSibling) {
    if (cell.tagName !== 'TD') return null;
    let part = '';
    if (cell.hasAttributes()) {
      if (cell.hasAttribute('rowspan') || cell.hasAttribute('headers') || cell.hasAttribute('scope')) return null;
      const span = cell.getAttribute('colspan');
      if (span) part = `/${span}`;
    }
    const child = cell.firstElementChild;
    if (!child) {
      const text = cell.textContent;
      if (text && LATIN_LETTER.test(text)) return null; // words could label the next cell
      key += `|t${part}`;
      continue;
    }
    if (cell.firstChild !== child || cell.lastChild !== child) return null;
    const tag = child.tagName;
    if (!CONTROL_TAGS.has(tag)) return null;
    part += tag;
    if (child.hasAttributes()) {
      // Names first (one call), values only of those detection reads: Attr nodes are costly.
      for (const name of child.getAttributeNames()) {
        if (DISQUALIFY.has(name)) return null;
        if (READ.has(name)) part += ` ${name}=${child.getAttribute(name)!.replace(DIGITS, '#')}`;
      }
    }
    if (tag === 'SELECT') {
      const options = (child as HTMLSelectElement).options;
      part += ` ${options.length}:${options[0]?.text ?? ''}:${options[options.length - 1]?.text ?? ''}`;
    }
    key += `|${part}`;
    controls.push(child as FormControl);
  }
  return controls.length ? { key, table, controls } : null;
}

/**
 * What the row's place adds to its shape: its section, and what is right above it. A row under a
 * text or header row may take a label from the cell above: it gets shapes of its own, apart from
 * rows under another row of fields.
 */
function placeKey(tr: Element, section: Element): string {
  return `${section.tagName}${placeOf(tr)}`;
}

/** First row ('^'), under a row of fields ('='), or under anything else ('~'). */
function placeOf(tr: Element): string {
  const above = tr.previousElementSibling;
  if (!above) return '^';
  const aboveField = above.firstElementChild?.firstElementChild;
  return aboveField && CONTROL_TAGS.has(aboveField.tagName) ? '=' : '~';
}

const NONE: string[] = [];

/** What the first row of a shape gave, position by position (null: not a field, or left out). */
type Template = readonly (Omit<DetectedField, 'element'> | null)[];

/** A field of a row found through a model row: its mark's previous value is known without a read. */
export type RowField = DetectedField & { readonly previous: string | null };

export interface RowTemplates {
  /** The fields of a row whose shape this table has seen, or null (then detect it and `remember`). */
  fieldsOf(shape: RowShape): DetectedField[] | null;
  remember(shape: RowShape, fields: readonly DetectedField[]): void;
  /**
   * The fields of a row that is node for node the same as a model row of a known shape in the
   * same section and place (one `isEqualNode`, instead of reading each cell), or null: then
   * `rowShape` it. `count` is how many controls the row has; each field's `previous` is what its
   * control's `data-payer-check-field` holds now (equal nodes, equal attributes).
   */
  sameAsModel(tr: Element): { fields: RowField[]; count: number } | null;
}

/**
 * A private copy of a row taken when its shape was first seen, before anything was marked, in a
 * document of our own (no browsing context: nothing of the page's runs when it is copied). Equal
 * nodes have equal shapes: `isEqualNode` compares every descendant, attribute and text that
 * `rowShape` reads, and the row's own attributes are compared apart (they may be row numbers).
 */
interface Model {
  readonly copy: Element;
  /** The detection of the model's shape (the same for every row equal to the copy). */
  readonly template: Template;
  /** The controls' `data-payer-check-field` in the copy, position by position. */
  readonly previous: readonly (string | null)[];
  /** The attributes the copy holds now (the last compared row's): none at first. */
  attributes: string[];
}

const MODELS_PER_PLACE = 4;

export function createRowTemplates(): RowTemplates {
  const byTable = new WeakMap<Element, Map<string, Template>>();
  const models = new WeakMap<Element, Map<string, Model[]>>();
  let scratch: Document | undefined;

  const templateOf = (table: Element, key: string): Template | undefined => byTable.get(table)?.get(key);

  /** Keeps a copy of the shape's row as a model for its place, while it is as rowShape read it. */
  const keepModel = (shape: RowShape, template: Template): void => {
    const tr = shape.controls[0]?.parentElement?.parentElement;
    const section = tr?.parentElement;
    if (!tr || !section) return;
    let places = models.get(section);
    if (!places) models.set(section, (places = new Map()));
    // Keyed by the section element itself: its tag (in placeKey) adds nothing here.
    const place = placeOf(tr);
    const list = places.get(place) ?? [];
    if (list.length >= MODELS_PER_PLACE || list.some((m) => m.template === template)) return;
    scratch ??= tr.ownerDocument.implementation.createHTMLDocument('');
    const copy = scratch.importNode(tr, true);
    for (const name of copy.getAttributeNames()) copy.removeAttribute(name);
    const controls = Array.from(copy.querySelectorAll(CONTROL_SELECTOR));
    if (controls.length !== shape.controls.length) return;
    list.push({ copy, template, previous: controls.map((c) => c.getAttribute(FIELD_ATTRIBUTE)), attributes: [] });
    places.set(place, list);
  };

  return {
    fieldsOf(shape) {
      const template = templateOf(shape.table, shape.key);
      if (!template) return null;
      keepModel(shape, template);
      const out: DetectedField[] = [];
      for (let i = 0; i < template.length; i++) {
        const t = template[i];
        if (t) out.push({ element: shape.controls[i]!, kind: t.kind, score: t.score, evidence: t.evidence, decidedBy: t.decidedBy });
      }
      return out;
    },
    remember(shape, fields) {
      let shapes = byTable.get(shape.table);
      if (!shapes) byTable.set(shape.table, (shapes = new Map()));
      if (shapes.size >= 50) return; // a table of ever-new shapes is no grid
      const found = new Map<Element, DetectedField>(fields.map((f) => [f.element, f]));
      const template = shape.controls.map((control) => {
        const f = found.get(control);
        return f ? { kind: f.kind, score: f.score, evidence: f.evidence, decidedBy: f.decidedBy } : null;
      });
      shapes.set(shape.key, template);
      keepModel(shape, template);
    },
    sameAsModel(tr) {
      // Called for every row a grid appends: no strings built, no collections, one isEqualNode.
      const section = tr.parentElement;
      const list = section && models.get(section)?.get(placeOf(tr));
      if (!list) return null;
      // The row's own attributes: only those that never label it (row numbers, classes).
      const names = tr.hasAttributes() ? tr.getAttributeNames() : NONE;
      for (const name of names) if (!ROW_ATTRIBUTES.has(name)) return null;
      for (const model of list) {
        // The copy takes the row's attributes for the comparison; the rest must be equal.
        const copy = model.copy;
        if (names.length || model.attributes.length) {
          for (const name of model.attributes) copy.removeAttribute(name);
          for (const name of names) copy.setAttribute(name, tr.getAttribute(name)!);
          model.attributes = names;
        }
        if (!tr.isEqualNode(copy)) continue;
        // Equal rows hold their controls at the same places: one per cell that has a child, in
        // cell order (rowShape's order), so the cells are walked instead of collected.
        const template = model.template;
        const fields: RowField[] = [];
        let i = 0;
        for (let cell = tr.firstElementChild; cell; cell = cell.nextElementSibling) {
          const control = cell.firstElementChild;
          if (!control) continue;
          const t = template[i];
          if (t) fields.push({ element: control as FormControl, kind: t.kind, score: t.score, evidence: t.evidence, decidedBy: t.decidedBy, previous: model.previous[i]! });
          i++;
        }
        return { fields, count: template.length };
      }
      return null;
    },
  };
}
