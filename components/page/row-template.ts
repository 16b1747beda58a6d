/**
 * Rows a grid appends by the hundred, classified once per shape. A row qualifies when it holds
 * nothing that could label one of its controls differently from the row before: every cell is
 * a td holding exactly one control and nothing else, or no words at all (empty, a number, a
 * date); the controls carry no id or aria-labelledby (no label of their own); the row has no
 * attributes that hide or label it. Such a row's fields are decided by its table (headers,
 * section) and the controls' own attributes — exactly what the shape key holds — so the first
 * row of a shape is detected in full and later rows of that shape in that table reuse it.
 * Anything else goes through full detection (detect-fields.ts).
 */
import type { DetectedField } from './detect-fields';
import type { FormControl } from './label-of';
import { LATIN_LETTER } from './table-index';

/** Attributes detection reads on a control (as in detect-fields.ts' grid key); ids disqualify. */
const READ = new Set(['type', 'name', 'placeholder', 'title', 'aria-label', 'autocomplete', 'formcontrolname', 'ng-model', 'data-field', 'data-name', 'list', 'role', 'style', 'hidden', 'disabled']);
const DISQUALIFY = new Set(['id', 'aria-labelledby', 'aria-describedby']);
const ROW_ATTRIBUTES = new Set(['class', 'data-row', 'data-index', 'data-id', 'data-key', 'aria-rowindex', 'tabindex']);
const DIGITS = /\d+/g;
const CONTROL_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);

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
  // A row right under a text or header row may take a label from the cell above: it gets
  // shapes of its own, apart from rows under another row of fields.
  const above = tr.previousElementSibling;
  const aboveField = above?.firstElementChild?.firstElementChild;
  let key = `${section.tagName}${!above ? '^' : aboveField && CONTROL_TAGS.has(aboveField.tagName) ? '=' : '~'}`;
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

/** What the first row of a shape gave, position by position (null: not a field, or left out). */
type Template = readonly (Omit<DetectedField, 'element'> | null)[];

export interface RowTemplates {
  /** The fields of a row whose shape this table has seen, or null (then detect it and `remember`). */
  fieldsOf(shape: RowShape): DetectedField[] | null;
  remember(shape: RowShape, fields: readonly DetectedField[]): void;
}

export function createRowTemplates(): RowTemplates {
  const byTable = new WeakMap<Element, Map<string, Template>>();
  return {
    fieldsOf(shape) {
      const template = byTable.get(shape.table)?.get(shape.key);
      if (!template) return null;
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
      shapes.set(
        shape.key,
        shape.controls.map((control) => {
          const f = found.get(control);
          return f ? { kind: f.kind, score: f.score, evidence: f.evidence, decidedBy: f.decidedBy } : null;
        }),
      );
    },
  };
}
