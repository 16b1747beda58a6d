/**
 * Where a table cell sits and what labels it: the header cell above (colspan/rowspan aware),
 * the header cell on its row, the text cell to its left or above. Built once per table and
 * cached, so a 1,000-row grid costs one pass, not one per control.
 */
import { textOf, holdsControl } from './text-of';

export interface CellLabels {
  readonly rowHeader?: string;
  readonly columnHeader?: string;
  /** Upper header rows ("Titre de séjour" spanning "Type | Numéro | Valable jusqu'au"). */
  readonly columnGroups: readonly string[];
  readonly left?: string;
  readonly above?: string;
  readonly caption?: string;
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
  readonly columnText: Map<string, string>;
  readonly cellText: WeakMap<Element, string>;
}

export type TableCache = WeakMap<HTMLTableElement, TableIndex>;

export function createTableCache(): TableCache {
  return new WeakMap();
}

/** A control in a header row is a column filter, not a field of the record. */
export function isInHeaderRow(cell: HTMLTableCellElement, cache: TableCache): boolean {
  const table = cell.closest('table');
  if (!table) return false;
  if (cell.parentElement?.parentElement?.tagName === 'THEAD') return true;
  let index = cache.get(table);
  if (!index || !index.slots.has(cell)) {
    index = indexTable(table);
    cache.set(table, index);
  }
  const slot = index.slots.get(cell);
  return slot !== undefined && slot.row < index.headerRows;
}

export function labelsOfCell(cell: HTMLTableCellElement, cache: TableCache): CellLabels | null {
  const table = cell.closest('table');
  if (!table) return null;
  let index = cache.get(table);
  if (!index || !index.slots.has(cell)) {
    index = indexTable(table); // rows appended since the last look: index again
    cache.set(table, index);
  }
  const slot = index.slots.get(cell);
  if (!slot) return null;
  const columnGroups: string[] = [];
  const labels: { -readonly [K in keyof CellLabels]: CellLabels[K] } = { columnGroups };
  const row = index.grid[slot.row] ?? [];

  // The nearest cell to the left with words, past empty cells (an icon column) but not past a
  // cell holding another field.
  for (let c = slot.col - 1, skipped = 0; c >= 0 && skipped <= 2; c--) {
    const left = row[c];
    if (!left || left === cell) continue;
    const t = labelText(left, index);
    if (t) {
      if (left.tagName === 'TH') labels.rowHeader = t;
      else labels.left = t;
      break;
    }
    if (holdsControl(left)) break;
    skipped++;
  }

  if (slot.row >= index.headerRows && index.headerRows > 0) {
    const key = `${slot.col}:${slot.colSpan}`;
    let header = index.columnText.get(key);
    if (header === undefined) {
      header = columnHeader(index, slot) ?? '';
      index.columnText.set(key, header);
    }
    if (header) labels.columnHeader = header;
    for (let r = index.headerRows - 2; r >= 0; r--) {
      const group = index.grid[r]?.[slot.col];
      const t = group ? labelText(group, index) : '';
      if (t && t !== header) columnGroups.push(t);
    }
  }

  if (slot.row > 0 && slot.row > index.headerRows - 1) {
    const above = index.grid[slot.row - 1]?.[slot.col];
    const aboveSlot = above ? index.slots.get(above) : undefined;
    if (above && aboveSlot && aboveSlot.row >= index.headerRows && aboveSlot.colSpan <= slot.colSpan) {
      const t = labelText(above, index);
      if (t) labels.above = t;
    }
  }

  const captionElement = Array.from(table.children).find((c) => c.tagName === 'CAPTION');
  const caption = captionElement ? textOf(captionElement) : '';
  if (caption) labels.caption = caption;
  return labels;
}

function columnHeader(index: TableIndex, slot: Slot): string | undefined {
  const header = index.grid[index.headerRows - 1]?.[slot.col];
  return header ? labelText(header, index) || undefined : undefined;
}

/** A cell's words when it is a label: short text, no control inside. */
function labelText(cell: Element, index: TableIndex): string {
  let t = index.cellText.get(cell);
  if (t === undefined) {
    t = holdsControl(cell) ? '' : textOf(cell, 90);
    // Long prose, row numbers and icons ("ⓘ", "*") label nothing.
    if (t.length > 80 || !/\p{L}/u.test(t)) t = '';
    index.cellText.set(cell, t);
  }
  return t;
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
  return Array.from(tr.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
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
  return { table, slots, grid, headerRows: headRows || leadingHeaderRows(rows), columnText: new Map(), cellText: new WeakMap() };
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
