/**
 * Where a table cell sits and what labels it: the header cell above (colspan/rowspan aware),
 * the header cell on its row, the text cell to its left or above. Built once per table and
 * cached, so a 1,000-row grid costs one pass, not one per control.
 */
import { nameBeforeNote, soleHeadingText, styledAsTitle, textOf, VISIBLE_CONTROL_SELECTOR } from './text-of';

/** A letter of the Latin script, accented ones included. */
export const LATIN_LETTER = /[A-Za-z\u00C0-\u024F]/;

export interface CellLabels {
  readonly rowHeader?: string;
  readonly columnHeader?: string;
  /** Upper header rows ("Titre de séjour" spanning "Type | Numéro | Valable jusqu'au"). */
  readonly columnGroups: readonly string[];
  readonly left?: string;
  readonly above?: string;
  readonly caption?: string;
  /** The nearest section row above ("Médecin traitant" in a th spanning the whole table). */
  readonly section?: string;
}

interface Slot {
  readonly row: number;
  readonly col: number;
  readonly colSpan: number;
}

export interface TableIndex {
  readonly table: HTMLTableElement;
  readonly slots: Map<Element, Slot>;
  readonly grid: (Element | undefined)[][];
  readonly headerRows: number;
  readonly caption: string;
  /** Per column (col:colSpan): its header and the upper header rows above it. */
  readonly columns: Map<string, { readonly header: string; readonly groups: readonly string[] }>;
  readonly cells: WeakMap<Element, CellInfo>;
  readonly labels: WeakMap<Element, CellLabels>;
  /** Per row, the text of the nearest section row above it (computed once, on first need). */
  rowSections?: readonly (string | undefined)[];
  /** A body table without headers whose header row is a table of its own just before it (Element UI, fixed-header grids). */
  detached?: TableIndex | null;
  /** Every body row opens with a cell of words and no control: the first column names each row (computed once). */
  labelColumn?: boolean;
  /** The words of every column's header (computed once, on first need). */
  headers?: readonly string[];
}

interface CellInfo {
  /** The cell's words when it is a label; '' otherwise. */
  readonly text: string;
  readonly holdsControl: boolean;
}

export type TableCache = WeakMap<HTMLTableElement, TableIndex>;

export function createTableCache(): TableCache {
  return new WeakMap();
}

/** The table a cell belongs to (its own, not an outer one): cell → tr → (tbody) → table. */
function tableOf(cell: Element): HTMLTableElement | null {
  const section = cell.parentElement?.parentElement;
  if (!section) return null;
  if (section.tagName === 'TABLE') return section as HTMLTableElement;
  const table = section.parentElement;
  return table?.tagName === 'TABLE' ? (table as HTMLTableElement) : null;
}

function indexOf(cell: Element, cache: TableCache): { index: TableIndex; slot: Slot } | null {
  const table = tableOf(cell);
  if (!table) return null;
  let index = cache.get(table);
  if (!index || !index.slots.has(cell)) {
    index = indexTable(table); // rows appended since the last look: index again
    cache.set(table, index);
  }
  const slot = index.slots.get(cell);
  return slot ? { index, slot } : null;
}

/** A control in a header row is a column filter, not a field of the record. */
export function isInHeaderRow(cell: HTMLTableCellElement, cache: TableCache): boolean {
  const found = indexOf(cell, cache);
  return found !== null && found.slot.row < found.index.headerRows;
}

/**
 * A database column's type as a database tool shows it, with its size or values: "varchar(80)",
 * "char(3)", "int(11) unsigned", "enum('N','J')". (A bare "date" is also a caption: "Date [__]".)
 */
