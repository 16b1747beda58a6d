// @vitest-environment happy-dom
/**
 * Evidence from less usual places (components/page/evidence-extra.ts, text-of.ts): help text
 * by aria-describedby, a label written after its input, an abbreviation's title, an ARIA
 * combobox's listbox options — and the traps of each.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { detectFields } from '../../components/page/detect-fields';
import { describedByText, listboxOf, listboxOptionTexts, trailingLabelText } from '../../components/page/evidence-extra';
import { textOf } from '../../components/page/text-of';

const kinds = (html: string): (string | null)[] => {
  document.body.innerHTML = html;
  const found = new Map(detectFields(document).map((f) => [f.element, f.kind]));
  return Array.from(document.querySelectorAll('input:not([type=hidden]),select,textarea'), (el) => found.get(el as never) ?? null);
};

afterEach(() => {
  document.body.replaceChildren();
});

describe('aria-describedby help text, when nothing better labels the field', () => {
  it.each([
    ['<input name="c3" aria-describedby="h"><p id="h">Rijksregisternummer of BIS-nummer, 11 cijfers.</p>', 'national-number'],
    ['<input name="c13" type="date" aria-describedby="h"><p id="h">Vervaldatum van de verblijfskaart.</p>', 'document-expiry'],
    ['<input name="c19" aria-describedby="h"><p id="h">Nummer van de Europese ziekteverzekeringskaart (EZVK).</p>', 'ehic'],
    ['<input name="c23" aria-describedby="h"><p id="h">Nummer van de betalingsverbintenis van het OCMW (MediPrima).</p>', 'cpas'],
    ['<input name="x" aria-describedby="a b"><span id="a">Format JJ.MM.AAAA.</span><span id="b">Date d’arrivée en Belgique</span>', 'arrival-date'],
    // traps: the help text tells what it is not
    ['<input name="c21" type="date" aria-describedby="h"><p id="h">Einddatum van de verwijsbrief van de huisarts.</p>', null],
    ['<input name="c27" aria-describedby="h"><p id="h">Gemeente van de werkgever (voor arbeidsongevallen).</p>', null],
    ['<input name="x" aria-describedby="h"><p id="h">Champ obligatoire.</p>', null],
    ['<input name="x" aria-describedby="missing">', null],
  ])('%s → %s', (html, kind) => expect(kinds(html)).toEqual([kind]));

  it('is weaker than a label: the label decides', () => {
    expect(kinds('<label for="a">Nationalité</label><input id="a" aria-describedby="h"><p id="h">Numéro de registre national du patient.</p>')).toEqual(['nationality']);
    expect(kinds('<label for="a">Date de naissance</label><input id="a" aria-describedby="h"><p id="h">Comme sur le titre de séjour (date d’expiration à part).</p>')).toEqual([null]);
  });

  it('reads the texts pointed at, not the control itself nor an ancestor', () => {
    document.body.innerHTML = '<div id="w"><input id="i" aria-describedby="w i h"></div><p id="h">NISS</p>';
    expect(describedByText(document.getElementById('i')!)).toBe('NISS');
  });
});

describe('a label written after its input (no for)', () => {
  it.each([
    ['<div class="field"><input name="f11" placeholder=" "><span class="field-label">Permit / card number</span></div>', 'document-number'],
    ['<div class="field"><input name="f17" type="date"><span class="field-label">EHIC / GHIC valid until</span></div>', 'ehic'],
    ['<div><input name="x"> Nationalité</div>', 'nationality'],
    ['<div><div class="wrap"><input name="x"></div><label>Commune</label></div>', 'commune'],
    ['<div><input name="x"><i class="icon"></i><span>Mutualité</span></div>', 'insurer'],
  ])('%s → %s', (html, kind) => expect(kinds(html)).toEqual([kind]));

  it.each([
    // the words between two controls belong to the next one
    ['<div><input name="a"> Nationalité <input name="b"></div>', [null, 'nationality']],
    // a label before the input wins over a hint after it
    ['<div><span>Date de naissance</span><input name="a"><span>Date d’arrivée en Belgique si autre</span></div>', [null]],
    // a big container is a layout, not a field
    ['<div><input name="a"><span>x</span><span>y</span><span>z</span><span>Nationalité</span></div>', [null]],
    // unit and hint texts name nothing
    ['<div><input name="w"><span>kg</span></div>', [null]],
  ])('%s → %j', (html, expected) => expect(kinds(html)).toEqual(expected));

  it('returns the words only when the container holds no other control', () => {
    document.body.innerHTML = '<div><input id="a"><span>NISS</span></div><div><input id="b"><span>NISS</span><select></select></div>';
    expect(trailingLabelText(document.getElementById('a')!)).toBe('NISS');
    expect(trailingLabelText(document.getElementById('b')!)).toBe('');
  });
});

describe('a bare abbreviation is weak evidence', () => {
  it.each([
    ['<div><span>StA</span><input name="k"></div>', 'nationality'],
    ['<input name="sta">', null],
    ['<input name="STA_CODE">', null],
  ])('%s → %s', (html, kind) => expect(kinds(html)).toEqual([kind]));
});

describe('<abbr title> in a label: the abbreviation and its expansion', () => {
  it('reads both', () => {
    document.body.innerHTML = '<span id="l"><abbr title="Staatsangehörigkeit">StA</abbr>:</span>';
    expect(textOf(document.getElementById('l')!)).toBe('StA (Staatsangehörigkeit)');
  });

  it.each([
    ['<div><span><abbr title="Staatsangehörigkeit">StA</abbr></span><input name="k05"></div>', 'nationality'],
    ['<div><span><abbr title="Wohnsitzgemeinde">Wohnsitzgem.</abbr></span><input name="k10"></div>', 'commune'],
    ['<div><span><abbr title="Europäische Krankenversicherungskarte">EKVK</abbr> gült. bis</span><input name="k23"></div>', 'ehic'],
    ['<div><span><abbr title="Nummer der Kostenübernahme (MediPrima)">Kostenübern.-Nr.</abbr></span><input name="k26"></div>', 'cpas'],
    ['<label><abbr title="Aide médicale urgente">AMU</abbr> <input type="checkbox"></label>', 'amu'],
    // the expansion's own traps
    ['<div><span><abbr title="Geburtsort">Geb.-Ort</abbr></span><input name="k04"></div>', null],
    ['<div><span><abbr title="Gemeinde des Arbeitgebers">AG-Gemeinde</abbr></span><input name="k19"></div>', null],
    ['<div><span><abbr title="Überweisung gültig bis">Überw. gült. bis</abbr></span><input name="k18"></div>', null],
    ['<div><span><abbr title="Zimmernummer">Zi.-Nr.</abbr></span><input name="k16"></div>', null],
  ])('%s → %s', (html, kind) => expect(kinds(html)).toEqual([kind]));

  it('the companion block keeps its other-person context', () => {
    expect(
      kinds('<fieldset><legend>Begleitperson</legend><div><span><abbr title="Staatsangehörigkeit">StA</abbr></span><input name="k30"></div></fieldset>'),
    ).toEqual([null]);
  });
});

describe('an ARIA combobox: its listbox options count as a select’s', () => {
  const combobox = (label: string, options: string[], extra = '') =>
    `<span id="l">${label}</span><input role="combobox" aria-labelledby="l" aria-controls="lb" ${extra}>` +
    `<ul id="lb" role="listbox" hidden>${options.map((o) => `<li role="option">${o}</li>`).join('')}</ul>`;

  it.each([
    ['a payer by its options under a bare "Type"', combobox('Type', ['Ziekenfonds', 'OCMW', 'Fedasil', 'Reisverzekering', 'Patiënt']), 'payer'],
    ['a payer under no label at all', combobox('', ['Mutuelle', 'CPAS', 'Fedasil', 'Patient']), 'payer'],
    ['a residence document', combobox('Soort', ['EU-kaart', 'A-kaart', 'F-kaart', 'Bijlage 26']), 'residence-document'],
    ['a CPAS', combobox('', ['OCMW Leuven', 'OCMW Heverlee', 'OCMW Tienen']), 'cpas'],
    ['the label still decides first', combobox('Nationaliteit', ['Belg', 'Nederlander', 'Pool']), 'nationality'],
    // traps: options that name nothing of ours
    ['a doctor picker', combobox('Behandelend arts', ['Dr. A. Peeters', 'Dr. M. Janssens']), null],
    ['a ward picker', combobox('Afdeling', ['Spoed', 'Interne geneeskunde', 'Materniteit']), null],
    ['an input whose aria-controls is no listbox', '<span id="l">Type</span><input aria-labelledby="l" aria-controls="p"><div id="p">Mutuelle CPAS Fedasil Patient</div>', null],
  ])('%s', (_, html, kind) => expect(kinds(html)).toEqual([kind]));

  it('finds the listbox through a role=combobox wrapper (ARIA 1.1) and aria-owns', () => {
    document.body.innerHTML =
      '<div role="combobox" aria-owns="lb"><input id="i"></div><ul id="lb" role="listbox"><li role="option">Mutuelle</li><li role="option">CPAS</li></ul>' +
      '<input id="j" role="combobox" aria-controls="pop"><div id="pop"><ul role="listbox"><li role="option">A</li></ul></div>';
    expect(listboxOptionTexts(document.getElementById('i')!)).toEqual(['Mutuelle', 'CPAS']);
    expect(listboxOf(document.getElementById('j')!)?.tagName).toBe('UL');
  });
});
