// @vitest-environment happy-dom
/**
 * Rules that make detection generalise beyond the fixtures it was tuned on, each with its
 * traps: whose field it is (the label's qualifier or the section names another person or
 * party), a validity tied to another object than an identity or residence document, clerk
 * shorthand, editors drawn as nested tables, section rows inside a form table, colspan headers.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { classifyText } from '../../components/page/classify-text';
import { classifyControl, createDetectionCache, detectFields } from '../../components/page/detect-fields';
import type { FormControl } from '../../components/page/label-of';
import { identifierWords } from '../../components/page/normalize-text';

const kindOf = (label: string, role: 'text' | 'choice' = 'text') => classifyText(label, role).kind ?? null;

function kindIn(html: string): string | null {
  document.body.innerHTML = html;
  const control = document.querySelector('[data-t]') as FormControl;
  return classifyControl(control, createDetectionCache())?.kind ?? null;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('whose field: the label names another person or party', () => {
  it.each([
    // the patient's own
    ['Nationalité', 'nationality'],
    ['Commune', 'commune'],
    ['Gemeinde', 'commune'],
    ['N° registre national', 'national-number'],
    ['Contact nationality', null],
    // contact persons, people to notify, trusted persons
    ['Nationalité du contact / Nationaliteit contact', null],
    ['Nationaliteit contactpersoon', null],
    ["Contact's nationality", null],
    ['Staatsangehörigkeit der Bezugsperson', null],
    ['Staatsangehörigkeit des Kontakts', null],
    ['Nationalité de la personne de confiance', null],
    ['Nationaliteit vertrouwenspersoon', null],
    ['Nationality of next of kin', null],
    ['Commune de la personne à prévenir', null],
    ['Woonplaats te verwittigen persoon', null],
    ['Wohnort des Angehörigen', null],
    ['NISS du représentant légal', null],
    ['Staatsangehörigkeit des Vaters', null],
    ['Wohnort des Ehemannes', null],
    ["Father's nationality", null],
    ['INSZ bewindvoerder', null],
    ['Rijksregisternummer hoofdverzekerde', null],
    ['NISS de l\'assuré principal', null],
    // doctors and their practice
    ['Commune du cabinet / Gemeente praktijk', null],
    ['Gemeinde des Hausarztes', null],
    ['Ort der Praxis', null],
    ['Practice town', null],
    ['Commune du médecin traitant', null],
    ['Gemeente huisarts', null],
    // the employer and the billing party's address
    ['Commune du débiteur', null],
    ['Code postal du débiteur', null],
    ['Gemeente van de betaler', null],
    ['Pays du tiers payant', null],
    ['Gemeinde des Arbeitgebers', null],
    ['Employeur — commune du siège', null],
    ['Passeport du contact', null],
    ['N° de passeport de la personne de confiance', null],
    // a company that is the cover's, not another owner: the section still completes the policy number
    ['Policy number (company)', null],
    // the billing party itself is still the payer
    ['Débiteur', 'payer'],
    ['Te factureren aan', 'payer'],
  ])('%s → %s', (label, kind) => expect(kindOf(label)).toBe(kind));

  it('leaves a company\'s policy number generic, for its section to complete', () => {
    expect(classifyText('N° de police (compagnie)').generic).toBe('policy');
    expect(classifyText('Policy number (company)').generic).toBe('policy');
  });

  it('settles the label: the name or id cannot make it the patient\'s again', () => {
    expect(classifyText('Nationalité du contact').decided).toBe(true);
    expect(kindIn('<label for="x">Gemeinde des Hausarztes</label><input id="x" name="wohnort" data-t>')).toBeNull();
  });
});

describe('whose field: the legend, heading or section row names another person', () => {
  it.each([
    ['legend Bezugsperson', '<fieldset><legend>Bezugsperson</legend><label for="x">Staatsangehörigkeit:</label><input id="x" data-t></fieldset>', null],
    ['legend Vertrauensperson', '<fieldset><legend>Vertrauensperson</legend><label for="x">Wohnort</label><input id="x" data-t></fieldset>', null],
    ['heading Ansprechpartner', '<section><h3>Ansprechpartner</h3><label for="x">Nationalität</label><input id="x" data-t></section>', null],
    ['heading Personnes à prévenir over a grid', '<h3>Personnes à prévenir</h3><table><tr><th>Nom</th><th>Nationalité</th><th>Commune</th></tr><tr><td><input></td><td><input name="txtNationalite" data-t></td><td><input></td></tr></table>', null],
    ['heading Te verwittigen personen', '<section><h3>Te verwittigen personen</h3><label for="x">Gemeente</label><input id="x" data-t></section>', null],
    ['heading Next of kin', '<section><h2>Next of kin</h2><label for="x">Nationality</label><input id="x" data-t></section>', null],
    ['section row Médecin traitant in a form table', '<table><tr><th colspan="4">Patient</th></tr><tr><td>Nom</td><td><input></td><td>Commune</td><td><input></td></tr><tr><th colspan="4">Médecin traitant / Huisarts</th></tr><tr><td>Nom</td><td><input></td><td>Commune</td><td><input data-t></td></tr></table>', null],
    ['section row Personne de contact in a form table', '<table><tr><th colspan="2">Personne de contact</th></tr><tr><td>Nationalité</td><td><input data-t></td></tr></table>', null],
    // the patient's own, with a section row that says so
    ['section row Patient in a form table', '<table><tr><th colspan="4">Patient</th></tr><tr><td>Nom</td><td><input></td><td>Commune</td><td><input data-t></td></tr><tr><th colspan="4">Médecin traitant</th></tr><tr><td>Nom</td><td><input></td><td>Commune</td><td><input></td></tr></table>', 'commune'],
    ['section row Domicile in a form table', '<table><tr><th colspan="2">Domicile / Woonplaats</th></tr><tr><td>Commune</td><td><input data-t></td></tr></table>', 'commune'],
    ['a section titled Contact may hold the patient\'s address', '<section><h3>Contact</h3><label for="x">Commune</label><input id="x" data-t></section>', 'commune'],
  ])('%s', (_, html, kind) => expect(kindIn(html)).toBe(kind));

  it('does not share one grid classification across section rows', () => {
    document.body.innerHTML =
      '<table><tr><th colspan="2">Patient</th></tr><tr><td>Commune</td><td><input id="a"></td></tr>' +
      '<tr><th colspan="2">Contactpersoon</th></tr><tr><td>Commune</td><td><input id="b"></td></tr></table>';
    expect(detectFields(document).map((f) => [f.element.id, f.kind])).toEqual([['a', 'commune']]);
  });
});

describe('a validity is a document\'s only if not tied to another object', () => {
  it.each([
    ["Valable jusqu'au", 'document-expiry'],
    ['Gültig bis', 'document-expiry'],
    ['Titre de séjour valable jusqu\'au', 'document-expiry'],
    ['Verblijfskaart geldig tot', 'document-expiry'],
    ['Pass gültig bis', 'document-expiry'],
    ['Visa valid until', 'document-expiry'],
    ['Überweisung gültig bis', null],
    ['Überweisungsschein gültig bis', null],
    ['Referral letter valid until', null],
    ['Verwijsbrief geldig tot', null],
    ["Carte de parking visiteur — valable jusqu'au", null],
    ['Parkeerkaart geldig tot', null],
    ['Parkschein gültig bis', null],
    ["Ordonnance valable jusqu'au", null],
    ['Voorschrift geldig tot', null],
    ['Rezept gültig bis', null],
    ['Prescription valid until', null],
    ['Appointment valid until', null],
    ['Termin gültig bis', null],
    ["Devis valable jusqu'au", null],
    ['Offerte geldig tot', null],
    ['Voucher expiry date', null],
    ['Bon valable jusqu\'au', null],
    ['Date d\'expiration de la carte bancaire', null],
    ['Kreditkarte gültig bis', null],
    ['Consent valid until', null],
    ['Arbeitsunfähig bis', null],
    ['N° de la carte de parking', null],
    // a cover's validity stays the cover's
    ['Réquisitoire CPAS valable jusqu\'au', 'cpas'],
    ['Attestation AMU valable jusqu\'au', 'amu'],
  ])('%s → %s', (label, kind) => expect(kindOf(label)).toBe(kind));

  it.each([
    ['Valable jusqu\'au under "Carte de parking"', '<fieldset><legend>Carte de parking visiteur</legend><label for="x">Valable jusqu\'au</label><input id="x" data-t></fieldset>', null],
    ['Gültig bis under "Überweisung"', '<fieldset><legend>Überweisung</legend><label for="x">Gültig bis</label><input id="x" data-t></fieldset>', null],
    ['Geldig tot under "Afspraak"', '<section><h3>Afspraak</h3><label for="x">Geldig tot</label><input id="x" data-t></section>', null],
    ['Valable jusqu\'au under "Titre de séjour"', '<fieldset><legend>Titre de séjour</legend><label for="x">Valable jusqu\'au</label><input id="x" data-t></fieldset>', 'document-expiry'],
  ])('%s', (_, html, kind) => expect(kindIn(html)).toBe(kind));
});

describe('clerk shorthand', () => {
  it.each([
    // national number: RN = registre national
    ['N° RN/BIS', 'national-number'],
    ['N° RN', 'national-number'],
    ['RN', 'national-number'],
    ['Nr. RRN', 'national-number'],
    ['NN/BIS', 'national-number'],
    ['Rijksreg.nr.', 'national-number'],
    ['N° reg. nat.', 'national-number'],
    // arrival in Belgium: BE, Belg.
    ['Arrivée en BE le', 'arrival-date'],
    ['Aankomst BE', 'arrival-date'],
    ['Arrival in BE', 'arrival-date'],
    ['Einreise BE', 'arrival-date'],
    ['Date arr. Belgique', 'arrival-date'],
    ['Aank. België', 'arrival-date'],
    ['In BE sinds', 'arrival-date'],
    ['En BE depuis', 'arrival-date'],
    ['Arrival to be confirmed', null],
    ['Aankomst spoed', null],
    // document
    ['Doc.nr.', 'document-number'],
    ['Dok.-Nr.', 'document-number'],
    ['Doc. no', 'document-number'],
    ['Fin validité', 'document-expiry'],
    ['Date fin valid.', 'document-expiry'],
    ['Exp. date', 'document-expiry'],
    // insurer
    ['Mut.', 'insurer'],
    ['Mut./OA', 'insurer'],
    ['O.A.', 'insurer'],
    ['O.A. / V.I.', 'insurer'],
    ['Verz.instelling', 'insurer'],
    ['VI naam', 'insurer'],
    // travel insurance
    ['Ass. voyage', 'travel-insurance'],
    ['Assur. voy.', 'travel-insurance'],
    ['Reisverz.', 'travel-insurance'],
    ['Reisevers.', 'travel-insurance'],
    ['Travel ins.', 'travel-insurance'],
    // nationality
    ['Natl.', 'nationality'],
    ['Staatsang.', 'nationality'],
    // commune
    ['Domicilié à', 'commune'],
    ['Wohnhaft in', 'commune'],
  ])('%s → %s', (label, kind) => expect(kindOf(label)).toBe(kind));

  it.each([
    ['Polisnr.', 'policy'],
    ['Pol. nr', 'policy'],
    ['Exp.', 'end'],
    ['Geldig', 'end'],
    ['Gültig', 'end'],
  ])('%s is a generic part (%s) that needs its context', (label, role) => {
    const verdict = classifyText(label);
    expect(verdict.kind).toBeUndefined();
    expect(verdict.generic).toBe(role);
  });

  it.each([
    ['Exp. after the residence document\'s number', '<section><label>Carte de séjour (type) <select><option>F</option></select></label><label>N° carte <input></label><label>Exp. <input id="t"></label></section>', 'document-expiry'],
    ['Exp. under a residence permit heading', '<fieldset><legend>Verblijfsdocument</legend><label for="t">Exp.</label><input id="t"></fieldset>', 'document-expiry'],
    ['Polisnr. column next to a Reisverzekering column', '<table><tr><th>Reisverzekering</th><th>Polisnr.</th></tr><tr><td><input></td><td><input id="t"></td></tr></table>', 'travel-insurance'],
    ['Exp. alone', '<label for="t">Exp.</label><input id="t">', null],
    ['Polisnr. alone', '<label for="t">Polisnr.</label><input id="t">', null],
  ])('%s', (_, html, kind) => {
    document.body.innerHTML = html;
    expect(detectFields(document).find((f) => f.element.id === 't')?.kind ?? null).toBe(kind);
  });

  it.each([
    ['Exp. in web components (shadow roots) after the document number', 'document-expiry'],
  ])('%s', (_, kind) => {
    document.body.innerHTML = '<section><x-f id="a"></x-f><x-f id="b"></x-f></section>';
    const make = (host: string, label: string, id: string) => {
      const root = document.getElementById(host)!.attachShadow({ mode: 'open' });
      root.innerHTML = `<label>${label} <input id="${id}"></label>`;
    };
    make('a', 'N° de la carte de séjour', 'n');
    make('b', 'Exp.', 't');
    expect(detectFields(document).map((f) => [f.element.id, f.kind])).toEqual([['n', 'document-number'], ['t', kind]]);
  });
});

describe('name and id tokens', () => {
  it.each([
    ['ctl00$cphMain$deFinValidite', 'fin validite'],
    ['ctl00_cphMain_deFinValidite_I', 'fin validite'],
    ['ctl00_cphMain_deArrivee_I', 'arrivee'],
    ['ctl00_cphMain_cbNationalite_DDD', 'nationalite'],
    ['txtAssVoyage', 'ass voyage'],
    ['txtRN', 'rn'],
    ['txtNISSNumber', 'niss number'],
    ['ctl00_cphMain_gvContacts_ctl02_txtNationalite', 'nationalite'],
    ['ext-comp-1051', ''],
    ['mat-input-3', ''],
  ])('%s → "%s"', (id, words) => expect(identifierWords(id)).toBe(words));

  it.each([
    ['a DevExpress date editor named deFinValidite', '<input name="ctl00$cphMain$deFinValidite" id="ctl00_cphMain_deFinValidite_I" data-t>', 'document-expiry'],
    ['txtRN', '<input id="txtRN" data-t>', 'national-number'],
    ['txtAssVoyage', '<input name="txtAssVoyage" data-t>', 'travel-insurance'],
  ])('%s', (_, html, kind) => expect(kindIn(html)).toBe(kind));
});

describe('layout: nested editor tables and colspan headers', () => {
  const editor = (attrs = '') => `<table class="dxeButtonEditSys"><tr><td class="dxic"><input ${attrs} data-t></td><td class="dxeButton"><span>▾</span></td></tr></table>`;
  it.each([
    ['caption in the outer row\'s left cell', `<table><tr><td><span>Fin validité</span></td><td>${editor()}</td></tr></table>`, 'document-expiry'],
    ['Date arrivée en Belgique', `<table><tr><td>Date arrivée en Belgique</td><td>${editor()}</td></tr></table>`, 'arrival-date'],
    ['wrapped in a div inside the cell', `<table><tr><td>Nationalité</td><td><div>${editor()}</div></td></tr></table>`, 'nationality'],
    ['header above the outer cell', `<table><thead><tr><th>Nom</th><th>Commune</th></tr></thead><tbody><tr><td><input></td><td>${editor()}</td></tr></tbody></table>`, 'commune'],
    [
      'a Telerik picker: a calendar link with words after the input',
      '<table><tr><td>Date de fin de validité</td><td><div class="RadPicker"><table><tr><td><span><input data-t></span></td><td><a href="#">Open the calendar popup.</a></td></tr></table></div></td></tr></table>',
      'document-expiry',
    ],
    ['Date entrée (admission) stays none', `<table><tr><td>Date entrée</td><td>${editor()}</td></tr></table>`, null],
    [
      'a nested table with its own captions is a form of its own',
      '<table><tr><td>Domicile</td><td><table><tr><td>Commune</td><td><input data-t></td></tr></table></td></tr></table>',
      'commune',
    ],
  ])('%s', (_, html, kind) => expect(kindIn(html)).toBe(kind));

  it('a header spanning two inputs labels both', () => {
    document.body.innerHTML =
      '<table><tr><th colspan="2">Verz.instelling</th><th>EKVK</th></tr><tr><td><input id="a" size="3"></td><td><input id="b"></td><td><input id="c"></td></tr></table>';
    expect(detectFields(document).map((f) => [f.element.id, f.kind])).toEqual([
      ['a', 'insurer'],
      ['b', 'insurer'],
      ['c', 'ehic'],
    ]);
  });
});
