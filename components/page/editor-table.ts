/**
 * Editors drawn as a small table inside a form's value cell (DevExpress, Telerik, old WebForms
 * date pickers): `<td>Fin validité</td><td><table><tr><td><input></td><td>▾</td></tr></table></td>`.
 * The caption is in the outer row, so the outer cell is the control's cell. Only a table that
 * holds this one control and no words before it counts (a calendar link or a button after the
 * input, as Telerik draws them, may have words): a nested table with its own caption cells is
 * a form of its own.
 */
import { LATIN_LETTER } from './table-index';
import { textOf } from './text-of';

/** The outer table cell an editor table sits in, or null when the table is no editor. */
export function editorTableHost(table: Element, controlCell: Element): Element | null {
  let host = table.parentElement;
  // The editor may be wrapped in a div or span or two inside the cell.
  for (let i = 0; host && i < 2 && !isCell(host); i++) {
    if (host.tagName !== 'DIV' && host.tagName !== 'SPAN') return null;
    host = host.parentElement;
  }
  return host && isCell(host) && isEditorTable(table, controlCell) ? host : null;
}

function isCell(el: Element): boolean {
  return el.tagName === 'TD' || el.tagName === 'TH';
}

function isEditorTable(table: Element, controlCell: Element): boolean {
  const rows: Element[] = [];
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    const tag = child.tagName;
    if (tag === 'TR') rows.push(child);
    else if (tag === 'TBODY' || tag === 'THEAD' || tag === 'TFOOT') {
      for (let tr = child.firstElementChild; tr; tr = tr.nextElementSibling) if (tr.tagName === 'TR') rows.push(tr);
    }
    if (rows.length > 2) return false;
  }
  if (rows.length === 0) return false;
  let controls = 0;
  for (const control of Array.from(table.querySelectorAll('input,select,textarea'))) {
    if (control.getAttribute('type')?.toLowerCase() === 'hidden') continue;
    if (++controls > 1) return false;
  }
  if (controls !== 1) return false;
  // Words are allowed only after the control's cell in its row (a calendar link, a unit).
  for (const tr of rows) {
    let after = false;
    for (let cell = tr.firstElementChild; cell; cell = cell.nextElementSibling) {
      if (cell === controlCell) after = true;
      else if (!after && isCell(cell) && LATIN_LETTER.test(textOf(cell, 40))) return false;
    }
  }
  return true;
}