const DATA_TYPE = /^((var)?char|(tiny|small|medium|big)?int|decimal|numeric|float|double|bit)\s*\(\s*\d+(\s*,\s*\d+)?\s*\)(\s+unsigned)?$|^(enum|set)\s*\(\s*'.*\)$/;

export function labelsOfCell(cell: HTMLTableCellElement, cache: TableCache): CellLabels | null {
  const found = indexOf(cell, cache);
  if (!found) return null;
  const { index, slot } = found;
  const known = index.labels.get(cell);
  if (known) return known;
  const labels: { -readonly [K in keyof CellLabels]: CellLabels[K] } = { columnGroups: [] };
  const row = index.grid[slot.row] ?? [];

  // The nearest cell to the left with words, past empty cells (an icon column) but not past a
  // cell holding another field.
  for (let c = slot.col - 1, skipped = 0; c >= 0 && skipped <= 2; c--) {
    const left = row[c];
    if (!left || left === cell) continue;
    const info = cellInfo(left, index);
    // phpMyAdmin's and Adminer's insert page: "staatsang | char(3) | [ ] NULL | [____]": the column's
    // data type between the field and its name is no caption.
    if (info.text && DATA_TYPE.test(info.text.trim())) {
      skipped++;
      continue;
    }
    if (info.text) {
      if (left.tagName === 'TH') labels.rowHeader = info.text;
      else labels.left = info.text;
      break;
    }
    if (info.holdsControl) break;
    skipped++;
  }

  // "Soort | Land | Instelling | Nummer | Geldig tot" over rows "EZVK | [__] | [__] | [__] | [__]":
  // a grid whose first column names each row (a td, not a th) names the row's fields too.
  if (!labels.rowHeader && slot.col > 0 && index.headerRows > 0 && slot.row >= index.headerRows && (index.labelColumn ??= hasLabelColumn(index))) {
    const first = row[0];
    const t = first && first !== cell ? cellInfo(first, index).text : '';
    if (t && t !== labels.left) labels.rowHeader = t;
  }

  if (slot.row >= index.headerRows && (index.headerRows > 0 || detachedOf(index))) {
    const column = columnOf(index, slot);
    if (column.header) labels.columnHeader = column.header;
    labels.columnGroups = column.groups;
  }

  if (slot.row > 0 && slot.row > index.headerRows - 1) {
    const above = index.grid[slot.row - 1]?.[slot.col];
    const aboveSlot = above ? index.slots.get(above) : undefined;
    if (above && aboveSlot && aboveSlot.row >= index.headerRows && aboveSlot.colSpan <= slot.colSpan) {
      const t = cellInfo(above, index).text;
      // A th right above (stacked "label row, field row" forms) is nearer than the top header.
      if (t && above.tagName === 'TH') labels.columnHeader = t;
      else if (t) labels.above = t;
    }
  }

  if (index.caption) labels.caption = index.caption;
  const section = (index.rowSections ??= sectionRows(index))[slot.row];
  if (section) labels.section = section;
  index.labels.set(cell, labels);
  return labels;
}

/**
 * The words of every column header of the cell's table, left to right (a detached header's for a
 * body table without one); empty for a cell in a header row or a table without headers.
 */
export function columnHeadersOf(cell: HTMLTableCellElement, cache: TableCache): readonly string[] {
  const found = indexOf(cell, cache);
  if (!found || found.slot.row < found.index.headerRows) return [];
  const { index } = found;
  if (!index.headers) {
    const source = index.headerRows ? index : detachedOf(index);
    // The header rows' width: a grid's thousand body rows need not be read for it.
    const width = source ? Math.max(0, ...source.grid.slice(0, source.headerRows).map((line) => line.length)) : 0;
    const headers: string[] = [];
    for (let col = 0; source && col < width; col++) {
      const { header } = nearestHeader(source, col);
      if (header && headers[headers.length - 1] !== header) headers.push(header);
    }
    index.headers = headers;
  }
  return index.headers;
}

function hasLabelColumn(index: TableIndex): boolean {
  // A grid's header row names every column, the first one too ("Soort | Land | Instelling | Nummer"),
  // unlike a form laid out as "Label | [__] | Label | [__]" under one spanning title.
  const header = nearestHeader(index, 0);
  const row = header.row >= 0 ? index.grid[header.row]! : [];
  const named = new Set(row.filter((c): c is Element => !!c && !!cellInfo(c, index).text));
  if (!header.header || named.size < 3) return false;
  let rows = 0;
  for (let r = index.headerRows; r < index.grid.length; r++) {
    const first = index.grid[r]?.[0];
    if (!first) return false;
    const info = cellInfo(first, index);
    if (info.holdsControl || !info.text || (index.grid[r]?.length ?? 0) < 3) return false;
    rows++;
  }
  return rows >= 2;
}

/** The words of the lowest header row that has some in this column, and that row (-1: none). */
function nearestHeader(index: TableIndex, col: number): { header: string; row: number } {
  for (let r = index.headerRows - 1; r >= 0; r--) {
    const cell = index.grid[r]?.[col];
    const header = cell ? cellInfo(cell, index).text : '';
    if (header) return { header, row: r };
  }
  return { header: '', row: -1 };
}

function columnOf(index: TableIndex, slot: Slot): { readonly header: string; readonly groups: readonly string[] } {
  const key = `${slot.col}:${slot.colSpan}`;
  let column = index.columns.get(key);
  if (!column) {
    // The last header row may be a filter row of controls (Radzen, DevExtreme, a detached header
    // table): the nearest words above.
    const own = nearestHeader(index, slot.col);
    const detached = detachedOf(index);
    const header = own.header || (detached ? nearestHeader(detached, slot.col).header : '');
    const groups: string[] = [];
    for (let r = own.row - 1; r >= 0; r--) {
      const group = index.grid[r]?.[slot.col];
      const t = group ? cellInfo(group, index).text : '';
      if (t && t !== header && !groups.includes(t)) groups.push(t);
    }
    column = { header, groups };
    index.columns.set(key, column);
  }
  return column;
}

/** A cell's words when it is a label (short text, no control inside), computed once. */
function cellInfo(cell: Element, index: TableIndex): CellInfo {
  let info = index.cells.get(cell);
  if (!info) {
    const control = cellHoldsControl(cell);
    let text = control ? '' : textOf(cell, 90);
    // Long prose, row numbers and icons ("ⓘ", "*") label nothing, but a short name before a note
    // does. (Latin letters only: the vocabulary is French, Dutch, German and English; a Unicode
    // class costs ms to compile.)
    if (text.length > 80) text = nameBeforeNote(cell);
    if (!LATIN_LETTER.test(text)) text = '';
    info = { text, holdsControl: control };
    index.cells.set(cell, info);
  }
  return info;
}

/** Rows in the table's own order (thead, body rows, tfoot), not those of nested tables. */
function tableRows(table: HTMLTableElement): { rows: Element[]; headRows: number } {
  const head: Element[] = [];
  const body: Element[] = [];
  const foot: Element[] = [];
  for (const child of Array.from(table.children)) {
    const tag = child.tagName;
    if (tag === 'TR') body.push(child);
    else if (tag === 'THEAD' || tag === 'TBODY' || tag === 'TFOOT') {
      const target = tag === 'THEAD' ? head : tag === 'TFOOT' ? foot : body;
      for (const tr of Array.from(child.children)) if (tr.tagName === 'TR') target.push(tr);
    }
  }
  return { rows: [...head, ...body, ...foot], headRows: head.length };
}

function cellsOf(tr: Element): Element[] {
  const cells: Element[] = [];
  for (let c = tr.firstElementChild; c; c = c.nextElementSibling) if (c.tagName === 'TD' || c.tagName === 'TH') cells.push(c);
  return cells;
}

/**
 * A cell holding a shown control. (phpMyAdmin's "<td><span class=column_name>staatsang</span><input
 * type=hidden name=fields_name[…]></td>": a value kept for the form is no field.)
 */
function cellHoldsControl(cell: Element): boolean {
  return cell.childElementCount > 0 && cell.querySelector(VISIBLE_CONTROL_SELECTOR) !== null;
}

function span(cell: Element, attribute: 'colspan' | 'rowspan'): number {
  const n = Number.parseInt(cell.getAttribute(attribute) ?? '1', 10);
  return Number.isFinite(n) ? Math.max(1, Math.min(n, 100)) : 1;
}

function indexTable(table: HTMLTableElement): TableIndex {
  const { rows, headRows } = tableRows(table);
  const grid: (Element | undefined)[][] = [];
  const slots = new Map<Element, Slot>();
  rows.forEach((tr, r) => {
    const line = (grid[r] ??= []);
    let col = 0;
    for (const cell of cellsOf(tr)) {
      while (line[col]) col++;
      const colSpan = span(cell, 'colspan');
      const rowSpan = span(cell, 'rowspan');
      slots.set(cell, { row: r, col, colSpan });
      for (let dr = 0; dr < rowSpan && r + dr < rows.length; dr++) {
        const target = (grid[r + dr] ??= []);
        for (let dc = 0; dc < colSpan; dc++) target[col + dc] = cell;
      }
      col += colSpan;
    }
  });
  const captionElement = Array.from(table.children).find((c) => c.tagName === 'CAPTION');
  return {
    table,
    slots,
    grid,
    headerRows: headRows || leadingHeaderRows(rows),
    caption: captionElement ? textOf(captionElement) : '',
    columns: new Map(),
    cells: new WeakMap(),
    labels: new WeakMap(),
  };
}

/** A body table's detached header (see detachedHeader), looked for once; null when it has headers of its own or none. */
function detachedOf(index: TableIndex): TableIndex | null {
  if (index.headerRows) return null;
  if (index.detached === undefined) index.detached = detachedHeader(index.table);
  return index.detached;
}

/** The header table of a grid drawn as two tables: the first table (with a thead) in the element just before the body table's wrapper. */
function detachedHeader(table: HTMLTableElement): TableIndex | null {
  const before = table.parentElement?.previousElementSibling;
  const head = before?.tagName === 'TABLE' ? before : before?.querySelector(':scope > table');
  return head && head !== table && head.querySelector(':scope > thead') ? indexTable(head as HTMLTableElement) : null;
}

/** Without a thead: the leading rows made only of th cells. */
function leadingHeaderRows(rows: readonly Element[]): number {
  let n = 0;
  for (const tr of rows) {
    const cells = cellsOf(tr);
    if (cells.length === 0 || !cells.every((c) => c.tagName === 'TH')) break;
    n++;
  }
  return n;
}

/**
 * Section rows: a row made of one cell that spans the whole table, with words and no control
 * ("<tr><th colspan=4>Personne de contact</th></tr>"). Each row gets the nearest one above it,
 * in one pass over the table.
 */
function sectionRows(index: TableIndex): (string | undefined)[] {
  let width = 0;
  for (const line of index.grid) width = Math.max(width, line.length);
  const out: (string | undefined)[] = [];
  let current: string | undefined;
  index.grid.forEach((line, r) => {
    out[r] = current;
    const first = line[0];
    if (!first || width < 2 || index.slots.get(first)?.row !== r) return;
    let spans = true;
    for (let c = 1; c < width; c++) if (line[c] !== first) spans = false;
    const text = spans ? soleHeadingText(first) || cellInfo(first, index).text : index.headerRows ? '' : titleInContentColumn(line, index);
    if (text) current = text;
  });
  return out;
}

/**
 * Vaadin's form layout: "<tr><td class=captioncell></td><td class=errorcell></td><td class=contentcell>
 * <div class="v-label h3">Reiseversicherung</div></td></tr>" between its field rows: a row of three
 * cells or more, its caption column empty, no control, and in one later cell only a line the page
 * styles as a title (an h1–h6, bold, or a heading's class), titles the rows after it. (A hint in the
 * value column, "Sinon demander la carte européenne", titles nothing.) Only in a table without header
 * rows: there, a row with one value filled in is a record.
 */
function titleInContentColumn(line: readonly (Element | undefined)[], index: TableIndex): string {
  if (line.length < 3) return '';
  const first = cellInfo(line[0]!, index);
  if (first.text || first.holdsControl || (line[0]!.textContent ?? '').trim()) return '';
  let title = '';
  for (let c = 1; c < line.length; c++) {
    const cell = line[c];
    if (!cell || cell === line[c - 1]) continue;
    const info = cellInfo(cell, index);
    if (info.holdsControl) return '';
    if (!info.text) continue;
    if (title || !styledAsTitle(cell)) return '';
    title = info.text;
  }
  return title;
}

