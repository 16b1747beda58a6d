// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { classifyControl, createDetectionCache, detectFields } from '../../components/page/detect-fields';
import { OWN_NODE_ATTRIBUTE } from '../../components/page/field-kinds';
import type { FormControl } from '../../components/page/label-of';

/** Put the markup in the page and return the kind detected for the control marked data-t. */
function kindIn(html: string): string | null {
  document.body.innerHTML = html;
  const control = document.querySelector('[data-t]') as FormControl;
  return classifyControl(control, createDetectionCache())?.kind ?? null;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('where the label comes from', () => {
  it.each([
    ['label[for]', '<label for="x">Nationalité</label><input id="x" data-t>', 'nationality'],
    ['enclosing label', '<label>Nationalité <input data-t></label>', 'nationality'],
    ['enclosing label with a select inside (its options are not the label)', '<label>Type <select data-t><option>Nationalité</option></select></label>', null],
    ['aria-labelledby', '<span id="l">Rijksregisternummer</span><input aria-labelledby="l" data-t>', 'national-number'],
    ['aria-label', '<input aria-label="Ziekenfonds" data-t>', 'insurer'],
    ['text just before', '<div><span>Staatsangehörigkeit:</span><input data-t></div>', 'nationality'],
    ['text in the sibling column', '<div class="row"><div class="col">NISS</div><div class="col"><input data-t></div></div>', 'national-number'],
    ['dt of its dd', '<dl><dt>Gemeente</dt><dd><input data-t></dd></dl>', 'commune'],
    ['dt in a div group', '<dl><div><dt>Gemeente</dt><dd><input data-t></dd></div></dl>', 'commune'],
    ['placeholder', '<input placeholder="Mutualité" data-t>', 'insurer'],
    ['title', '<input title="Numéro de registre national" data-t>', 'national-number'],
    ['name words', '<input name="patient.nationality" data-t>', 'nationality'],
    ['ASP.NET id', '<input id="ctl00_ContentPlaceHolder1_txtNationalite" data-t>', 'nationality'],
    ['generated id means nothing', '<input id="mat-input-12" data-t>', null],
    ['autocomplete city', '<input autocomplete="address-level2" data-t>', 'commune'],
    ['a widget editor nested deep below the label\'s sibling', '<div class="f"><div class="lbl">Nationaliteit</div><div class="val"><div><div><div><input data-t></div></div></div></div></div>', 'nationality'],
    ['aria-labelledby on the combobox wrapper', '<span id="w">Verblijfstitel</span><div role="combobox" aria-labelledby="w"><div><input data-t></div></div>', 'residence-document'],
    ['the empty first option of a select', '<select data-t><option value="">-- Nationalité --</option><option>Belgique</option><option>Maroc</option></select>', 'nationality'],
    ['checkbox with text after it', '<input type="checkbox" data-t> Attestation AMU reçue', 'amu'],
    ['following label element of a checkbox', '<input type="checkbox" id="c" data-t><label for="c">Tiers payant</label>', 'payer'],
  ])('%s', (_, html, kind) => expect(kindIn(html)).toBe(kind));

  it('prefers the label over a contradicting name', () => {
    expect(kindIn('<label for="x">Date de naissance</label><input id="x" name="nationalite" data-t>')).toBeNull();
  });
});

describe('tables', () => {
  it.each([
    ['cell to the left', '<table><tr><td>Commune</td><td><input data-t></td></tr></table>', 'commune'],
    ['row header', '<table><tr><th>Mutualité</th><td><input data-t></td></tr></table>', 'insurer'],
    ['column header', '<table><thead><tr><th>Nom</th><th>Nationalité</th></tr></thead><tbody><tr><td><input></td><td><input data-t></td></tr></tbody></table>', 'nationality'],
    [
      'column header after a colspan',
      '<table><thead><tr><th colspan="2">Patient</th><th>NISS</th></tr></thead><tbody><tr><td><input></td><td><input></td><td><input data-t></td></tr></tbody></table>',
      'national-number',
    ],
    [
      'column header under a rowspan',
      '<table><thead><tr><th rowspan="2">Nom</th><th colspan="2">Titre de séjour</th></tr><tr><th>Type</th><th>Valable jusqu\'au</th></tr></thead><tbody><tr><td><input></td><td><input></td><td><input data-t></td></tr></tbody></table>',
      'document-expiry',
    ],
    [
      'upper header as section ("Type" under "Titre de séjour")',
      '<table><thead><tr><th rowspan="2">Nom</th><th colspan="2">Titre de séjour</th></tr><tr><th>Type</th><th>Numéro</th></tr></thead><tbody><tr><td><input></td><td><select data-t><option>X</option></select></td><td><input></td></tr></tbody></table>',
      'residence-document',
    ],
    [
      'label row above the input row',
      '<table><tr><td>Nationalité</td><td>Commune</td></tr><tr><td><input></td><td><input data-t></td></tr></table>',
      'commune',
    ],
    [
      'a filter box in the header row is not a field',
      '<table><thead><tr><th>Nationalité</th></tr><tr><th><input placeholder="Filtrer" data-t></th></tr></thead><tbody><tr><td><input></td></tr></tbody></table>',
      null,
    ],
    ['past an icon column', '<table><tr><td>Mutualiteit</td><td>ⓘ</td><td><input data-t></td></tr></table>', 'insurer'],
    ['not past a neighbouring field', '<table><tr><td>Commune</td><td><input></td><td><input data-t></td></tr></table>', null],
    [
      'stacked label rows: the th right above, not the first row',
      '<table><tr><th>Nationalité</th></tr><tr><td><input></td></tr><tr><th>NISS</th></tr><tr><td><input data-t></td></tr></table>',
      'national-number',
    ],
    ['caption as section', '<table><caption>CEAM</caption><tr><td>Numéro</td><td><input data-t></td></tr></table>', 'ehic'],
  ])('%s', (_, html, kind) => expect(kindIn(html)).toBe(kind));

  it('indexes rows appended after the first look', () => {
    document.body.innerHTML = '<table><thead><tr><th>Commune</th></tr></thead><tbody><tr><td><input></td></tr></tbody></table>';
    const cache = createDetectionCache();
    expect(detectFields(document, { cache })).toHaveLength(1);
    const row = document.createElement('tr');
    row.innerHTML = '<td><input id="late"></td>';
    document.querySelector('tbody')!.append(row);
    const late = detectFields(document.getElementById('late')!, { cache });
    expect(late.map((f) => f.kind)).toEqual(['commune']);
  });
});

describe('the section completes a generic label', () => {
  it.each([
    ['Numéro under the EHIC', '<fieldset><legend>Carte européenne d\'assurance maladie</legend><label for="x">Numéro</label><input id="x" data-t></fieldset>', 'ehic'],
    ['Valable jusqu\'au under the EHIC', '<section><h3>CEAM</h3><div><label for="x">Valable jusqu\'au</label><input id="x" data-t></div></section>', 'ehic'],
    ['Valable jusqu\'au under the residence permit', '<fieldset><legend>Titre de séjour</legend><label for="x">Valable jusqu\'au</label><input id="x" data-t></fieldset>', 'document-expiry'],
    ['Numéro under the residence permit', '<fieldset><legend>Verblijfsdocument</legend><label for="x">Nummer</label><input id="x" data-t></fieldset>', 'document-number'],
    ['Type under the residence permit', '<fieldset><legend>Aufenthaltsstatus</legend><label for="x">Art</label><select id="x" data-t><option>…</option></select></fieldset>', 'residence-document'],
    ['Date under "arrival in Belgium"', '<fieldset><legend>Arrivée en Belgique</legend><label for="x">Date</label><input id="x" data-t></fieldset>', 'arrival-date'],
    ['Date d\'arrivée in an immigration section', '<section aria-label="Situation administrative (étrangers)"><label for="x">Date d\'arrivée</label><input id="x" data-t></section>', 'arrival-date'],
    ['Date d\'arrivée without one (the hospital arrival)', '<label for="x">Date d\'arrivée</label><input id="x" data-t>', null],
    ['N° de police under travel insurance', '<fieldset><legend>Assurance voyage</legend><label for="x">N° de police</label><input id="x" data-t></fieldset>', 'travel-insurance'],
    ['N° de police alone', '<label for="x">N° de police</label><input id="x" data-t>', null],
    ['Numéro alone', '<label for="x">Numéro</label><input id="x" data-t>', null],
    ['a heading many fields above', `<div><h3>CPAS</h3>${'<div><label>Nom <input></label></div>'.repeat(8)}<div><label for="x">Date de début</label><input id="x" data-t></div></div>`, 'cpas'],
  ])('%s', (_, html, kind) => expect(kindIn(html)).toBe(kind));

  it('inherits a policy number right after the travel insurance field', () => {
    document.body.innerHTML = '<fieldset><label>Reisverzekering <input id="a"></label><label>Polisnummer <input id="b"></label></fieldset>';
    expect(detectFields(document).map((f) => [f.element.id, f.kind])).toEqual([
      ['a', 'travel-insurance'],
      ['b', 'travel-insurance'],
    ]);
  });
});

describe('the section vetoes', () => {
  it.each([
    ['Nationalité of the contact person', '<fieldset><legend>Personne de contact</legend><label for="x">Nationalité</label><input id="x" data-t></fieldset>', null],
    ['Gemeente of the contact person', '<section><h2>Contactpersoon</h2><dl><dt>Gemeente</dt><dd><input data-t></dd></dl></section>', null],
    ['NISS of the insured holder', '<fieldset><legend>Titulaire</legend><label for="x">NISS</label><input id="x" data-t></fieldset>', null],
    ['"N° bis" in an address is a house number', '<fieldset><legend>Adresse</legend><label for="x">N° bis</label><input id="x" data-t></fieldset>', null],
    ['"N° BIS" elsewhere is a BIS number', '<fieldset><legend>Identité</legend><label for="x">N° BIS</label><input id="x" data-t></fieldset>', 'national-number'],
    ['the patient\'s own Commune in an address block', '<fieldset><legend>Adresse</legend><label for="x">Commune</label><input id="x" data-t></fieldset>', 'commune'],
  ])('%s', (_, html, kind) => expect(kindIn(html)).toBe(kind));
});

describe('select options and radio groups', () => {
  it.each([
    ['payer options, no label', '<select data-t><option>Mutuelle</option><option>CPAS</option><option>Fedasil</option><option>Patient</option></select>', 'payer'],
    ['payer options beat an insurer label', '<label for="x">Mutuelle / payeur</label><select id="x" data-t><option>Mutuelle</option><option>CPAS</option><option>Patient</option></select>', 'payer'],
    ['residence documents, no label', '<select data-t><option>Carte A</option><option>Carte F+</option><option>Annexe 26</option></select>', 'residence-document'],
    ['Belgian insurers, no label', '<select data-t><option>Solidaris</option><option>Partenamut</option><option>Mutualité chrétienne</option></select>', 'insurer'],
    ['nationality adjectives, no label', '<select data-t><option>Marocaine</option><option>Française</option><option>Italienne</option><option>Algérienne</option></select>', 'nationality'],
    ['a list of CPAS', '<select data-t><option>CPAS d\'Anderlecht</option><option>CPAS de Bruxelles</option><option>CPAS d\'Ixelles</option></select>', 'cpas'],
    ['country names alone are not a nationality (address country)', '<select data-t><option>Belgique</option><option>France</option><option>Maroc</option><option>Allemagne</option></select>', null],
    ['yes/no', '<select data-t><option>Oui</option><option>Non</option></select>', null],
    ['categories A–D are not cards', '<select data-t><option>A</option><option>B</option><option>C</option><option>D</option></select>', null],
    [
      'radio group under a legend',
      '<fieldset><legend>Te factureren aan</legend><label><input type="radio" name="f" data-t> Ziekenfonds</label><label><input type="radio" name="f"> OCMW</label></fieldset>',
      'payer',
    ],
    [
      'radio group whose options are payers',
      '<div><label><input type="radio" name="g" data-t> Mutuelle</label><label><input type="radio" name="g"> CPAS</label><label><input type="radio" name="g"> Patient</label></div>',
      'payer',
    ],
    [
      'radio group labelled inside its container',
      '<div><span>Attestation AMU</span><label><input type="radio" name="a" data-t> Oui</label><label><input type="radio" name="a"> Non</label></div>',
      'amu',
    ],
    ['a lone control in a fieldset takes the legend', '<fieldset><legend>Nationalité</legend><select data-t><option>Belgique</option><option>Maroc</option></select></fieldset>', 'nationality'],
    ['type=tel for the NISS', '<label>NISS <input type="tel" data-t></label>', 'national-number'],
    [
      'radio group in a table row',
      '<table><tr><th>Débiteur</th><td><label><input type="radio" name="h" data-t>A</label><label><input type="radio" name="h">B</label></td></tr></table>',
      'payer',
    ],
  ])('%s', (_, html, kind) => expect(kindIn(html)).toBe(kind));
});

describe('what detection walks and skips', () => {
  it('walks into open shadow roots, nested', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const outer = document.getElementById('host')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<label for="n">Nationalité</label><input id="n"><div id="inner"></div>';
    const inner = (outer.getElementById('inner') as HTMLElement).attachShadow({ mode: 'open' });
    inner.innerHTML = '<span id="l">NISS</span><input aria-labelledby="l">';
    expect(detectFields(document).map((f) => f.kind)).toEqual(['nationality', 'national-number']);
  });

  it('walks into same-origin srcdoc frames', async () => {
    document.body.innerHTML = '<iframe srcdoc="<label for=m>Mutualité</label><input id=m>"></iframe>';
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(detectFields(document).map((f) => f.kind)).toEqual(['insurer']);
    expect(detectFields(document, { frames: 'none' })).toEqual([]);
  });

  it.each([
    ['type=hidden', '<input type="hidden" name="nationalite">'],
    ['a button', '<input type="submit" value="CPAS">'],
    ['our own UI', `<div ${OWN_NODE_ATTRIBUTE}><label>Nationalité <input></label></div>`],
    ['a hidden input even in a hidden panel', '<div hidden><input type="hidden" name="nationalite"></div>'],
  ])('skips %s', (_, html) => {
    document.body.innerHTML = html;
    expect(detectFields(document)).toEqual([]);
  });

  it('skips our own UI also when the walk starts inside it or in a shadow root it hosts, and keeps the page\'s controls beside it', () => {
    document.body.innerHTML = `<div ${OWN_NODE_ATTRIBUTE}><section><label>Nationalité <input></label></section><span id="host"></span></div><label>Mutualité <input></label>`;
    const own = document.querySelector(`[${OWN_NODE_ATTRIBUTE}]`)!;
    expect(detectFields(own.querySelector('section')!)).toEqual([]);
    const shadow = own.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<label>Nationalité <input></label>';
    expect(detectFields(shadow)).toEqual([]);
    expect(detectFields(document).map((f) => f.kind)).toEqual(['insurer']);
  });

  // A tab panel, a collapsed section, a drawer: marked already, so the outline is there the
  // moment the clerk opens it (a mark is an attribute; its outline shows only when displayed).
  it.each([
    ['the hidden attribute on an ancestor (an inactive tab panel)', '<div role="tabpanel" hidden><label>Nationalité <input></label></div>', 'nationality'],
    ['the hidden attribute on the control', '<label for="c">CPAS compétent</label><input id="c" hidden>', 'cpas'],
    ['inline display:none on an ancestor', '<div style="display: none"><label>Nationalité <input></label></div>', 'nationality'],
    ['inline visibility:hidden', '<div style="visibility:hidden"><label for="m">Mutualité</label><input id="m"></div>', 'insurer'],
    ['an inert drawer', '<aside inert><label>Attestation AMU <input type="checkbox"></label></aside>', 'amu'],
    ['a closed details element', '<details><summary>Facturation</summary><label>Débiteur <select><option>Patient</option></select></label></details>', 'payer'],
  ])('marks controls in a hidden part of the page: %s', (_, html, kind) => {
    document.body.innerHTML = html;
    expect(detectFields(document).map((f) => f.kind)).toEqual([kind]);
  });

  it('still reads no label from a hidden element beside a visible control', () => {
    document.body.innerHTML = '<div><span hidden>Nationalité</span><input name="x1"></div>';
    expect(detectFields(document)).toEqual([]);
  });

  it('returns fields in document order with their evidence', () => {
    document.body.innerHTML = '<label>Commune <input></label><label>Nationalité <input></label>';
    const [first, second] = detectFields(document);
    expect([first!.kind, second!.kind]).toEqual(['commune', 'nationality']);
    expect(first!.evidence[0]).toEqual({ source: 'enclosing-label', text: 'Commune' });
    expect(first!.decidedBy).toBe('enclosing-label');
    expect(first!.score).toBeGreaterThan(0.9);
  });

  it('runs on a subtree only', () => {
    document.body.innerHTML = '<div id="a"><label>Commune <input></label></div><div id="b"><label>NISS <input></label></div>';
    expect(detectFields(document.getElementById('b')!).map((f) => f.kind)).toEqual(['national-number']);
  });

  it('lets a site profile override the heuristics for its kinds', () => {
    document.body.innerHTML = '<label>Mutualité <input id="a"></label><input id="b" name="oa_code"><label>Commune <input id="c"></label>';
    const fields = detectFields(document, { profile: { insurer: ['#b'], commune: ['[[invalid'] } });
    expect(fields.map((f) => [f.element.id, f.kind, f.decidedBy])).toEqual([['b', 'insurer', 'profile']]);
  });

  it('never throws on odd markup', () => {
    document.body.innerHTML = '<label for="">x</label><input aria-labelledby="  missing  "><table><tr><td colspan="abc"><input></td></tr></table><select></select>';
    expect(() => detectFields(document)).not.toThrow();
  });
});
