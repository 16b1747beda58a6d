// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createDetector } from '../../components/page/detect-fields';
import { collectControls } from '../../components/page/collect-controls';
import { createRowTemplates, rowShape } from '../../components/page/row-template';

afterEach(() => {
  document.body.replaceChildren();
});

function table(rows: string): HTMLTableSectionElement {
  document.body.innerHTML = `<table><thead><tr><th>Date</th><th>Nationalité</th><th>Débiteur</th></tr></thead><tbody>${rows}</tbody></table>`;
  return document.querySelector('tbody')!;
}

describe('rowShape', () => {
  it('gives grid rows of the same shape the same key, whatever their row numbers (the first row apart: nothing above it)', () => {
    const row = (n: number) => `<tr><td><input name="r${n}.date"></td><td><input name="r${n}.nat"></td><td><select name="r${n}.deb"><option>Mutuelle</option><option>CPAS</option></select></td></tr>`;
    const tbody = table(row(1) + row(2) + row(33));
    const [first, a, b] = Array.from(tbody.querySelectorAll('tr'), (tr) => rowShape(tr));
    expect(a).not.toBeNull();
    expect(a!.key).toBe(b!.key);
    expect(first!.key).not.toBe(a!.key);
    expect(a!.controls).toHaveLength(3);
  });

  it('keeps a row under a text row apart from rows under fields (the cell above may label it)', () => {
    const tbody = table('<tr><td colspan="2">Séjour</td></tr><tr><td><input name="a"></td></tr><tr><td><input name="a"></td></tr>');
    const [, underText, underField] = Array.from(tbody.querySelectorAll('tr'), (tr) => rowShape(tr));
    expect(underText!.key).not.toBe(underField!.key);
  });

  it.each([
    ['a cell with label words', '<tr><td>Nationalité</td><td><input></td></tr>'],
    ['a control with an id (a label[for] may name it)', '<tr><td><input id="x"></td></tr>'],
    ['a control with aria-labelledby', '<tr><td><input aria-labelledby="l"></td></tr>'],
    ['a cell with a control and text', '<tr><td>NISS <input></td></tr>'],
    ['a header cell in the row', '<tr><th>NISS</th><td><input></td></tr>'],
    ['a row that labels itself', '<tr aria-label="Patient"><td><input></td></tr>'],
    ['a row spanning cells', '<tr><td rowspan="2"><input></td></tr>'],
    ['a wrapped control', '<tr><td><div><input></div></td></tr>'],
  ])('leaves out a row with %s', (_why, row) => {
    const tbody = table(row);
    expect(rowShape(tbody.querySelectorAll('tr')[0]!)).toBeNull();
  });

  it('accepts cells with numbers or dates only (no words)', () => {
    const tbody = table('<tr><td>12</td><td>03/01/2026</td><td><input name="deb"></td></tr>');
    expect(rowShape(tbody.querySelectorAll('tr')[0]!)).not.toBeNull();
  });
});

describe('createRowTemplates', () => {
  it("gives later rows the first row's detection, control by control", () => {
    const tbody = table('<tr><td><input name="r0.date"></td><td><input name="r0.nat"></td><td><input name="r0.deb" list="p"></td></tr>' +
      '<tr><td><input name="r1.date"></td><td><input name="r1.nat"></td><td><input name="r1.deb" list="p"></td></tr>' +
      '<tr><td><input name="r2.date"></td><td><input name="r2.nat"></td><td><input name="r2.deb" list="p"></td></tr>');
    const templates = createRowTemplates();
    const detect = createDetector();
    const rows = tbody.querySelectorAll('tr');
    const first = rowShape(rows[1]!)!;
    expect(templates.fieldsOf(first)).toBeNull();
    const fields = detect(collectControls(rows[1]!));
    templates.remember(first, fields);
    const second = rowShape(rows[2]!)!;
    const reused = templates.fieldsOf(second)!;
    expect(reused.map((f) => [f.element, f.kind])).toEqual(detect(collectControls(rows[2]!)).map((f) => [f.element, f.kind]));
    expect(reused.map((f) => (f.element as HTMLInputElement).name)).toContain('r2.nat');
  });
});

describe('createRowTemplates: rows equal to a model row', () => {
  const row = (extra = '', cellAttrs = '') =>
    `<tr${extra}><td${cellAttrs}><input data-x="d"></td><td><input data-x="n"></td><td>12</td><td><select><option>Mutuelle</option><option>CPAS</option><option>Patient</option></select></td></tr>`;

  /** Shapes and remembers the second row (the first has nothing above it), as the session does. */
  function learn(tbody: HTMLTableSectionElement) {
    const templates = createRowTemplates();
    const tr = tbody.querySelectorAll('tr')[1]!;
    const shape = rowShape(tr)!;
    templates.remember(shape, createDetector()(collectControls(tr)));
    return templates;
  }

  it('gives a row equal to the model the fields rowShape would, with what each mark holds now', () => {
    const tbody = table(row() + row() + row(' class="odd" data-index="7"'));
    const templates = learn(tbody);
    const third = tbody.querySelectorAll('tr')[2]!;
    const same = templates.sameAsModel(third)!;
    expect(same.count).toBe(3);
    expect(same.fields.map((f) => [f.element, f.kind, f.previous])).toEqual(
      templates.fieldsOf(rowShape(third)!)!.map((f) => [f.element, f.kind, null]),
    );
  });

  it.each([
    ['a different control attribute', row().replace('data-x="n"', 'data-x="n" placeholder="Nom"')],
    ['a row attribute that may label it', row(' aria-label="Contact"')],
    ['a cell with words', row().replace('<td>12</td>', '<td>Conjoint</td>')],
    ['another option list', row().replace('<option>Patient</option>', '')],
    ['a hidden cell', row('', ' hidden')],
  ])('leaves a row with %s to rowShape', (_why, other) => {
    const tbody = table(row() + row() + other);
    const templates = learn(tbody);
    expect(templates.sameAsModel(tbody.querySelectorAll('tr')[2]!)).toBeNull();
  });

  it('knows a mark the page copied along with a row (a cloned row keeps its attribute)', () => {
    const tbody = table(row() + row().replace('data-x="n"', 'data-x="n" data-payer-check-field="nationality"'));
    const templates = learn(tbody);
    const copy = tbody.querySelectorAll('tr')[1]!.cloneNode(true) as Element;
    tbody.append(copy);
    const same = templates.sameAsModel(copy);
    expect(same?.fields.find((f) => f.element === copy.querySelectorAll('input')[1])?.previous ?? null).toBe(
      copy.querySelectorAll('input')[1]!.getAttribute('data-payer-check-field'),
    );
  });
});
