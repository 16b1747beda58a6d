/**
 * Editors drawn as a small table inside a form's value cell (DevExpress, Telerik, old WebForms
 * date pickers): `<td>Fin validité</td><td><table><tr><td><input></td><td>▾</td></tr></table></td>`.
 * The caption is in the outer row, so the outer cell is the control's cell. Only a table that
 * holds this one control and no words of its own counts: a nested table with its own caption
 * cells is a form of its own.
 */
import { LATIN_LETTER } from './table-index';
import { textOf } from './text-of';

/** The outer table cell an editor table sits in, or null when the table is no editor. */
export function editorTableHost(table: Element): Element | null {
  let host = table.parentElement;
  // The editor may be wrapped in a div or span or two inside the cell.
  for (let i = 0; host && i < 2 && !isCell(host); i++) {
    if (host.tagName !== 'DIV' && host.tagName !== 'SPAN') return null;
    host = host.parentElement;
  }
  return host && isCell(host) && isEditorTable(table) ? host : null;
}

function isCell(el: Element): boolean {
  return el.tagName === 'TD' || el.tagName === 'TH';
}

function isEditorTable(table: Element): boolean {
  let rows = 0;
  for (let child = table.firstElementChild; child; child = child.nextElementSibling) {
    const tag = child.tagName;
    if (tag === 'TR') rows++;
    else if (tag === 'TBODY' || tag === 'THEAD' || tag === 'TFOOT') rows += child.childElementCount;
    if (rows > 2) return false;
  }
  if (rows === 0) return false;
  let controls = 0;
  for (const control of Array.from(table.querySelectorAll('input,select,textarea'))) {
    if (control.getAttribute('type')?.toLowerCase() === 'hidden') continue;
    if (++controls > 1) return false;
  }
  return controls === 1 && !LATIN_LETTER.test(textOf(table, 40));
}
